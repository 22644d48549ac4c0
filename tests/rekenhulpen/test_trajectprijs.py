"""Trajectprijs calculator. Runs in CPython and, unchanged, inside Pyodide (tests/test_pyodide.py)."""
import json
from decimal import Decimal

import pytest

from tools import browser
from tools.bedrag import euro
from tools.rekenhulpen import InvoerFout
from tools.rekenhulpen.trajectprijs import Invoer, bereken, lees_invoer


def reken(handboek, **velden):
    return bereken(handboek, lees_invoer(velden))


def test_handboekbedragen_perspectief_1_midden(handboek):
    """3.4.2 Bekostiging: 45L12 Micro-aanbieder €2.225,76, Reguliere aanbieder €2.612,40."""
    assert reken(handboek, code="45L12", aanbieder="micro").antwoord == "€ 2.225,76"
    assert reken(handboek, code="45L12", aanbieder="regulier", gemeente="venray").antwoord == "€ 2.612,40"


def test_traject_in_een_trajectgemeente(handboek):
    """1.1.2.2: Beesel … 'segment 4 op basis van trajecten (muv maatwerk/meerwerk)'."""
    uitkomst = reken(handboek, code="54L03", aanbieder="regulier", gemeente="beesel")
    assert uitkomst.antwoord == "€ 5.333,64"
    assert "Beesel bekostigt dit product (regionaal perceel) op basis van traject" in uitkomst.stappen[2]
    assert "ongeacht hoe lang het duurt" in uitkomst.stappen[3]
    assert any(m.startswith("Garantiefase:") and "geen nieuw geld" in m for m in uitkomst.meldingen)


def test_handboekvoorbeeld_plekken(handboek):
    """1.1.2.2.3: 'GGZ-zwaar … gemiddelde looptijd van 11 maanden voor een prijs van € 4.400 … 8 of van 13
    maanden, dan betalen we daar resp. € 3.200 en € 5.200 voor.' Venlo works with plekken (1.1.2.2)."""
    for maanden, prijs in ((8, "€ 3.200,00"), (13, "€ 5.200,00"), (11, "€ 4.400,00")):
        uitkomst = reken(handboek, code="54L03", aanbieder="regulier", gemeente="venlo",
                         looptijd=str(maanden), plekprijs="4.400")
        assert uitkomst.antwoord == prijs


def test_plekprijs_van_venlo_staat_niet_in_het_handboek(handboek):
    with pytest.raises(InvoerFout) as fout:
        reken(handboek, code="54L03", aanbieder="regulier", gemeente="venlo", looptijd="8")
    assert fout.value.fouten["plekprijs"].startswith("Het handboek publiceert geen plekprijzen voor Venlo en Bergen (2.8).")


def test_bergen_lokaal_is_traject_en_regionaal_plekken(handboek):
    """1.1.2.2 Bergen: segment 4 'op basis van plekken bij de regionaal gecontracteerde aanbieders' and 'op basis
    van trajecten bij de lokaal gecontracteerde aanbieders'."""
    lokaal = reken(handboek, code="45L11", aanbieder="micro", gemeente="bergen", perceel="lokaal")
    assert lokaal.antwoord == "€ 1.112,76" and "op basis van traject" in lokaal.stappen[2]
    with pytest.raises(InvoerFout) as fout:
        reken(handboek, code="45L11", aanbieder="micro", gemeente="bergen", perceel="regionaal")
    assert "plekprijs" in fout.value.fouten


def test_maatwerk_is_pxq(handboek):
    """3.4.2 Bekostiging: 45L14 Uur, Reguliere aanbieder €87,08; 1.1.2.2 '(muv maatwerk/meerwerk)'."""
    uitkomst = reken(handboek, code="45L14", aanbieder="regulier", gemeente="venray", aantal="52")
    assert uitkomst.antwoord == euro(Decimal("87.08") * 52)
    assert "PxQ: prijs maal hoeveelheid" in uitkomst.stappen[-1]


def test_pxq_zonder_aantal(handboek):
    with pytest.raises(InvoerFout) as fout:
        reken(handboek, code="44A07", aanbieder="regulier", gemeente="gennep")
    assert fout.value.fouten == {"aantal": "Vul in hoeveel eenheden (etmaal) u indiceert over de looptijd van de beschikking."}


def test_life_event_naar_rato(handboek):
    """1.1.7.1: 'voor de maanden waar hulp/ondersteuning is geleverd mag het maandbedrag gedeclareerd worden'."""
    uitkomst = reken(handboek, code="45L12", aanbieder="micro", gemeente="beesel", life_event="3")
    maandbedrag = (Decimal("2225.76") / 9).quantize(Decimal("0.01"))  # 1.1.2.2.3: 45L12 gemiddeld 9 maanden
    assert uitkomst.antwoord == euro(maandbedrag * 3)
    assert "maandbedrag" in uitkomst.stappen[-1]


def test_life_event_alleen_in_trajectgemeenten(handboek):
    uitkomst = reken(handboek, code="54L03", aanbieder="regulier", gemeente="venlo", looptijd="8",
                     plekprijs="4400", life_event="3")
    assert any("alleen voor gemeenten die met trajecten werken (1.1.7.1)" in m for m in uitkomst.meldingen)


def test_venlo_kocht_geen_vaktherapie(handboek):
    """3.4.6: 'De gemeente Venlo heeft het traject vaktherapie NIET ingekocht.'"""
    with pytest.raises(InvoerFout) as fout:
        reken(handboek, code="45L61", aanbieder="regulier", gemeente="venlo")
    assert fout.value.fouten["code"].startswith("Venlo heeft Vaktherapie niet ingekocht")


