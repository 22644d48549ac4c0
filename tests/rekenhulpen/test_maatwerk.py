"""Maatwerk/meerwerk calculator (handbook 1.1.7.3). Runs in CPython and, unchanged, inside Pyodide.

Expected values are the handbook's own: the rule texts of 1.1.7.3 and the tariffs of the Bekostiging tables in
3.4.2 (Perspectief 1), 3.4.3 (Perspectief 2), 3.4.4 (Duurzaam) and 3.4.5 (GGZ). Average hours are not printed in
the text (the table is an image), so they are worked out here by hand from those tariffs.
"""
import json
import re
import sys
from decimal import Decimal

import pytest

from tests.conftest import ROOT
from tools import browser
from tools.model import Handboek
from tools.rekenhulpen import InvoerFout
from tools.rekenhulpen.maatwerk import VOORBEELD, Invoer, bereken, lees_invoer


def reken(handboek, **velden):
    velden = {"aanbieder": "regulier", **velden}
    return bereken(handboek, lees_invoer(velden))


def kopie(bundel):
    return json.loads(json.dumps(bundel))


# --- the data settings -------------------------------------------------------------------------------------------

def test_zorgvormen_en_urensoorten_volgens_1_1_7_3(bundel):
    """1.1.7.3: maatwerk/meerwerk bij Perspectief 1, Perspectief 2, Duurzaam en GGZ; bij P1, 2 en Duurzaam de
    directe cliëntcontacttijd, bij GGZ de directe cliëntcontacttijd én de indirecte cliëntgebonden tijd."""
    mw = bundel["maatwerk"]
    assert {z["id"]: z["uren"] for z in mw["zorgvormen"]} == {
        "perspectief-1": "direct", "perspectief-2": "direct", "duurzaam": "direct", "ggz": "direct-en-indirect",
    }
    soorten = {s["id"]: s["tekst"] for s in mw["urensoorten"]}
    assert soorten["direct"].startswith("Bij Perspectief 1, 2 en Duurzaam: Je geeft een indicatie af voor de directe")
    assert soorten["direct-en-indirect"].startswith("Bij GGZ: Je geeft een indicatie af voor de directe "
                                                    "cliëntcontacttijd én de indirecte cliëntgebonden tijd.")


def test_twee_lezingen_van_150_procent_met_toelichting(bundel):
    """1.1.7.3: 'vanaf 150% boven het gemiddeld aantal uren' — 2,5 × (letterlijk) of 1,5 × het gemiddelde."""
    drempel = bundel["maatwerk"]["drempel"]
    factoren = {l["id"]: l["factor"] for l in drempel["lezingen"]}
    assert sorted(factoren.values()) == [1.5, 2.5]
    assert drempel["standaard"] in factoren
    assert all(l["toelichting"] and l["bron"].startswith("1.1.7.3") for l in drempel["lezingen"])


def test_vijf_voorwaarden_voor_meerwerk(bundel):
    """1.1.7.3 Meerwerk noemt vijf voorwaarden; de vijfde ('ruim onvoldoende') toetst de rekenhulp aan de uren."""
    voorwaarden = bundel["maatwerk"]["meerwerk"]["voorwaarden"]
    assert [v["nummer"] for v in voorwaarden] == [1, 2, 3, 4, 5]
    assert [v["toets"] for v in voorwaarden] == ["aanvinken"] * 4 + ["uren"]
    assert voorwaarden[1]["tekst"].startswith("De aanbieder is meteen na toewijzing zorg (JW301)")
    assert voorwaarden[4]["tekst"].startswith("Het ingezette traject is ruim onvoldoende.")


@pytest.mark.skipif(sys.platform == "emscripten", reason="de handboektekst staat buiten de repository")
def test_teksten_staan_letterlijk_in_het_handboek(bundel, handboektekst):
    platte_tekst = " ".join(handboektekst.split())
    mw = bundel["maatwerk"]
    teksten = [mw["toegang"]["tekst"], mw["maatwerk"]["tekst"], mw["meerwerk"]["tekst"], mw["gemiddelde_uren"]["nb"],
               *(s["tekst"] for s in mw["urensoorten"]), *(v["tekst"] for v in mw["meerwerk"]["voorwaarden"])]
    for tekst in teksten:
        assert " ".join(tekst.split()) in platte_tekst, tekst[:60]


