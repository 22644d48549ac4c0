"""The stapelingscheck in headless Chromium: same verdicts as the data, state in the URL."""
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import wacht_tot_klaar as klaar

pytestmark = pytest.mark.browser
PAD = "/rekenhulpen/stapeling/"


def wacht_tot_klaar(page):
    klaar(page, knop="Controleer")


def test_codes_typen_en_oordeel_lezen(pagina):
    pagina.goto(pagina.basis + PAD)
    wacht_tot_klaar(pagina)
    pagina.get_by_label("Of typ productcodes of namen").fill("45L12, 54L02")
    pagina.get_by_role("button", name="Controleer").click()
    uitkomst = pagina.locator(".rekenhulp__uitkomst")
    expect(uitkomst.locator(".rekenhulp__antwoord")).to_have_text("1 combinatie: 1 alleen onder voorwaarden")
    expect(uitkomst).to_contain_text("Ambulante hulp Perspectief 1 + GGZ: alleen onder voorwaarden (voetnoot 9)")
    assert re.search(r"\?codes=45L12%2C\+54L02$", pagina.url)


def test_gedeelde_link_met_vinkjes(pagina):
    pagina.goto(pagina.basis + PAD + "?kies=perspectief-1&kies=logeren&kies=ggz")
    wacht_tot_klaar(pagina)
    expect(pagina.locator(".rekenhulp__antwoord")).to_contain_text("3 combinaties")
    expect(pagina.locator(".rekenhulp__stappen li")).to_have_count(3)
    for naam in ("perspectief-1", "logeren", "ggz"):
        expect(pagina.locator(f'input[value="{naam}"]')).to_be_checked()
    expect(pagina.locator('input[value="duurzaam"]')).not_to_be_checked()


def test_een_product_is_te_weinig(pagina):
    pagina.goto(pagina.basis + PAD)
    wacht_tot_klaar(pagina)
    pagina.locator('input[value="ggz"]').check()
    pagina.get_by_role("button", name="Controleer").click()
    expect(pagina.get_by_role("alert")).to_contain_text("Kies minstens twee producten")
    expect(pagina.locator(".rekenhulp__uitkomst")).to_be_hidden()


def test_terug_en_vooruit(pagina):
    pagina.goto(pagina.basis + PAD)
    wacht_tot_klaar(pagina)
    pagina.locator('input[value="ggz"]').check()
    pagina.locator('input[value="perspectief-2"]').check()
    pagina.get_by_role("button", name="Controleer").click()
    expect(pagina.locator(".rekenhulp__stappen li")).to_have_count(1)
    pagina.locator('input[value="dyslexie"]').check()
    pagina.get_by_role("button", name="Controleer").click()
    expect(pagina.locator(".rekenhulp__stappen li")).to_have_count(3)
    pagina.go_back()
    expect(pagina.locator(".rekenhulp__stappen li")).to_have_count(1)
    expect(pagina.locator('input[value="dyslexie"]')).not_to_be_checked()


def test_link_vanaf_een_productpagina_vult_alleen_in(pagina):
    """The GGZ page links to the check with GGZ ticked; nothing is computed until the user adds a product."""
    pagina.goto(pagina.basis + "/producten/ambulant/ggz/")
    pagina.get_by_role("link", name="Mag dit samen met een ander product?").click()
    wacht_tot_klaar(pagina)
    expect(pagina.locator('input[value="ggz"]')).to_be_checked()
    expect(pagina.get_by_role("alert")).to_be_hidden()
    pagina.locator('input[value="vaktherapie"]').check()
    pagina.get_by_role("button", name="Controleer").click()
    expect(pagina.locator(".rekenhulp__stappen li")).to_have_count(1)
