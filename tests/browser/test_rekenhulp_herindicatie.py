"""The herindicatie questions in headless Chromium: one question at a time, by keyboard, with the path in the URL."""
import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ernstige_toegankelijkheidsproblemen

pytestmark = pytest.mark.browser
PAD = "/rekenhulpen/herindicatie/"
GARANTIEFASE = "?zorgvorm=perspectief-1&loopt=kort&hulpvraag=zelfde&feiten=nee&langdurig=nee"


def wacht_tot_klaar(page):
    expect(page.locator('[data-stroom="herindicatie"]')).to_have_attribute("data-klaar", "ja", timeout=90_000)


def query(page) -> str:
    return "?" + urlsplit(page.url).query if urlsplit(page.url).query else ""


def radio(page, naam: str):
    return page.get_by_role("radio", name=naam, exact=True)


def vraagkop(page):
    return page.locator("#herindicatie-vraag")


def heeft_focus(page, selector: str) -> bool:
    return page.evaluate("(s) => document.activeElement === document.querySelector(s)", selector)


def kies_met_toetsen(page, pijltjes: int):
    """From the question heading: Tab into the radio group, arrow to the answer, select it, Tab to Volgende, Enter."""
    page.keyboard.press("Tab")
    for _ in range(pijltjes):
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Volgende")).to_be_focused()
    page.keyboard.press("Enter")


def test_statisch_voordat_python_er_is(site):
    """Rendered at build time: the first question, the loading state and the worked example."""
    html = (site / "rekenhulpen" / "herindicatie" / "index.html").read_text(encoding="utf-8")
    assert 'data-stroom="herindicatie"' in html
    assert "data-rekenhulp" not in html.split('data-stroom="herindicatie"')[1][:200]
    assert "Om welke zorgvorm gaat het?" in html and 'value="perspectief-1"' in html
    assert 'role="status"' in html and "De vragen worden geladen…" in html
    assert "Voorbeeld: Garantiefase: de aanbieder neemt de jeugdige opnieuw in zorg binnen het eerdere traject" in html
    assert "assets/js/herindicatie.js" in html


def test_een_pad_met_het_toetsenbord(pagina):
    pagina.goto(pagina.basis + PAD)
    wacht_tot_klaar(pagina)
    radio(pagina, "Ambulante hulp Perspectief 1").focus()
    pagina.keyboard.press("Space")
    pagina.keyboard.press("Tab")
    pagina.keyboard.press("Enter")

    expect(vraagkop(pagina)).to_have_text("Loopt het traject nog?")
    assert heeft_focus(pagina, "#herindicatie-vraag")
    kies_met_toetsen(pagina, 1)  # Nee, minder dan 6 maanden geleden afgerond
    expect(vraagkop(pagina)).to_have_text("Gaat het om dezelfde hulpvraag als waarvoor het traject is ingezet?")
    assert heeft_focus(pagina, "#herindicatie-vraag")
    kies_met_toetsen(pagina, 0)  # Ja, dezelfde hulpvraag
    expect(vraagkop(pagina)).to_have_text("Doen zich wezenlijk nieuwe feiten en omstandigheden voor?")
    kies_met_toetsen(pagina, 1)  # Nee
    expect(vraagkop(pagina)).to_have_text(
        "Blijkt het traject niet voldoende, omdat de hulpvraag langduriger van aard is?")
    kies_met_toetsen(pagina, 1)  # Nee

    uitkomst = pagina.locator(".rekenhulp__uitkomst")
    expect(uitkomst.locator(".rekenhulp__antwoord")).to_have_text("Geen herindicatie: garantiefase")
    expect(uitkomst).to_contain_text("(1.1.2.2.2.1 Garantiefase)")
    assert heeft_focus(pagina, "#herindicatie-uitkomst-kop")
    assert query(pagina) == GARANTIEFASE
    expect(pagina.locator(".stroom__antwoorden dt")).to_have_count(5)


def test_wijzig_terug_en_vooruit(pagina):
    pagina.goto(pagina.basis + PAD + GARANTIEFASE)
    wacht_tot_klaar(pagina)
    expect(pagina.locator(".rekenhulp__antwoord")).to_have_text("Geen herindicatie: garantiefase")

    wijzig = pagina.get_by_role("link", name="Wijzig het antwoord op: Loopt het traject nog?")
    wijzig.focus()
    pagina.keyboard.press("Enter")
    expect(vraagkop(pagina)).to_have_text("Loopt het traject nog?")
    assert heeft_focus(pagina, "#herindicatie-vraag")
    expect(radio(pagina, "Nee, het is minder dan 6 maanden geleden afgerond")).to_be_checked()
    assert query(pagina) == GARANTIEFASE + "&wijzig=loopt"
    expect(pagina.locator(".stroom__antwoorden dt")).to_have_count(1)

    # the later answers are still on the path when the traject is still running: straight to the outcome
    pagina.keyboard.press("Tab")
    pagina.keyboard.press("ArrowUp")  # from the checked 'kort' to 'Ja, het traject loopt nog'
    expect(radio(pagina, "Ja, het traject loopt nog")).to_be_checked()
    pagina.get_by_role("button", name="Volgende").press("Enter")
    expect(pagina.locator(".rekenhulp__antwoord")).to_have_text("Herindicatie niet mogelijk")
    assert query(pagina) == "?zorgvorm=perspectief-1&loopt=ja&hulpvraag=zelfde&feiten=nee&langdurig=nee"

    pagina.go_back()
    expect(vraagkop(pagina)).to_have_text("Loopt het traject nog?")
    expect(radio(pagina, "Nee, het is minder dan 6 maanden geleden afgerond")).to_be_checked()
    pagina.go_back()
    expect(pagina.locator(".rekenhulp__antwoord")).to_have_text("Geen herindicatie: garantiefase")
    expect(pagina.locator("form.stroom__formulier")).to_be_hidden()
    pagina.go_forward()
    expect(vraagkop(pagina)).to_have_text("Loopt het traject nog?")
    pagina.go_forward()
    expect(pagina.locator(".rekenhulp__antwoord")).to_have_text("Herindicatie niet mogelijk")