# --- average hours: derived, not printed ------------------------------------------------------------------------

@pytest.mark.parametrize(("zorgvorm", "traject", "uren"), [
    # 3.4.2: 1.306,20 / 2.612,40 / 5.747,28 ÷ 87,08 = 15 / 30 / 66 precies; micro 1.112,76 ÷ 74,18 ≈ 15,001 enz.
    ("perspectief-1", "licht", "15"), ("perspectief-1", "midden", "30"), ("perspectief-1", "zwaar", "66"),
    # 3.4.3: 2.614,32 ÷ 130,72 ≈ 19,999; 5.228,52 ÷ 130,72 ≈ 39,998
    ("perspectief-2", "midden", "20"), ("perspectief-2", "zwaar", "40"),
    # 3.4.4: 7.189,44 ÷ 79,89 ≈ 89,992; 11.183,64 ÷ 79,89 ≈ 139,988; 19.171,80 ÷ 79,89 ≈ 239,977
    ("duurzaam", "licht", "90"), ("duurzaam", "midden", "140"), ("duurzaam", "zwaar", "240"),
])
@pytest.mark.parametrize("aanbieder", ["micro", "regulier"])
def test_gemiddelde_is_afgeleid_en_heel(handboek, zorgvorm, traject, uren, aanbieder):
    uitkomst = reken(handboek, zorgvorm=zorgvorm, situatie="meerwerk", traject=traject, uren="1",
                     voorwaarde=["1", "2", "3", "4"], aanbieder=aanbieder)
    stap = uitkomst.stappen[2]
    assert re.search(rf": {uren} uur\. Dit getal is AFGELEID, niet gedrukt", stap), stap
    assert not any("onzeker" in m for m in uitkomst.meldingen)


def test_precieze_deling_perspectief_1_regulier(handboek):
    """3.4.2 Bekostiging: 5.747,28 ÷ 87,08 = 66 precies; 4.895,76 ÷ 74,18 is het net niet (≈ 65,998)."""
    stap = reken(handboek, zorgvorm="perspectief-1", situatie="maatwerk", uren="1").stappen[2]
    assert "5.747,28 ÷ 87,08 = 66 (reguliere aanbieder)" in stap
    assert "4.895,76 ÷ 74,18 ≈ 65,998 (micro-aanbieder)" in stap
    assert "afgerond 66 uur" in stap
    assert "(1.1.7.3; 3.4.2 Bekostiging)" in stap


def test_ggz_gemiddelde_is_onzeker_en_het_quotient_staat_erbij(handboek):
    """3.4.5 Bekostiging: 5.333,64 ÷ 116,94 ≈ 45,610 en 4.543,44 ÷ 99,61 ≈ 45,612: geen hele uren."""
    uitkomst = reken(handboek, zorgvorm="ggz", situatie="maatwerk", uren="100")
    stap = uitkomst.stappen[2]
    assert "Gemiddeld aantal uren van 54L03 GGZ zwaar: ONZEKER." in stap
    assert "5.333,64 ÷ 116,94 ≈ 45,610 (reguliere aanbieder)" in stap
    assert "4.543,44 ÷ 99,61 ≈ 45,612 (micro-aanbieder)" in stap
    assert "De rekenhulp rekent met 45,61 uur" in stap
    assert any(m.startswith("Bij GGZ is het gemiddeld aantal uren onzeker") for m in uitkomst.meldingen)
    # 1,5 × 45,61 = 68,415 en 2,5 × 45,61 = 114,025, naar boven afgerond op honderdsten
    assert "1,5 × 45,61 = 68,42 uur" in uitkomst.stappen[3]
    assert "2,5 × 45,61 = 114,03 uur" in uitkomst.stappen[3]


def test_marge_komt_uit_de_gegevens(bundel):
    """With no margin at all, only the exact division (Perspectief 1 regulier) still gives whole hours."""
    gewijzigd = kopie(bundel)
    gewijzigd["maatwerk"]["gemiddelde_uren"]["marge_uren"] = 0
    uitkomst = reken(Handboek(gewijzigd), zorgvorm="perspectief-1", situatie="maatwerk", uren="1", aanbieder="micro")
    assert "ONZEKER" in uitkomst.stappen[2]
    assert "De rekenhulp rekent met 66 uur (het quotiënt voor een micro-aanbieder)" in uitkomst.stappen[2]


