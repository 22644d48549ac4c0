"""Headless Chromium (Debian's package, driven by Playwright) against the built site served on 127.0.0.1."""
import functools
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.conftest import ROOT

CHROMIUM_VLAGGEN = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


class _StilleHandler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm", ".mjs": "text/javascript"}

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def server(site):
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_StilleHandler, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="session")
def chromium():
    uitvoerbaar = shutil.which("chromium")
    if uitvoerbaar is None:
        pytest.fail("Chromium ontbreekt: 'make test' installeert Debian's pakket chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=uitvoerbaar, args=CHROMIUM_VLAGGEN)
        yield browser
        browser.close()


@pytest.fixture
def pagina(chromium, server):
    """A fresh page; every request to a host other than 127.0.0.1 is blocked, recorded and fails the test."""
    context = chromium.new_context(viewport={"width": 1100, "height": 900}, locale="nl-NL")
    extern = []

    def bewaak(route):
        if route.request.url.startswith(server):
            route.continue_()
        else:
            extern.append(route.request.url)
            route.abort()

    context.route("**/*", bewaak)
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.basis = server
    yield page
    context.close()
    assert extern == [], f"verzoeken naar andere hosts: {extern}"


@pytest.fixture(scope="session")
def axe_bron() -> str:
    return (ROOT / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")


def ernstige_toegankelijkheidsproblemen(page, axe_bron) -> list[str]:
    page.add_script_tag(content=axe_bron)
    resultaat = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in resultaat if v["impact"] in ("serious", "critical")
    ]


def wacht_tot_klaar(page, knop: str = "Bereken"):
    """Until Python has loaded: the calculator's button is enabled."""
    from playwright.sync_api import expect

    expect(page.get_by_role("button", name=knop)).to_be_enabled(timeout=90_000)
    expect(page.locator(".rekenhulp__status")).to_contain_text("klaar voor gebruik")
