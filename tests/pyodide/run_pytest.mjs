// Runs pytest inside real Pyodide (Node, offline), on the same test files CPython runs.
// Usage: node tests/pyodide/run_pytest.mjs <site-packages of the project venv> <test paths…>
// The venv's pure-Python packages (pytest, PyYAML) are mounted read-only; Pyodide's own stdlib comes first.
import { loadPyodide } from "pyodide";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const [sitePackages, ...testPaden] = process.argv.slice(2);
if (!sitePackages || testPaden.length === 0) {
  console.error("gebruik: node tests/pyodide/run_pytest.mjs <site-packages> <tests…>");
  process.exit(2);
}

const pyodide = await loadPyodide();
pyodide.FS.mkdirTree("/repo");
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: repo }, "/repo");
pyodide.FS.mkdirTree("/venv");
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: sitePackages }, "/venv");
pyodide.globals.set("test_paden", pyodide.toPy(testPaden));
const code = pyodide.runPython(`
import os, sys
os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"  # plugins such as hypothesis need native code
sys.path.append("/venv")
os.chdir("/repo")
print(f"Python {sys.version.split()[0]} op platform {sys.platform}")
import pytest
int(pytest.main(["-p", "no:cacheprovider", *test_paden]))
`);
process.exit(code);