# --- maatwerk: against the heaviest traject ---------------------------------------------------------------------

def test_maatwerk_tussen_de_twee_drempels(handboek):
    """P1 zwaar gemiddeld 66 uur: 1,5 × = 99, 2,5 × = 165. 120 uur valt ertussen. 120 × € 87,08 = € 10.449,60."""
    uitkomst = reken(handboek, zorgvorm="perspectief-1", situatie="maatwerk", uren="120")
    assert uitkomst.kop == "Maatwerk Ambulante hulp Perspectief 1, 120 uur, reguliere aanbieder"
    assert uitkomst.antwoord == ("Maatwerk hangt af van de lezing van “150%”: wel bij 1,5 ×, niet bij 2,5 × het "
                                 "gemiddelde; 120 uur kost € 10.449,60")
    assert "zwaarste traject, 45L13 Perspectief 1 zwaar" in uitkomst.stappen[0]
    assert "(1.1.7.3 Maatwerk)" in uitkomst.stappen[0]
    assert uitkomst.stappen[1].startswith("Bij Ambulante hulp Perspectief 1 telt u de directe cliëntcontacttijd")
    assert uitkomst.stappen[3] == (
        "De drempel “150% boven het gemiddelde” is op twee manieren te lezen: volgens de standaardlezing van deze "
        "site 2,5 × 66 = 165 uur; volgens de andere lezing 1,5 × 66 = 99 uur. Precies op de drempel telt mee "
        "(“vanaf”) (1.1.7.3)."
    )
    assert uitkomst.stappen[4] == ("U vraagt 120 uur. Ruim onvoldoende: niet bij 2,5 × (minder dan 165 uur); wel "
                                   "bij 1,5 × (minstens 99 uur).")
    assert uitkomst.stappen[5] == ("Kosten: 120 uur × € 87,08 (45L14 Perspectief 1 maatwerk, reguliere aanbieder, "
                                   "prijspeil 2023) = € 10.449,60 (3.4.2 Bekostiging).")
    assert "het zwaarste traject 45L13 kost € 5.747,28" in uitkomst.stappen[6]
    assert any("verschillende uitkomst" in m for m in uitkomst.meldingen)
    assert uitkomst.bronnen == ["1.1.7.3", "3.4.2 Bekostiging"]


@pytest.mark.parametrize(("uren", "begin"), [
    ("165", "Maatwerk kan aan de orde zijn (in beide lezingen); 165 uur kost € 14.368,20"),  # vanaf: 165 telt mee
    ("164,99", "Maatwerk hangt af van de lezing"),
    ("99", "Maatwerk hangt af van de lezing"),
    ("98,99", "Maatwerk is niet aan de orde: de uren blijven onder beide drempels"),
])
def test_maatwerk_drempels_tellen_vanaf(handboek, uren, begin):
    assert reken(handboek, zorgvorm="perspectief-1", situatie="maatwerk", uren=uren).antwoord.startswith(begin)


def test_maatwerk_onder_beide_drempels_verwijst_naar_een_traject(handboek):
    uitkomst = reken(handboek, zorgvorm="perspectief-1", situatie="maatwerk", uren="20", aanbieder="micro")
    assert uitkomst.antwoord == "Maatwerk is niet aan de orde: de uren blijven onder beide drempels"
    assert uitkomst.stappen[-1].startswith("De zwaarste trajecten zijn in geen van beide lezingen ruim onvoldoende")
    assert not any("verschillende uitkomst" in m for m in uitkomst.meldingen)


def test_maatwerk_negeert_traject_en_voorwaarden(handboek):
    """Maatwerk wordt altijd afgezet tegen het zwaarste traject (1.1.7.3 Maatwerk)."""
    met = reken(handboek, zorgvorm="duurzaam", situatie="maatwerk", traject="licht", voorwaarde="9", uren="700")
    zonder = reken(handboek, zorgvorm="duurzaam", situatie="maatwerk", uren="700")
    assert met == zonder
    assert "45L03 Duurzaam zwaar" in met.stappen[0]
    # 3.4.4: 19.171,80 ÷ 79,89 ≈ 240; 2,5 × 240 = 600; 700 × € 79,89 = € 55.923,00
    assert met.antwoord == "Maatwerk kan aan de orde zijn (in beide lezingen); 700 uur kost € 55.923,00"