def test_venlo_doet_niet_mee_aan_lokaal(handboek):
    with pytest.raises(InvoerFout) as fout:
        reken(handboek, code="54L01", aanbieder="regulier", gemeente="venlo", perceel="lokaal")
    assert fout.value.fouten == {"perceel": "Venlo doet niet mee aan het lokale perceel (2.3). Kies regionaal."}


def test_alleen_regionaal_aanbesteed(handboek):
    with pytest.raises(InvoerFout) as fout:
        reken(handboek, code="45L22", aanbieder="regulier", gemeente="beesel", perceel="lokaal")
    assert fout.value.fouten["perceel"] == "Ambulante hulp Perspectief 2 is alleen regionaal aanbesteed (2.3)."


def test_afgeleide_regel_wordt_gemeld(handboek):
    uitkomst = reken(handboek, code="45L14", aanbieder="regulier", gemeente="venlo", aantal="10")
    assert any(m.startswith("Let op: dat Venlo hier PxQ gebruikt, staat niet letterlijk in het handboek") for m in uitkomst.meldingen)


def test_elk_geprijsd_product_in_elke_gemeente_geeft_een_bedrag_of_een_duidelijke_melding(handboek):
    for product in handboek.geprijsde_producten():
        for gemeente in ("beesel", "bergen", "venlo"):
            try:
                uitkomst = reken(handboek, code=product.code, aanbieder="regulier", gemeente=gemeente, aantal="10",
                                 looptijd="6", plekprijs="1000")
            except InvoerFout as fout:
                assert all(m.endswith((")", ".")) for m in fout.fouten.values()), fout.fouten
            else:
                assert uitkomst.antwoord.startswith("€ ") and "-" not in uitkomst.antwoord


@pytest.mark.parametrize(("velden", "fouten"), [
    ({}, {"code": "Kies een product.",
          "aanbieder": "Kies of de aanbieder een micro-aanbieder of een reguliere aanbieder is."}),
    ({"code": "45L12", "aanbieder": "micro", "aantal": "-3"},
     {"aantal": "Het aantal eenheden moet groter dan 0 en hoogstens 10000 zijn; u vulde -3 in."}),
    ({"code": "45L12", "aanbieder": "micro", "looptijd": "acht"},
     {"looptijd": "De looptijd in maanden moet een getal zijn; u vulde 'acht' in."}),
    ({"code": "45L12", "aanbieder": "micro", "perceel": "landelijk"}, {"perceel": "Kies regionaal of lokaal."}),
    ({"code": "45L12", "aanbieder": "micro", "aantal": "NaN"},
     {"aantal": "Het aantal eenheden moet een getal zijn."}),
])
def test_onmogelijke_invoer(velden, fouten):
    with pytest.raises(InvoerFout) as fout:
        lees_invoer(velden)
    assert fout.value.fouten == fouten


def test_bedrag_met_komma_en_euroteken(handboek):
    assert lees_invoer({"code": "x", "aanbieder": "micro", "plekprijs": "€ 4.400,50"}).plekprijs == Decimal("4400.50")


def test_onbekende_code_en_gemeente(handboek):
    with pytest.raises(InvoerFout) as fout:
        bereken(handboek, Invoer("45X99", "micro"))
    assert fout.value.fouten == {"code": "Productcode 45X99 staat niet in het handboek."}
    with pytest.raises(InvoerFout) as fout:
        reken(handboek, code="45L12", aanbieder="micro", gemeente="maastricht")
    assert fout.value.fouten == {"gemeente": "Kies een van de zeven gemeenten; 'maastricht' ken ik niet."}


def test_product_zonder_bedrag_zegt_wat_het_handboek_zegt(handboek):
    """2.8: '44A80 – Tarief per aanbieder'."""
    with pytest.raises(InvoerFout) as fout:
        reken(handboek, code="44A80", aanbieder="regulier")
    assert fout.value.fouten["code"].startswith("Het handboek noemt voor 44A80 Beschermd Wonen Jeugd: tarief per aanbieder.")


def test_browser_ingang_geeft_json(bundel):
    browser.laad(json.dumps(bundel))
    goed = json.loads(browser.reken("trajectprijs", json.dumps({"code": "45L11", "aanbieder": "regulier"})))
    assert goed["ok"] is True and goed["uitkomst"]["antwoord"] == "€ 1.306,20"
    fout = json.loads(browser.reken("trajectprijs", json.dumps({"code": "99Z99", "aanbieder": "micro"})))
    assert fout == {"ok": False, "fouten": {"code": "Productcode 99Z99 staat niet in het handboek."}}


@pytest.mark.parametrize(("tekst", "waarde"), [("4.400", "4400"), ("4.400,50", "4400.50"), ("1,5", "1.5"),
                                               ("1.5", "1.5"), ("12.345.678", "12345678")])
def test_getallen_zoals_nederlanders_ze_typen(tekst, waarde):
    invoer = lees_invoer({"code": "x", "aanbieder": "micro", "plekprijs": tekst}) if Decimal(waarde) <= 10**6 else None
    if invoer is None:
        with pytest.raises(InvoerFout):
            lees_invoer({"code": "x", "aanbieder": "micro", "plekprijs": tekst})
    else:
        assert invoer.plekprijs == Decimal(waarde)
