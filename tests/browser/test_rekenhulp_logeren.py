"""The logeren calculator in headless Chromium: a series of stays in, etmalen, dagdelen and costs out."""
import re
from urllib.parse import quote_plus

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ernstige_toegankelijkheidsproblemen, wacht_tot_klaar

pytestmark = pytest.mark.browser
PAD = "/rekenhulpen/logeren/"


def test_reeks_invullen_en_uitkomst_lezen(pagina):
    pagina.goto(pagina.basis + PAD)
    wacht_tot_klaar(pagina)
    pagina.get_by_label("Logeren zwaar").check()
    pagina.get_by_label("Micro-aanbieder").check()
    pagina.get_by_label("Verblijven, één per regel").fill("1-3-2024 18:00 - 2-3-2024 20:00\n34 uur")
    pagina.get_by_role("button", name="Bereken").click()
    uitkomst = pagina.locator(".rekenhulp__uitkomst")
    expect(uitkomst).to_be_visible()
    # 3.2.5 Bekostiging: 26 h = etmaal 44A92 (micro € 291,97); 34 h = etmaal + 2 dagdelen 44A93 (2 × € 72,70)
    expect(uitkomst.locator(".rekenhulp__antwoord")).to_have_text("€ 729,34")
    expect(uitkomst.locator(".rekenhulp__kop")).to_have_text(
        "Logeren zwaar bij een micro-aanbieder: 2 verblijven, 2 etmalen + 2 dagdelen")
    expect(uitkomst).to_contain_text("Logeren gaat altijd samen met andere ambulante hulp")
    expect(uitkomst).to_contain_text("de beschikking is leidend")
    assert re.search(r"\?zwaarte=zwaar&aanbieder=micro&verblijven=1-3-2024\+18%3A00", pagina.url)

    pagina.get_by_label("Reguliere aanbieder").check()
    pagina.get_by_role("button", name="Bereken").click()
    expect(uitkomst.locator(".rekenhulp__antwoord")).to_have_text("€ 829,26")  # 2 × 330,79 + 2 × 83,84
    pagina.go_back()
    expect(uitkomst.locator(".rekenhulp__antwoord")).to_have_text("€ 729,34")
    expect(pagina.get_by_label("Micro-aanbieder")).to_be_checked()


def test_gedeelde_link_toont_meteen_de_uitkomst(pagina):
    verblijven = quote_plus("2024-03-01 18:00 - 2024-03-03 16:00\n30 uur")
    pagina.goto(pagina.basis + PAD + f"?zwaarte=licht-midden&aanbieder=regulier&verblijven={verblijven}"
                f"&begin=1-2-2024")
    wacht_tot_klaar(pagina)
    expect(pagina.locator(".rekenhulp__antwoord")).to_have_text("€ 753,24")  # 3 × 232,53 + 55,65
    expect(pagina.get_by_label("Verblijven, één per regel")).to_have_value(
        "2024-03-01 18:00 - 2024-03-03 16:00\n30 uur")
    expect(pagina.get_by_label("Begin van de indicatie (mag leeg blijven)")).to_have_value("1-2-2024")
    expect(pagina.locator(".rekenhulp__stappen")).to_contain_text("Periode 1 (1-2-2024 t/m 30-9-2024")


def test_onleesbare_regel_geeft_melding_bij_het_veld(pagina):
    pagina.goto(pagina.basis + PAD)
    wacht_tot_klaar(pagina)
    pagina.get_by_label("Verblijven, één per regel").fill("26 uur\nvolgend weekend")
    pagina.get_by_role("button", name="Bereken").click()
    expect(pagina.get_by_role("alert")).to_contain_text("Regel 2 ('volgend weekend') kan ik niet lezen.")
    expect(pagina.locator("#logeren-verblijven-fout")).to_contain_text("Regel 2 ('volgend weekend') kan ik niet lezen.")
    expect(pagina.locator(".rekenhulp__uitkomst")).to_be_hidden()


def test_einde_voor_begin_in_link(pagina):
    verblijven = quote_plus("2-3-2024 18:00 - 1-3-2024 18:00")
    pagina.goto(pagina.basis + PAD + f"?zwaarte=zwaar&aanbieder=regulier&verblijven={verblijven}")
    wacht_tot_klaar(pagina)
    expect(pagina.locator("#logeren-verblijven-fout")).to_contain_text("het einde ligt vóór het begin")
    expect(pagina.locator(".rekenhulp__uitkomst")).to_be_hidden()


def test_rekenvoorbeeld_staat_er_zonder_python(pagina):
    pagina.route("**/pyodide/pyodide.asm.wasm", lambda route: route.fulfill(status=404, body="weg"))
    pagina.goto(pagina.basis + PAD)
    expect(pagina.locator(".rekenhulp__status")).to_contain_text("De rekenhulp kan niet starten", timeout=90_000)
    expect(pagina.get_by_text("Rekenvoorbeeld: Logeren licht/midden bij een reguliere aanbieder")).to_be_visible()
    expect(pagina.get_by_text("Kosten: € 1.097,07")).to_be_visible()


def test_geen_ernstige_toegankelijkheidsproblemen(pagina, axe_bron):
    pagina.goto(pagina.basis + PAD)
    wacht_tot_klaar(pagina)
    assert ernstige_toegankelijkheidsproblemen(pagina, axe_bron) == []
