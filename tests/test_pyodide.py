"""The calculator and data-model tests, run again inside real Pyodide under Node (what the browser runs)."""
import re
import shutil
import subprocess
import sysconfig

import pytest

from tests.conftest import ROOT

# Every calculator test (property tests excepted: hypothesis needs native code), plus amounts and loading.
IN_PYODIDE = sorted(
    p.relative_to(ROOT).as_posix() for p in (ROOT / "tests" / "rekenhulpen").glob("test_*.py")
    if not p.name.endswith("_eigenschappen.py")
) + ["tests/tools/test_bedrag.py", "tests/tools/test_laden.py"]


def test_zelfde_tests_slagen_in_pyodide():
    if shutil.which("node") is None:
        pytest.fail("Node.js ontbreekt: nodig om de rekenhulpen in Pyodide te testen")
    resultaat = subprocess.run(
        ["node", "tests/pyodide/run_pytest.mjs", sysconfig.get_paths()["purelib"], *IN_PYODIDE],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    uitvoer = resultaat.stdout + resultaat.stderr
    assert "op platform emscripten" in uitvoer, uitvoer[-3000:]
    assert resultaat.returncode == 0, uitvoer[-3000:]
    geslaagd = re.search(r"(\d+) passed", uitvoer)
    assert geslaagd and int(geslaagd.group(1)) >= 20, uitvoer[-3000:]
    assert "failed" not in uitvoer and "error" not in uitvoer.split("\n")[-2].lower()