def test_perspectief_2_zwaarste_traject_is_zwaar(handboek):
    uitkomst = reken(handboek, zorgvorm="perspectief-2", situatie="maatwerk", uren="80", aanbieder="micro")
    assert "45L23 Perspectief 2 zwaar" in uitkomst.stappen[0]
    assert "2,5 × 40 = 100 uur" in uitkomst.stappen[3] and "1,5 × 40 = 60 uur" in uitkomst.stappen[3]
    assert "80 uur × € 111,35" in uitkomst.stappen[5]  # 3.4.3: 45L24 micro € 111,35 per uur


def test_ggz_telt_directe_en_indirecte_tijd(handboek):
    stap = reken(handboek, zorgvorm="ggz", situatie="maatwerk", uren="10").stappen[1]
    assert stap.startswith("Bij GGZ telt u de directe cliëntcontacttijd én de indirecte cliëntgebonden tijd")


# --- meerwerk: against the indicated traject, five conditions ----------------------------------------------------

ALLE = ["1", "2", "3", "4"]


def test_meerwerk_mogelijk_in_beide_lezingen(handboek):
    """P1 midden gemiddeld 30 uur: totaal 30 + 50 = 80 ≥ 75 (2,5 ×) en ≥ 45 (1,5 ×).
    3.4.2: 45L15 regulier € 87,08; 50 × € 87,08 = € 4.354,00."""
    uitkomst = reken(handboek, zorgvorm="perspectief-1", situatie="meerwerk", traject="midden", uren="50",
                     voorwaarde=ALLE)
    assert uitkomst.kop == ("Meerwerk Ambulante hulp Perspectief 1 bij traject midden (45L12), 50 uur, reguliere "
                            "aanbieder")
    assert uitkomst.antwoord == "Meerwerk is mogelijk (in beide lezingen); 50 uur kost € 4.354,00"
    assert "naast het eerder geïndiceerde traject 45L12 Perspectief 1 midden" in uitkomst.stappen[0]
    assert "2,5 × 30 = 75 uur in totaal, dus minstens 45 uur meerwerk" in uitkomst.stappen[3]
    assert "1,5 × 30 = 45 uur in totaal, dus minstens 15 uur meerwerk" in uitkomst.stappen[3]
    assert uitkomst.stappen[4].startswith("Totaal: 30 uur gemiddeld in het traject + 50 uur meerwerk = 80 uur.")
    assert uitkomst.stappen[5].startswith("Voorwaarden 1, 2, 3 en 4 voor meerwerk: alle aangevinkt")
    assert "45L15 Perspectief 1 meerwerk" in uitkomst.stappen[6]
    # 3.4.2: traject 45L12 € 2.612,40 + meerwerk € 4.354,00 = € 6.966,40
    assert "traject en meerwerk samen € 6.966,40" in uitkomst.stappen[7]
    assert any("niet de bedoeling om van intensiteit te wisselen" in m for m in uitkomst.meldingen)
    assert any("(1.1.5.2 Overbruggingshulp)" in m for m in uitkomst.meldingen)
    assert uitkomst.bronnen == ["1.1.5.2", "1.1.7.3", "3.4.2 Bekostiging"]


def test_meerwerk_voorwaarde_niet_vervuld_zegt_welke(handboek):
    uitkomst = reken(handboek, zorgvorm="perspectief-1", situatie="meerwerk", traject="midden", uren="50",
                     voorwaarde=["1", "3"])
    assert uitkomst.antwoord == "Meerwerk is niet mogelijk: voorwaarden 2 en 4 zijn niet vervuld"
    stap = next(s for s in uitkomst.stappen if s.startswith("Voorwaarden voor meerwerk: niet aangevinkt"))
    assert "2. “De aanbieder is meteen na toewijzing zorg (JW301)" in stap
    assert "4. “De hulpvraag is veranderd óf bewezen" in stap


def test_meerwerk_een_voorwaarde(handboek):
    uitkomst = reken(handboek, zorgvorm="duurzaam", situatie="meerwerk", traject="licht", uren="200",
                     voorwaarde=["1", "2", "4"])
    assert uitkomst.antwoord == "Meerwerk is niet mogelijk: voorwaarde 3 is niet vervuld"


