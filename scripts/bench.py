"""Benchmark: prints numbers, asserts nothing. `make bench`.

- seconds for `mkdocs build`;
- for each calculator page in headless Chromium (cold cache): time to Pyodide ready, time to first result,
  bytes transferred;
- the same for a bare page that only calls loadPyodide(), so the overhead of our own code is visible.
"""
from __future__ import annotations

import functools
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import CHROMIUM_VLAGGEN, _StilleHandler  # noqa: E402

HERHALINGEN = 3
# Each calculator page with inputs in the URL, so the first result appears without typing.
REKENHULPEN = {
    "trajectprijs": "/rekenhulpen/trajectprijs/?code=45L12&aanbieder=micro",
    "stapeling": "/rekenhulpen/stapeling/?codes=45L12%2C54L02%2Clogeren",
    "maatwerk": "/rekenhulpen/maatwerk/?zorgvorm=perspectief-1&situatie=maatwerk&uren=120&aanbieder=regulier",
    "logeren": "/rekenhulpen/logeren/?zwaarte=licht-midden&aanbieder=regulier&verblijven=30+uur",
    "herindicatie": "/rekenhulpen/herindicatie/?zorgvorm=perspectief-1&loopt=kort&hulpvraag=zelfde&feiten=nee&langdurig=nee",
}
KAAL = """<!doctype html><meta charset="utf-8"><title>kaal</title>
<script type="module">
const { loadPyodide } = await import("/pyodide/pyodide.mjs");
await loadPyodide({ indexURL: "/pyodide/" });
window.__klaar = performance.now();
</script>"""
BYTES = "performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))" \
        ".reduce((som, e) => som + (e.transferSize || e.encodedBodySize || 0), 0)"


def bouwtijd(doel: Path) -> float:
    begin = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(doel)], cwd=ROOT,
                   check=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    return time.perf_counter() - begin


def meet_rekenhulp(browser, basis: str, pad: str) -> dict:
    context = browser.new_context()
    pagina = context.new_page()
    pagina.goto(basis + pad)
    pagina.wait_for_function("document.querySelector('[data-rekenhulp] button[type=submit], [data-stroom] "
                             "button[type=submit]').disabled === false", timeout=120_000)
    klaar = pagina.evaluate("performance.now()")
    pagina.wait_for_function("document.querySelector('.rekenhulp__antwoord').textContent !== ''", timeout=120_000)
    uitkomst = pagina.evaluate("performance.now()")
    pagina.wait_for_load_state("networkidle")
    resultaat = {"klaar_ms": klaar, "uitkomst_ms": uitkomst, "bytes": pagina.evaluate(BYTES)}
    context.close()
    return resultaat


def meet_kaal(browser, basis: str) -> dict:
    context = browser.new_context()
    pagina = context.new_page()
    pagina.route(basis + "/__kaal.html", lambda route: route.fulfill(body=KAAL, content_type="text/html"))
    pagina.goto(basis + "/__kaal.html")
    pagina.wait_for_function("window.__klaar !== undefined", timeout=120_000)
    pagina.wait_for_load_state("networkidle")
    resultaat = {"klaar_ms": pagina.evaluate("window.__klaar"), "bytes": pagina.evaluate(BYTES)}
    context.close()
    return resultaat


def mediaan(metingen: list[dict], sleutel: str) -> float:
    return statistics.median(m[sleutel] for m in metingen)


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        bouwtijden = [bouwtijd(site) for _ in range(HERHALINGEN)]
        print(f"mkdocs build: mediaan {statistics.median(bouwtijden):.2f} s "
              f"(runs: {', '.join(f'{t:.2f}' for t in bouwtijden)})")
        grootte = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
        print(f"site: {grootte / 1e6:.1f} MB, waarvan pyodide/ "
              f"{sum(p.stat().st_size for p in (site / 'pyodide').iterdir()) / 1e6:.1f} MB")

        httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_StilleHandler, directory=str(site)))
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        basis = f"http://127.0.0.1:{httpd.server_address[1]}"
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_VLAGGEN)
            kaal = [meet_kaal(browser, basis) for _ in range(HERHALINGEN)]
            print(f"kale loadPyodide()-pagina: klaar na {mediaan(kaal, 'klaar_ms'):.0f} ms, "
                  f"{mediaan(kaal, 'bytes') / 1e6:.2f} MB overgedragen")
            for naam, pad in REKENHULPEN.items():
                metingen = [meet_rekenhulp(browser, basis, pad) for _ in range(HERHALINGEN)]
                klaar, uitkomst = mediaan(metingen, "klaar_ms"), mediaan(metingen, "uitkomst_ms")
                print(f"rekenhulp {naam}: Pyodide klaar na {klaar:.0f} ms, eerste uitkomst na {uitkomst:.0f} ms, "
                      f"{mediaan(metingen, 'bytes') / 1e6:.2f} MB overgedragen; "
                      f"verhouding tot kale pagina: {uitkomst / mediaan(kaal, 'klaar_ms'):.2f}× tijd, "
                      f"{mediaan(metingen, 'bytes') / mediaan(kaal, 'bytes'):.2f}× bytes")
            browser.close()
        httpd.shutdown()


if __name__ == "__main__":
    main()
