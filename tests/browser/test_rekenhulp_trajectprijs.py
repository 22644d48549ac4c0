"""The trajectprijs calculator as a referrer uses it, in headless Chromium."""
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ernstige_toegankelijkheidsproblemen

pytestmark = pytest.mark.browser
PAD = "/rekenhulpen/trajectprijs/"


def wacht_tot_klaar(page):
    expect(page.get_by_role("button", name="Bereken")).to_be_enabled(timeout=90_000)
    expect(page.get_by_role("status")).to_contain_text("klaar voor gebruik")


def test_prijs_berekenen_voor_micro_en_regulier(pagina):
    pagina.goto(pagina.basis + PAD)
    expect(pagina.get_by_role("status")).to_contain_text("Rekenomgeving laden")
    wacht_tot_klaar(pagina)
    pagina.get_by_label("Product (traject)").select_option("45L12")
    pagina.get_by_label("Micro-aanbieder").check()
    pagina.get_by_role("button", name="Bereken").click()
    uitkomst = pagina.locator(".rekenhulp__uitkomst")
    expect(uitkomst).to_be_visible()
    expect(uitkomst.locator(".rekenhulp__antwoord")).to_have_text("€ 2.225,76")
    expect(uitkomst).to_contain_text("bij een reguliere aanbieder is het € 2.612,40, een verschil van € 386,64")
    expect(uitkomst).to_contain_text("de beschikking is leidend")
    assert re.search(r"\?code=45L12&aanbieder=micro$", pagina.url)

    pagina.get_by_label("Reguliere aanbieder").check()
    pagina.get_by_role("button", name="Bereken").click()
    expect(uitkomst.locator(".rekenhulp__antwoord")).to_have_text("€ 2.612,40")
    pagina.go_back()
    expect(uitkomst.locator(".rekenhulp__antwoord")).to_have_text("€ 2.225,76")
    expect(pagina.get_by_label("Micro-aanbieder")).to_be_checked()


def test_gedeelde_link_toont_meteen_de_uitkomst(pagina):
    pagina.goto(pagina.basis + PAD + "?code=54L03&aanbieder=regulier")
    wacht_tot_klaar(pagina)
    expect(pagina.locator(".rekenhulp__antwoord")).to_have_text("€ 5.333,64")
    expect(pagina.get_by_label("Product (traject)")).to_have_value("54L03")


def test_onbekende_code_in_link_geeft_melding(pagina):
    pagina.goto(pagina.basis + PAD + "?code=45X99&aanbieder=micro")
    wacht_tot_klaar(pagina)
    samenvatting = pagina.get_by_role("alert")
    expect(samenvatting).to_contain_text("Productcode 45X99 staat niet in het handboek.")
    expect(pagina.locator("#rh-code-fout")).to_have_text("Productcode 45X99 staat niet in het handboek.")
    expect(pagina.get_by_label("Product (traject)")).to_have_attribute("aria-invalid", "true")
    expect(pagina.locator(".rekenhulp__uitkomst")).to_be_hidden()


def test_met_alleen_het_toetsenbord(pagina):
    pagina.goto(pagina.basis + PAD)
    wacht_tot_klaar(pagina)
    pagina.get_by_label("Product (traject)").focus()
    pagina.keyboard.type("54L02")  # type-ahead in the list jumps to the code
    pagina.keyboard.press("Tab")
    pagina.keyboard.press("ArrowDown")  # radio group: regulier → (wraps) micro
    pagina.keyboard.press("Tab")
    pagina.keyboard.press("Enter")
    expect(pagina.locator(".rekenhulp__kop")).to_have_text("54L02 GGZ midden bij een micro-aanbieder")
    expect(pagina.locator(".rekenhulp__uitkomst")).to_be_focused()


def test_ontbrekend_runtimebestand_wordt_duidelijk_gemeld(pagina):
    pagina.route("**/pyodide/pyodide.asm.wasm", lambda route: route.fulfill(status=404, body="weg"))
    pagina.goto(pagina.basis + PAD)
    melding = pagina.locator(".rekenhulp__status")
    expect(melding).to_contain_text("De rekenhulp kan niet starten", timeout=90_000)
    expect(melding).to_have_attribute("role", "alert")
    expect(pagina.get_by_role("button", name="Bereken")).to_be_disabled()
    expect(pagina.get_by_text("Rekenvoorbeeld: 45L11 Perspectief 1 licht")).to_be_visible()


def test_pagina_zonder_rekenhulp_laadt_geen_python(pagina):
    verzoeken = []
    pagina.on("request", lambda verzoek: verzoeken.append(verzoek.url))
    pagina.goto(pagina.basis + "/producten/ambulant/ggz/")
    pagina.wait_for_load_state("networkidle")
    assert not [url for url in verzoeken if "pyodide" in url or url.endswith((".wasm", "tools.zip"))]
    expect(pagina.get_by_role("heading", level=1)).to_contain_text("GGZ")


@pytest.mark.parametrize("pad", [
    "/", "/producten/", "/producten/ambulant/perspectief-1/", "/producten/ambulant/ggz/", "/tarieven/", "/aanbieders/",
    "/gemeenten/", "/verwijzers/", "/redactierapport/", "/open-data/", "/stapelingsmatrix/",
    "/rekenhulpen/stapeling/", PAD,
])
def test_geen_ernstige_toegankelijkheidsproblemen(pagina, axe_bron, pad):
    pagina.goto(pagina.basis + pad)
    if pad == PAD:
        wacht_tot_klaar(pagina)
    assert ernstige_toegankelijkheidsproblemen(pagina, axe_bron) == []
