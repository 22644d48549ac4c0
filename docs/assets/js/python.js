// Loads Pyodide from this site itself, then the tools/ package and the handbook data; returns tools.browser.
// meld(stap, tekst) reports progress in three steps, for a visible loading state.

const SITE = new URL("../../", import.meta.url); // this file lives in <site>/assets/js/
const RUNTIME = ["pyodide.mjs", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"];
const MAX_WACHTTIJD_MS = 120_000;

async function haal(pad, opties = {}) {
  let antwoord;
  try {
    antwoord = await fetch(new URL(pad, SITE), opties);
  } catch {
    throw new Error(`het bestand ${pad} kon niet worden geladen (geen verbinding met de server)`);
  }
  if (!antwoord.ok) throw new Error(`het bestand ${pad} ontbreekt op de server (HTTP ${antwoord.status})`);
  return antwoord;
}

function binnen(ms, belofte) {
  const wekker = new Promise((_, nee) => setTimeout(() => nee(new Error("het laden duurt te lang")), ms));
  return Promise.race([belofte, wekker]);
}

export async function startPython(meld) {
  meld(0, "Rekenomgeving laden (Python in de browser, eenmalig ongeveer 10 MB)…");
  // Pyodide itself hangs rather than fails when one of its files is missing, so check them first.
  await Promise.all(RUNTIME.map((naam) => haal(`pyodide/${naam}`, { method: "HEAD" })));
  const { loadPyodide } = await import(new URL("pyodide/pyodide.mjs", SITE).href);
  const pyodide = await binnen(MAX_WACHTTIJD_MS, loadPyodide({ indexURL: new URL("pyodide/", SITE).href }));
  meld(1, "Rekenregels laden…");
  const [pakket, gegevens] = await Promise.all([
    haal("py/tools.zip").then((a) => a.arrayBuffer()),
    haal("data/handboek.json").then((a) => a.text()),
  ]);
  pyodide.unpackArchive(pakket, "zip", { extractDir: "/home/pyodide/py" });
  pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide/py')");
  const browser = pyodide.pyimport("tools.browser");
  meld(2, "Gegevens van het handboek inlezen…");
  browser.laad(gegevens);
  return browser;
}