def test_meerwerk_zonder_vinkjes_en_te_weinig_uren(handboek):
    uitkomst = reken(handboek, zorgvorm="perspectief-1", situatie="meerwerk", traject="licht", uren="1")
    assert uitkomst.antwoord == ("Meerwerk is niet mogelijk: voorwaarden 1, 2, 3, 4 en 5 zijn niet vervuld (het "
                                 "traject is in geen van beide lezingen ruim onvoldoende)")


def test_meerwerk_te_weinig_uren_is_voorwaarde_5(handboek):
    """P1 licht gemiddeld 15 uur: 1,5 × = 22,5 uur totaal, dus minstens 7,5 uur meerwerk."""
    assert reken(handboek, zorgvorm="perspectief-1", situatie="meerwerk", traject="licht", uren="7,49",
                 voorwaarde=ALLE).antwoord.startswith("Meerwerk is niet mogelijk: voorwaarde 5 is niet vervuld")
    assert reken(handboek, zorgvorm="perspectief-1", situatie="meerwerk", traject="licht", uren="7,5",
                 voorwaarde=ALLE).antwoord.startswith("Meerwerk hangt af van de lezing")
    assert reken(handboek, zorgvorm="perspectief-1", situatie="meerwerk", traject="licht", uren="22,5",
                 voorwaarde=ALLE).antwoord.startswith("Meerwerk is mogelijk (in beide lezingen)")


def test_meerwerk_kosten_afgerond_op_centen(handboek):
    """3.4.4: 45L05 micro € 68,05; 400,5 × 68,05 = 27.254,025 → € 27.254,03."""
    uitkomst = reken(handboek, zorgvorm="duurzaam", situatie="meerwerk", traject="zwaar", uren="400,5",
                     voorwaarde=ALLE, aanbieder="micro")
    assert uitkomst.antwoord == "Meerwerk is mogelijk (in beide lezingen); 400,5 uur kost € 27.254,03"


def test_meerwerk_ggz(handboek):
    """3.4.5: 54L02 regulier € 2.653,20 ÷ € 116,94 ≈ 22,69 uur (onzeker)."""
    uitkomst = reken(handboek, zorgvorm="ggz", situatie="meerwerk", traject="midden", uren="30", voorwaarde=ALLE)
    assert "54L02 GGZ midden: ONZEKER" in uitkomst.stappen[2]
    assert uitkomst.stappen[4].startswith("Totaal: 22,69 uur gemiddeld in het traject + 30 uur meerwerk = 52,69 uur.")
    assert "54L05 GGZ meerwerk" in uitkomst.stappen[6] and "€ 116,94" in uitkomst.stappen[6]


def test_standaardlezing_komt_uit_de_gegevens(bundel):
    gewijzigd = kopie(bundel)
    drempel = gewijzigd["maatwerk"]["drempel"]
    drempel["standaard"] = next(l["id"] for l in drempel["lezingen"] if l["factor"] == 1.5)
    uitkomst = reken(Handboek(gewijzigd), zorgvorm="perspectief-1", situatie="maatwerk", uren="120")
    assert "volgens de standaardlezing van deze site 1,5 × 66 = 99 uur; volgens de andere lezing 2,5 × 66" in \
        uitkomst.stappen[3]


# --- warnings and reminders -------------------------------------------------------------------------------------

def test_meer_dan_tien_keer_het_gemiddelde_geeft_een_waarschuwing(handboek):
    """P1 zwaar gemiddeld 66 uur; 10 × = 660."""
    te_veel = reken(handboek, zorgvorm="perspectief-1", situatie="maatwerk", uren="660,01")
    assert any(m.startswith("U vraagt 660,01 uur: meer dan 10 keer het gemiddelde van 45L13 (66 uur)")
               for m in te_veel.meldingen)
    net = reken(handboek, zorgvorm="perspectief-1", situatie="maatwerk", uren="660")
    assert not any("meer dan 10 keer" in m for m in net.meldingen)


def test_herinneringen_toegang_en_geen_rechten(handboek):
    meldingen = reken(handboek, zorgvorm="perspectief-2", situatie="maatwerk", uren="10").meldingen
    assert any("Dit kan alleen worden ingezet door de gemeentelijke toegang" in m for m in meldingen)
    assert any("Aan deze uren kunnen verder geen rechten worden ontleend!" in m for m in meldingen)


# --- input that cannot be used ----------------------------------------------------------------------------------

