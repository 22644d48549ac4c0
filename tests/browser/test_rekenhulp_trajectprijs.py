"""The trajectprijs calculator as a referrer uses it, in headless Chromium."""
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ernstige_toegankelijkheidsproblemen, wacht_tot_klaar

pytestmark = pytest.mark.browser
PAD = "/rekenhulpen/trajectprijs/"


def test_prijs_berekenen_voor_micro_en_regulier(pagina):
    pagina.goto(pagina.basis + PAD)
    expect(pagina.get_by_role("status")).to_contain_text("Rekenomgeving laden")
    wacht_tot_klaar(pagina)
    pagina.get_by_label("Product", exact=True).select_option("45L12")
    pagina.get_by_label("Micro-aanbieder").check()
    pagina.get_by_role("button", name="Bereken").click()
    uitkomst = pagina.locator(".rekenhulp__uitkomst")
    expect(uitkomst).to_be_visible()
    expect(uitkomst.locator(".rekenhulp__antwoord")).to_have_text("€ 2.225,76")
    expect(uitkomst).to_contain_text("bij een reguliere aanbieder is het € 2.612,40")
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
    expect(pagina.get_by_label("Product", exact=True)).to_have_value("54L03")


def test_onbekende_code_in_link_geeft_melding(pagina):
    pagina.goto(pagina.basis + PAD + "?code=45X99&aanbieder=micro")
    wacht_tot_klaar(pagina)
    samenvatting = pagina.get_by_role("alert")
    expect(samenvatting).to_contain_text("Productcode 45X99 staat niet in het handboek.")
    expect(pagina.locator("#rh-code-fout")).to_have_text("Productcode 45X99 staat niet in het handboek.")
    expect(pagina.get_by_label("Product", exact=True)).to_have_attribute("aria-invalid", "true")
    expect(pagina.locator(".rekenhulp__uitkomst")).to_be_hidden()


def test_met_alleen_het_toetsenbord(pagina):
    pagina.goto(pagina.basis + PAD)
    wacht_tot_klaar(pagina)
    pagina.get_by_label("Gemeente").focus()
    pagina.keyboard.type("Venray")  # type-ahead in the list
    pagina.keyboard.press("Tab")
    pagina.keyboard.type("54L02")
    pagina.keyboard.press("Tab")
    pagina.keyboard.press("ArrowDown")  # radio group: regulier → (wraps) micro
    for _ in range(12):  # on to the button, past the optional fields
        if pagina.evaluate("document.activeElement.type") == "submit":
            break
        pagina.keyboard.press("Tab")
    pagina.keyboard.press("Enter")
    expect(pagina.locator(".rekenhulp__kop")).to_have_text("54L02 GGZ midden: trajectprijs")
    expect(pagina.locator(".rekenhulp__antwoord")).to_have_text("€ 2.260,08")
    expect(pagina.locator(".rekenhulp__uitkomst")).to_be_focused()


def test_venlo_plek_met_eigen_plekprijs(pagina):
    """1.1.2.2.3: € 4.400 for 11 months gives € 3.200 for 8; Venlo works with plekken; no published plek price."""
    pagina.goto(pagina.basis + PAD)
    wacht_tot_klaar(pagina)
    pagina.get_by_label("Gemeente").select_option(label="Venlo")
    pagina.get_by_label("Product", exact=True).select_option("54L03")
    pagina.get_by_role("button", name="Bereken").click()
    expect(pagina.locator("#rh-plekprijs-fout")).to_contain_text("Het handboek publiceert geen plekprijzen voor Venlo")
    pagina.get_by_label("Plekprijs bij de gemiddelde looptijd (alleen bij plekken)").fill("4.400")
    pagina.get_by_label("Geïndiceerde looptijd in maanden (alleen bij plekken)").fill("8")
    pagina.get_by_role("button", name="Bereken").click()
    expect(pagina.locator(".rekenhulp__antwoord")).to_have_text("€ 3.200,00")
    expect(pagina.locator(".rekenhulp__meldingen")).to_contain_text("Garantiefase")
    assert "gemeente=venlo" in pagina.url and "plekprijs=4.400" in pagina.url


def test_ontbrekend_runtimebestand_wordt_duidelijk_gemeld(pagina):
    pagina.route("**/pyodide/pyodide.asm.wasm", lambda route: route.fulfill(status=404, body="weg"))
    pagina.goto(pagina.basis + PAD)
    melding = pagina.locator(".rekenhulp__status")
    expect(melding).to_contain_text("De rekenhulp kan niet starten", timeout=90_000)
    expect(melding).to_have_attribute("role", "alert")
    expect(pagina.get_by_role("button", name="Bereken")).to_be_disabled()
    expect(pagina.get_by_text("Rekenvoorbeeld: 54L03 GGZ zwaar: plek voor 8 maanden")).to_be_visible()


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
