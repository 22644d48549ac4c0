"""Shared fixtures. Kept free of browser and build imports: the calculator tests also run inside Pyodide."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "003_4d6f3bba8cd51930.txt"


@pytest.fixture(scope="session")
def bundel():
    from tools.laden import laad_bundel

    return laad_bundel()


@pytest.fixture(scope="session")
def handboek(bundel):
    from tools.model import Handboek

    return Handboek(bundel)


@pytest.fixture(scope="session")
def handboektekst() -> str:
    """The handbook as extracted text (../shared/seeds/), to check our data against."""
    if not SEED.is_file():
        pytest.fail(f"De handboektekst ontbreekt: {SEED} (shared/ hoort naast de repository te staan)")
    return SEED.read_text(encoding="utf-8")


def bouw_site(doel: Path, **omgeving) -> "subprocess.CompletedProcess":
    """Run `mkdocs build` into doel, the way `make build` does; extra environment variables may be given."""
    import os
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(doel)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **omgeving},
    )


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The site built once per test session from the real data."""
    doel = tmp_path_factory.mktemp("site")
    resultaat = bouw_site(doel)
    assert resultaat.returncode == 0, resultaat.stderr[-3000:]
    return doel