GOED = {"zorgvorm": "perspectief-1", "situatie": "maatwerk", "uren": "120", "aanbieder": "regulier"}


@pytest.mark.parametrize(("wijziging", "fouten"), [
    ({"zorgvorm": ""}, {"zorgvorm": "Kies de zorgvorm: Perspectief 1, Perspectief 2, Duurzaam of GGZ."}),
    ({"situatie": "plek"},
     {"situatie": "Kies maatwerk (vooraf, in plaats van een traject) of meerwerk (tijdens een traject)."}),
    ({"aanbieder": "groot"}, {"aanbieder": "Kies of de aanbieder een micro-aanbieder of een reguliere aanbieder is."}),
    ({"uren": ""}, {"uren": "Vul het aantal uren in, bijvoorbeeld 120 of 12,5."}),
    ({"uren": "-5"}, {"uren": "Het aantal uren kan niet negatief zijn. Vul een aantal uren in tussen 0 en 10.000."}),
    ({"uren": "veel"}, {"uren": "Vul het aantal uren in als getal tussen 0 en 10.000, bijvoorbeeld 120 of 12,5 "
                                "(hoogstens twee cijfers achter de komma, geen punt voor duizendtallen)."}),
    ({"uren": "NaN"}, {"uren": "Vul het aantal uren in als getal tussen 0 en 10.000, bijvoorbeeld 120 of 12,5 "
                               "(hoogstens twee cijfers achter de komma, geen punt voor duizendtallen)."}),
    ({"uren": "1.500"}, {"uren": "Vul het aantal uren in als getal tussen 0 en 10.000, bijvoorbeeld 120 of 12,5 "
                                 "(hoogstens twee cijfers achter de komma, geen punt voor duizendtallen)."}),
    ({"uren": "0"}, {"uren": "Vul een aantal uren in groter dan 0 en hoogstens 10.000."}),
    ({"uren": "10000,01"}, {"uren": "Vul een aantal uren in groter dan 0 en hoogstens 10.000."}),
    ({"situatie": "meerwerk"},
     {"traject": "Kies bij meerwerk het traject dat is geïndiceerd: licht, midden of zwaar."}),
    ({"situatie": "meerwerk", "traject": "extra"},
     {"traject": "Kies bij meerwerk het traject dat is geïndiceerd: licht, midden of zwaar."}),
    ({"situatie": "meerwerk", "traject": "licht", "voorwaarde": ["1", "x"]},
     {"voorwaarde": "Vink alleen de voorwaarden uit de lijst aan."}),
])
def test_onbruikbare_invoer(wijziging, fouten):
    with pytest.raises(InvoerFout) as fout:
        lees_invoer({**GOED, **wijziging})
    assert fout.value.fouten == fouten


def test_lege_invoer_noemt_elk_veld():
    with pytest.raises(InvoerFout) as fout:
        lees_invoer({})
    assert set(fout.value.fouten) == {"zorgvorm", "situatie", "uren", "aanbieder"}


def test_uren_met_komma_punt_en_spaties(handboek):
    assert lees_invoer({**GOED, "uren": " 12,5 "}).uren == Decimal("12.5")
    assert lees_invoer({**GOED, "uren": "12.5"}).uren == Decimal("12.5")
    assert lees_invoer({**GOED, "uren": ["30", "40"]}).uren == Decimal(30)  # a repeated name: the first counts
    assert lees_invoer({**GOED, "zorgvorm": " GGZ ", "situatie": "Meerwerk", "traject": "Zwaar",
                        "aanbieder": "Micro"}) == Invoer("ggz", "meerwerk", Decimal(120), "micro", "zwaar", ())


def test_perspectief_2_heeft_geen_licht_traject(handboek):
    """3.4.3 Bekostiging: Perspectief 2 kent alleen midden (45L22) en zwaar (45L23)."""
    with pytest.raises(InvoerFout) as fout:
        reken(handboek, zorgvorm="perspectief-2", situatie="meerwerk", traject="licht", uren="10")
    assert fout.value.fouten == {"traject": "Ambulante hulp Perspectief 2 kent geen traject licht. Kies midden of "
                                            "zwaar."}


