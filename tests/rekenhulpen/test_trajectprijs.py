"""Trajectprijs calculator. Runs in CPython and, unchanged, inside Pyodide (tests/pyodide/run_pytest.mjs)."""
import json
from decimal import Decimal

import pytest

from tools import browser
from tools.bedrag import euro
from tools.rekenhulpen import InvoerFout
from tools.rekenhulpen.trajectprijs import Invoer, bereken, lees_invoer


def test_handboekbedragen_perspectief_1_midden(handboek):
    """3.4.2 Bekostiging: 45L12 Micro-aanbieder €2.225,76, Reguliere aanbieder €2.612,40."""
    assert bereken(handboek, Invoer("45L12", "micro")).antwoord == "€ 2.225,76"
    assert bereken(handboek, Invoer("45L12", "regulier")).antwoord == "€ 2.612,40"


def test_uitleg_noemt_regel_tarief_verschil_en_looptijd(handboek):
    uitkomst = bereken(handboek, Invoer("54L03", "regulier"))
    assert uitkomst.kop == "54L03 GGZ zwaar bij een reguliere aanbieder"
    assert uitkomst.stappen[0].startswith("54L03 GGZ zwaar is een traject: één vaste prijs")
    assert uitkomst.stappen[1] == "Tarief voor een reguliere aanbieder, prijspeil 2023: € 5.333,64 (3.4.5 Bekostiging)."
    assert uitkomst.stappen[2] == "Ter vergelijking: bij een micro-aanbieder is het € 4.543,44, een verschil van € 790,20."
    assert "gemiddelde looptijd is 11 maanden" in uitkomst.stappen[3]
    assert uitkomst.bronnen == ["1.1.2.2", "2.4", "3.4.5 Bekostiging"]


def test_elk_traject_van_de_gegevens_is_te_berekenen(handboek):
    for product in handboek.trajectproducten():
        tarief = product.tarief(handboek.prijspeil)
        if tarief.status:
            continue
        for soort in ("micro", "regulier"):
            if tarief.voor(soort) is None:
                continue
            uitkomst = bereken(handboek, Invoer(product.code, soort))
            assert uitkomst.antwoord == euro(tarief.voor(soort))
            assert Decimal(uitkomst.antwoord[2:].replace(".", "").replace(",", ".")) > 0


def test_code_mag_kleine_letters_en_spaties_hebben(handboek):
    assert bereken(handboek, lees_invoer({"code": " 45l12 ", "aanbieder": "Micro"})).antwoord == "€ 2.225,76"


@pytest.mark.parametrize(("velden", "fouten"), [
    ({}, {"code": "Kies een product.",
          "aanbieder": "Kies of de aanbieder een micro-aanbieder of een reguliere aanbieder is."}),
    ({"code": "45L12", "aanbieder": "groot"},
     {"aanbieder": "Kies of de aanbieder een micro-aanbieder of een reguliere aanbieder is."}),
])
def test_onvolledige_invoer(velden, fouten):
    with pytest.raises(InvoerFout) as fout:
        lees_invoer(velden)
    assert fout.value.fouten == fouten


def test_onbekende_code(handboek):
    with pytest.raises(InvoerFout) as fout:
        bereken(handboek, Invoer("45X99", "micro"))
    assert fout.value.fouten == {"code": "Productcode 45X99 staat niet in het handboek."}


def test_uurproduct_is_geen_traject(handboek):
    with pytest.raises(InvoerFout) as fout:
        bereken(handboek, Invoer("45L14", "micro"))
    assert fout.value.fouten["code"] == (
        "45L14 Perspectief 1 maatwerk is geen traject maar wordt per uur betaald (PxQ). "
        "Deze rekenhulp rekent alleen trajectprijzen."
    )


def test_product_zonder_bedrag_zegt_wat_het_handboek_zegt(bundel):
    from tools.model import Handboek

    gewijzigd = json.loads(json.dumps(bundel))
    product = gewijzigd["producten"][0]["zorgvormen"][0]["producten"][0]
    product["tarieven"] = [{"prijspeil": 2023, "status": "tarief per aanbieder", "bron": "3.2.6 Bekostiging"}]
    with pytest.raises(InvoerFout) as fout:
        bereken(Handboek(gewijzigd), Invoer(product["code"], "regulier"))
    assert fout.value.fouten["code"].endswith(": tarief per aanbieder.")


def test_browser_ingang_geeft_json(bundel):
    browser.laad(json.dumps(bundel))
    goed = json.loads(browser.reken("trajectprijs", json.dumps({"code": "45L11", "aanbieder": "regulier"})))
    assert goed["ok"] is True and goed["uitkomst"]["antwoord"] == "€ 1.306,20"
    fout = json.loads(browser.reken("trajectprijs", json.dumps({"code": "99Z99", "aanbieder": "micro"})))
    assert fout == {"ok": False, "fouten": {"code": "Productcode 99Z99 staat niet in het handboek."}}
