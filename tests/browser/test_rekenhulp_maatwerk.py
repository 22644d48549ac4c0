"""The maatwerk/meerwerk calculator as a referrer uses it, in headless Chromium."""
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ernstige_toegankelijkheidsproblemen, wacht_tot_klaar

pytestmark = pytest.mark.browser
PAD = "/rekenhulpen/maatwerk/"


def test_maatwerk_berekenen_toont_beide_drempels(pagina):
    pagina.goto(pagina.basis + PAD)
    wacht_tot_klaar(pagina)
    pagina.get_by_label("Zorgvorm").select_option(label="Ambulante hulp Perspectief 1")
    pagina.get_by_label("Maatwerk: vooraf ingeschat").check()
    pagina.get_by_label("Gevraagde uren maatwerk of meerwerk").fill("120")
    pagina.get_by_label("Reguliere aanbieder").check()
    pagina.get_by_role("button", name="Bereken").click()
    uitkomst = pagina.locator(".rekenhulp__uitkomst")
    expect(uitkomst).to_be_visible()
    # 3.4.2: P1 zwaar 5.747,28 ÷ 87,08 = 66 uur; 1,5 × 66 = 99, 2,5 × 66 = 165; 120 × € 87,08 = € 10.449,60
    expect(uitkomst.locator(".rekenhulp__antwoord")).to_have_text(
        "Maatwerk hangt af van de lezing van “150%”: wel bij 1,5 ×, niet bij 2,5 × het gemiddelde; "
        "120 uur kost € 10.449,60")
    expect(uitkomst).to_contain_text("AFGELEID, niet gedrukt")
    expect(uitkomst).to_contain_text("2,5 × 66 = 165 uur")
    expect(uitkomst).to_contain_text("1,5 × 66 = 99 uur")
    expect(uitkomst).to_contain_text("de beschikking is leidend")
    assert re.search(r"\?zorgvorm=perspectief-1&situatie=maatwerk&uren=120&aanbieder=regulier$", pagina.url)


def test_meerwerk_met_voorwaarden(pagina):
    pagina.goto(pagina.basis + PAD)
    wacht_tot_klaar(pagina)
    pagina.get_by_label("Zorgvorm").select_option("duurzaam")
    pagina.get_by_label("Meerwerk: tijdens een traject").check()
    pagina.get_by_label("Licht").check()
    for nummer in ("1", "2", "4"):
        pagina.locator(f'input[name="voorwaarde"][value="{nummer}"]').check()
    pagina.get_by_label("Gevraagde uren maatwerk of meerwerk").fill("200")
    pagina.get_by_label("Micro-aanbieder").check()
    pagina.get_by_role("button", name="Bereken").click()
    antwoord = pagina.locator(".rekenhulp__antwoord")
    expect(antwoord).to_have_text("Meerwerk is niet mogelijk: voorwaarde 3 is niet vervuld")
    expect(pagina.locator(".rekenhulp__stappen")).to_contain_text("3. “De verwijzer is goed meegenomen")

    pagina.locator('input[name="voorwaarde"][value="3"]').check()
    pagina.get_by_role("button", name="Bereken").click()
    # 3.4.4: Duurzaam licht 90 uur; 90 + 200 = 290 ≥ 225 (2,5 ×); 200 × € 68,05 = € 13.610,00
    expect(antwoord).to_have_text("Meerwerk is mogelijk (in beide lezingen); 200 uur kost € 13.610,00")
    pagina.go_back()
    expect(antwoord).to_have_text("Meerwerk is niet mogelijk: voorwaarde 3 is niet vervuld")
    expect(pagina.locator('input[name="voorwaarde"][value="3"]')).not_to_be_checked()


def test_gedeelde_link_toont_meteen_de_uitkomst(pagina):
    pagina.goto(pagina.basis + PAD + "?zorgvorm=ggz&situatie=maatwerk&uren=200&aanbieder=micro")
    wacht_tot_klaar(pagina)
    expect(pagina.locator(".rekenhulp__antwoord")).to_have_text(
        "Maatwerk kan aan de orde zijn (in beide lezingen); 200 uur kost € 19.922,00")
    expect(pagina.locator(".rekenhulp__uitkomst")).to_contain_text("Gemiddeld aantal uren van 54L03 GGZ zwaar: ONZEKER")
    expect(pagina.get_by_label("Zorgvorm")).to_have_value("ggz")
    expect(pagina.get_by_label("Gevraagde uren maatwerk of meerwerk")).to_have_value("200")
    expect(pagina.get_by_label("Micro-aanbieder")).to_be_checked()


def test_negatieve_uren_geven_een_veldfout(pagina):
    pagina.goto(pagina.basis + PAD + "?zorgvorm=perspectief-1&situatie=maatwerk&uren=-3&aanbieder=regulier")
    wacht_tot_klaar(pagina)
    melding = "Het aantal uren kan niet negatief zijn. Vul een aantal uren in tussen 0 en 10.000."
    expect(pagina.get_by_role("alert")).to_contain_text(melding)
    expect(pagina.locator("#rh-maatwerk-uren-fout")).to_have_text(melding)
    expect(pagina.get_by_label("Gevraagde uren maatwerk of meerwerk")).to_have_attribute("aria-invalid", "true")
    expect(pagina.locator(".rekenhulp__uitkomst")).to_be_hidden()


def test_perspectief_2_licht_bestaat_niet(pagina):
    pagina.goto(pagina.basis + PAD)
    wacht_tot_klaar(pagina)
    pagina.get_by_label("Zorgvorm").select_option("perspectief-2")
    pagina.get_by_label("Meerwerk: tijdens een traject").check()
    pagina.get_by_label("Licht").check()
    pagina.get_by_label("Gevraagde uren maatwerk of meerwerk").fill("10")
    pagina.get_by_role("button", name="Bereken").click()
    expect(pagina.locator("#rh-maatwerk-traject-fout")).to_have_text(
        "Ambulante hulp Perspectief 2 kent geen traject licht. Kies midden of zwaar.")


def test_rekenvoorbeeld_staat_er_zonder_python(pagina):
    pagina.route("**/pyodide/pyodide.asm.wasm", lambda route: route.fulfill(status=404, body="weg"))
    pagina.goto(pagina.basis + PAD)
    expect(pagina.locator(".rekenhulp__status")).to_contain_text("De rekenhulp kan niet starten", timeout=90_000)
    expect(pagina.get_by_text("Rekenvoorbeeld: Maatwerk Ambulante hulp Perspectief 1, 120 uur")).to_be_visible()


def test_geen_ernstige_toegankelijkheidsproblemen(pagina, axe_bron):
    pagina.goto(pagina.basis + PAD + "?zorgvorm=ggz&situatie=meerwerk&traject=midden&voorwaarde=1&uren=30"
                                     "&aanbieder=micro")
    wacht_tot_klaar(pagina)
    expect(pagina.locator(".rekenhulp__uitkomst")).to_be_visible()
    assert ernstige_toegankelijkheidsproblemen(pagina, axe_bron) == []