@pytest.mark.parametrize("zorgvorm", ["vaktherapie", "bestaat-niet"])
def test_zorgvorm_zonder_maatwerk(handboek, zorgvorm):
    """1.1.7.3: alleen Perspectief 1, Perspectief 2, Duurzaam en GGZ (vaktherapie is een traject zonder uurproduct)."""
    with pytest.raises(InvoerFout) as fout:
        reken(handboek, zorgvorm=zorgvorm, situatie="maatwerk", uren="10")
    assert fout.value.fouten["zorgvorm"].startswith("Maatwerk en meerwerk bestaan alleen bij Ambulante hulp "
                                                     "Perspectief 1, Ambulante hulp Perspectief 2, Ambulante hulp "
                                                     "Duurzaam en GGZ (1.1.7.3).")


def test_onbekende_voorwaarde(handboek):
    with pytest.raises(InvoerFout) as fout:
        reken(handboek, zorgvorm="ggz", situatie="meerwerk", traject="licht", uren="10", voorwaarde=["1", "5"])
    assert fout.value.fouten == {"voorwaarde": "Voorwaarde 5 staat niet in de lijst. Vink alleen de voorwaarden uit "
                                               "de lijst aan."}


def test_ontbrekend_tarief_wordt_gemeld(bundel):
    gewijzigd = kopie(bundel)
    zorgvorm = next(z for b in gewijzigd["producten"] for z in b["zorgvormen"] if z["id"] == "perspectief-1")
    uurproduct = next(p for p in zorgvorm["producten"] if p["code"] == "45L14")
    uurproduct["tarieven"] = [{"prijspeil": 2023, "regulier": 87.08, "bron": "3.4.2 Bekostiging"}]
    with pytest.raises(InvoerFout) as fout:
        reken(Handboek(gewijzigd), zorgvorm="perspectief-1", situatie="maatwerk", uren="10", aanbieder="micro")
    assert fout.value.fouten == {"aanbieder": "Het handboek noemt voor 45L14 of 45L13 geen tarief voor een "
                                              "micro-aanbieder."}


# --- the page, the example and the browser entry ----------------------------------------------------------------

def test_voorbeeld_laat_beide_lezingen_zien(handboek):
    uitkomst = bereken(handboek, VOORBEELD)
    assert uitkomst.antwoord.startswith("Maatwerk hangt af van de lezing van “150%”")


def test_tabel_op_de_pagina_klopt_met_de_rekenhulp(handboek):
    """The page shows the derived averages and both thresholds per traject; they must match the calculator."""
    pagina = (ROOT / "docs" / "rekenhulpen" / "maatwerk.md").read_text(encoding="utf-8")
    rijen = re.findall(r"^\| (Perspectief 1|Perspectief 2|Duurzaam|GGZ) \| (\w+) \((\w+)\) \| ([\d,]+)[^|]*\| "
                       r"([\d,]+) \| ([\d,]+) \|$", pagina, flags=re.M)
    assert len(rijen) == 11
    ids = {"Perspectief 1": "perspectief-1", "Perspectief 2": "perspectief-2", "Duurzaam": "duurzaam", "GGZ": "ggz"}
    for naam, traject, code, gemiddeld, anderhalf, tweeenhalf in rijen:
        uitkomst = reken(handboek, zorgvorm=ids[naam], situatie="meerwerk", traject=traject, uren="1",
                         voorwaarde=ALLE)
        assert f"{code} " in uitkomst.stappen[2]
        assert f"1,5 × {gemiddeld} = {anderhalf} uur" in uitkomst.stappen[3], (naam, traject)
        assert f"2,5 × {gemiddeld} = {tweeenhalf} uur" in uitkomst.stappen[3], (naam, traject)
        assert ("ONZEKER" in uitkomst.stappen[2]) == (naam == "GGZ")


def test_browser_ingang_geeft_json(bundel):
    browser.laad(json.dumps(bundel))
    goed = json.loads(browser.reken("maatwerk", json.dumps({**GOED, "uren": "200"})))
    assert goed["ok"] is True
    assert goed["uitkomst"]["antwoord"] == ("Maatwerk kan aan de orde zijn (in beide lezingen); 200 uur kost "
                                           "€ 17.416,00")
    fout = json.loads(browser.reken("maatwerk", json.dumps({**GOED, "uren": "-1"})))
    assert fout == {"ok": False, "fouten": {"uren": "Het aantal uren kan niet negatief zijn. Vul een aantal uren in "
                                                    "tussen 0 en 10.000."}}