def test_wijzig_laat_antwoorden_vallen_die_niet_meer_passen(pagina):
    pagina.goto(pagina.basis + PAD + GARANTIEFASE)
    wacht_tot_klaar(pagina)
    pagina.get_by_role("link", name="Wijzig het antwoord op: Om welke zorgvorm gaat het?").click()
    radio(pagina, "Logeren").check()
    pagina.get_by_role("button", name="Volgende").click()
    expect(vraagkop(pagina)).to_have_text("Is de indicatie logeren al eens verlengd?")
    assert query(pagina) == "?zorgvorm=logeren"


def test_gedeelde_link_toont_de_uitkomst(pagina):
    pagina.goto(pagina.basis + PAD + "?zorgvorm=wonen&noodzaak=ja")
    wacht_tot_klaar(pagina)
    expect(pagina.locator(".rekenhulp__antwoord")).to_have_text("Herindicatie mogelijk, na toets op nut en noodzaak")
    expect(pagina.locator(".stroom__antwoorden dd").first).to_have_text(re.compile("^Wonen: pleegzorg"))
    expect(pagina.locator(".rekenhulp__stappen li").first).to_contain_text("(1.1.7.2 Herindicaties)")


def test_antwoorden_buiten_het_pad_verdwijnen_uit_de_url(pagina):
    pagina.goto(pagina.basis + PAD + "?zorgvorm=logeren&loopt=kort")
    wacht_tot_klaar(pagina)
    expect(vraagkop(pagina)).to_have_text("Is de indicatie logeren al eens verlengd?")
    assert query(pagina) == "?zorgvorm=logeren"


def test_geen_keuze_geeft_een_fout(pagina):
    pagina.goto(pagina.basis + PAD)
    wacht_tot_klaar(pagina)
    pagina.get_by_role("button", name="Volgende").click()
    expect(pagina.get_by_role("alert")).to_contain_text("Kies de zorgvorm.")
    expect(pagina.locator("#herindicatie-fout")).to_have_text("Kies de zorgvorm.")
    assert query(pagina) == ""
    radio(pagina, "Dyslexie").check()
    pagina.get_by_role("button", name="Volgende").click()
    expect(pagina.locator(".rekenhulp__antwoord")).to_have_text("Herindicatie niet mogelijk")
    expect(pagina.locator(".rekenhulp__foutsamenvatting")).to_be_hidden()


def test_een_onbekend_antwoord_in_de_url(pagina):
    pagina.goto(pagina.basis + PAD + "?zorgvorm=ggz&loopt=soms")
    wacht_tot_klaar(pagina)
    expect(vraagkop(pagina)).to_have_text("Loopt het traject nog?")
    expect(pagina.locator("#herindicatie-fout")).to_contain_text("'soms' is geen antwoord")


def test_opnieuw_beginnen(pagina):
    pagina.goto(pagina.basis + PAD + "?zorgvorm=pxq&doelen=nee")
    wacht_tot_klaar(pagina)
    expect(pagina.locator(".rekenhulp__antwoord")).to_have_text("Herindicatie in principe mogelijk")
    pagina.get_by_role("link", name="Opnieuw beginnen").click()
    expect(vraagkop(pagina)).to_have_text("Om welke zorgvorm gaat het?")
    assert query(pagina) == ""
    expect(pagina.locator(".stroom__pad")).to_be_hidden()
    expect(pagina.locator('input[name="zorgvorm"]:checked')).to_have_count(0)


def test_toegankelijk(pagina, axe_bron):
    pagina.goto(pagina.basis + PAD + "?zorgvorm=perspectief-1&loopt=kort")
    wacht_tot_klaar(pagina)
    assert ernstige_toegankelijkheidsproblemen(pagina, axe_bron) == []
    pagina.goto(pagina.basis + PAD + GARANTIEFASE)
    wacht_tot_klaar(pagina)
    assert ernstige_toegankelijkheidsproblemen(pagina, axe_bron) == []
