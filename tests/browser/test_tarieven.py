"""The tariff tables in headless Chromium: filter by text, sort by a column."""
import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def bedrag(tekst: str) -> float:
    return float(tekst.split("€")[1].strip().replace(".", "").replace(",", "."))


def test_filteren_op_code(pagina, handboek):
    pagina.goto(pagina.basis + "/tarieven/")
    pagina.get_by_label("Filter op code, product of eenheid").fill("54L0")
    zichtbaar = pagina.locator(".tarieven tbody tr:visible")
    verwacht = [code for code in handboek.producten if code.startswith("54L0")]
    expect(zichtbaar).to_have_count(len(verwacht))
    expect(pagina.get_by_role("status")).to_have_text(f"{len(verwacht)} van {len(handboek.producten)} producten")
    assert sorted(zichtbaar.locator("td:first-child").all_inner_texts()) == sorted(verwacht)


def test_sorteren_op_regulier_tarief(pagina):
    pagina.goto(pagina.basis + "/tarieven/")
    tabel = pagina.locator(".tarieven table").nth(3)  # segment 4 Ambulant
    kop = tabel.get_by_role("button", name="Reguliere aanbieder")
    kop.click()
    kop.click()  # second click: highest first
    expect(tabel.locator("th", has_text="Reguliere aanbieder")).to_have_attribute("aria-sort", "descending")
    bedragen = [bedrag(t) for t in tabel.locator("tbody tr td:nth-child(5)").all_inner_texts()]
    assert bedragen == sorted(bedragen, reverse=True)
    assert tabel.locator("tbody tr td:first-child").first.inner_text() == "45L03"  # Duurzaam zwaar, € 19.171,80
