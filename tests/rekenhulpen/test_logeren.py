"""Logeren calculator (handbook 3.2.5). Runs in CPython and, unchanged, inside Pyodide (tests/pyodide/run_pytest.mjs).

Expected amounts are worked out by hand from the Bekostiging table of 3.2.5 (prijspeil 2023):
44A90 etmaal licht/midden micro €208,26 / regulier €232,53; 44A91 dagdeel licht/midden €48,70 / €55,65;
44A92 etmaal zwaar €291,97 / €330,79; 44A93 dagdeel zwaar €72,70 / €83,84.
"""
import json
from decimal import Decimal

import pytest

from tools import browser
from tools.rekenhulpen import InvoerFout
from tools.rekenhulpen.logeren import VOORBEELD, bereken, etmalen_en_dagdelen, lees_invoer


def reken(handboek, verblijven, zwaarte="licht-midden", aanbieder="regulier", begin=""):
    return bereken(handboek, lees_invoer({
        "zwaarte": zwaarte, "aanbieder": aanbieder, "verblijven": verblijven, "begin": begin,
    }))


def fout(velden, handboek=None):
    with pytest.raises(InvoerFout) as uitzondering:
        invoer = lees_invoer(velden)
        bereken(handboek, invoer)
    return uitzondering.value.fouten


def velden(verblijven, **extra):
    return {"zwaarte": "licht-midden", "aanbieder": "regulier", "verblijven": verblijven, **extra}


# --- 3.2.5 Etmaal en dagdeel ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("uren", "etmalen", "dagdelen"), [
    # "t/m 26 uur: logeren etmaal; t/m 30 uur: logeren etmaal + logeren dagdeel; t/m 34 uur: etmaal + 2 dagdelen"
    ("24", 1, 0), ("26", 1, 0), ("26.5", 1, 1), ("30", 1, 1), ("30.01", 1, 2), ("34", 1, 2),
    # "logeren tot en met 26 uur valt onder één etmaal": shorter stays too; a dagdeel only on top of an etmaal
    ("10", 1, 0), ("0.5", 1, 0),
])
def test_afspraak_uit_het_handboek(bundel, uren, etmalen, dagdelen):
    e, d, _, extra = etmalen_en_dagdelen(Decimal(uren), bundel["logeren"])
    assert (e, d, extra) == (etmalen, dagdelen, 0)


@pytest.mark.parametrize(("uren", "etmalen", "dagdelen"), [
    # reading (logeren.yaml langer_verblijf): the same afspraak per following 24 hours
    ("34.5", 2, 0), ("46", 2, 0), ("50", 2, 0), ("51", 2, 1), ("54", 2, 1), ("55", 2, 2), ("58", 2, 2),
    ("59", 3, 0), ("74", 3, 0), ("75", 3, 1), ("82", 3, 2),
])
def test_langer_verblijf_herhaalt_de_afspraak_per_etmaal(bundel, uren, etmalen, dagdelen):
    e, d, _, extra = etmalen_en_dagdelen(Decimal(uren), bundel["logeren"])
    assert (e, d) == (etmalen, dagdelen)
    assert extra == etmalen - 1


def test_afspraak_in_de_gegevens_volgt_etmaal_en_dagdeel(bundel):
    """3.2.5: an etmaal is 24 hours, a dagdeel lengthens an etmaal by 4 hours; 26, 30, 34 hours in the afspraak."""
    regels = bundel["logeren"]
    assert regels["etmaal"]["uren"] == 24 and regels["dagdeel"]["uren"] == 4
    assert [(s["tot_en_met_uren"], s["etmalen"], s["dagdelen"]) for s in regels["afspraak"]["stappen"]] == [
        (26, 1, 0), (30, 1, 1), (34, 1, 2)]
    assert {(z["id"], z["etmaal"], z["dagdeel"]) for z in regels["zwaarten"]} == {
        ("licht-midden", "44A90", "44A91"), ("zwaar", "44A92", "44A93")}


# --- amounts (3.2.5 Bekostiging, 2.4) --------------------------------------------------------------------------------

def test_voorbeeld(handboek):
    """46 h = 2 etmalen, 28 h = etmaal + dagdeel, 34 h = etmaal + 2 dagdelen: 4 × 232,53 + 3 × 55,65."""
    uitkomst = bereken(handboek, VOORBEELD)
    assert uitkomst.antwoord == "€ 1.097,07"
    assert uitkomst.kop == "Logeren licht/midden bij een reguliere aanbieder: 3 verblijven, 4 etmalen + 3 dagdelen"
    assert "4 etmalen × € 232,53 = € 930,12; 3 dagdelen × € 55,65 = € 166,95. Samen € 1.097,07." in " ".join(
        uitkomst.stappen)
    assert "Ter vergelijking: bij een micro-aanbieder is het € 979,14" in " ".join(uitkomst.stappen)  # 4×208,26+3×48,70
    assert uitkomst.bronnen == ["2.4", "2.8", "2.9", "3.2.5", "3.2.5 Bekostiging"]


@pytest.mark.parametrize(("zwaarte", "aanbieder", "verblijven", "bedrag"), [
    ("licht-midden", "regulier", "30 uur", "€ 288,18"),  # 232,53 + 55,65
    ("licht-midden", "micro", "30 uur", "€ 256,96"),  # 208,26 + 48,70
    ("zwaar", "micro", "34 uur", "€ 437,37"),  # 291,97 + 2 × 72,70
    ("zwaar", "regulier", "26 uur", "€ 330,79"),
    ("zwaar", "regulier", "26 uur\n27 uur", "€ 745,42"),  # 2 × 330,79 + 83,84
])
def test_bedragen(handboek, zwaarte, aanbieder, verblijven, bedrag):
    assert reken(handboek, verblijven, zwaarte, aanbieder).antwoord == bedrag


def test_etmaal_en_dagdeel_in_dezelfde_zwaarte(handboek):
    """2.9: 'Logeren etmaal en dagdeel mogen alleen in dezelfde zwaarte gecombineerd worden.'"""
    stap = reken(handboek, "30 uur", "zwaar").stappen[0]
    assert stap == ("Logeren zwaar: etmaal 44A92, dagdeel 44A93. Etmaal en dagdeel mogen alleen in dezelfde zwaarte "
                    "gecombineerd worden (2.9 Stapelingsmatrix, NB bij Logeren).")


def test_uitleg_per_verblijf(handboek):
    stappen = reken(handboek, "1-3-2024 18:00 tot 3-3-2024 16:00\n30 uur").stappen
    assert ("Verblijf 1 (regel 1), vr 1-3-2024 18:00 tot zo 3-3-2024 16:00: 46 uur → 2 etmalen (eerst 1 × 24 uur = "
            "1 etmaal; de overige 22 uur: 't/m 26 uur: logeren etmaal'; 3.2.5 Etmaal en dagdeel).") in stappen
    assert ("Verblijf 2 (regel 2), zonder datum: 30 uur → 1 etmaal + 1 dagdeel ('t/m 30 uur: logeren etmaal + "
            "logeren dagdeel'; 3.2.5 Etmaal en dagdeel).") in stappen
    assert any(s.startswith("Langer dan 34 uur noemt het handboek niet.") for s in stappen)


def test_geen_lezing_voor_lange_verblijven_als_die_er_niet_zijn(handboek):
    assert not any(s.startswith("Langer dan 34 uur") for s in reken(handboek, "34 uur").stappen)


# --- reading the lines ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("regel", [
    "2024-03-01 18:00 - 2024-03-02 20:00",
    "1-3-2024 18:00 - 2-3-2024 20:00",
    "01-03-2024 18.00 uur tot 02-03-2024 20.00 uur",
    "1/3/2024, 18:00 – 2/3/2024, 20:00",
    "van 1-3-2024 om 18:00 t/m 2-3-2024 om 20:00",
    "2024-03-01T18:00 — 2024-03-02T20:00",
    "26 uur", "26", "26u", "26,0 uur", " 26 UUR ",
])
def test_schrijfwijzen_van_26_uur(handboek, regel):
    uitkomst = reken(handboek, regel)
    assert uitkomst.antwoord == "€ 232,53"
    assert uitkomst.kop.endswith("1 verblijf, 1 etmaal")


def test_lege_regels_tellen_niet_mee_maar_regelnummers_blijven(handboek):
    stappen = reken(handboek, "\n26 uur\n\n30 uur\n").stappen
    assert any(s.startswith("Verblijf 2 (regel 4), zonder datum: 30 uur") for s in stappen)


def test_uren_met_breuk(handboek):
    stappen = " ".join(reken(handboek, "30,5 uur\n30,001 uur").stappen)
    assert "30 uur en 30 minuten → 1 etmaal + 2 dagdelen" in stappen
    assert "30,001 uur → 1 etmaal + 2 dagdelen" in stappen


def test_veld_als_lijst(handboek):
    invoer = lees_invoer({"zwaarte": ["zwaar"], "aanbieder": ["micro"], "verblijven": ["26 uur"], "begin": []})
    assert bereken(handboek, invoer).antwoord == "€ 291,97"


# --- summer and winter time (logeren.yaml tijd: werkelijke-uren) --------------------------------------------------

def test_zomertijd_maakt_het_verblijf_een_uur_korter(handboek):
    """Clock 27 hours over the night of 31 March 2024 (02:00 → 03:00): really 26 hours, so one etmaal."""
    uitkomst = reken(handboek, "2024-03-30 10:00 - 2024-03-31 13:00")
    assert uitkomst.antwoord == "€ 232,53"
    assert "26 uur, de zomertijd ging in (1 uur korter dan de klok zegt) → 1 etmaal" in " ".join(uitkomst.stappen)


def test_wintertijd_maakt_het_verblijf_een_uur_langer(handboek):
    """Clock 26 hours over the night of 27 October 2024 (03:00 → 02:00): really 27 hours, so etmaal + dagdeel."""
    uitkomst = reken(handboek, "2024-10-26 10:00 - 2024-10-27 12:00")
    assert uitkomst.antwoord == "€ 288,18"
    assert "27 uur, de wintertijd ging in (1 uur langer dan de klok zegt)" in " ".join(uitkomst.stappen)


def test_klokuren_als_de_gegevens_dat_zeggen(bundel):
    from tools.model import Handboek

    gewijzigd = json.loads(json.dumps(bundel))
    gewijzigd["logeren"]["tijd"]["rekenwijze"] = "klokuren"
    uitkomst = bereken(Handboek(gewijzigd), lees_invoer(velden("2024-03-30 10:00 - 2024-03-31 13:00")))
    assert uitkomst.antwoord == "€ 288,18"  # 27 clock hours: etmaal + dagdeel


def test_tijd_die_door_de_zomertijd_niet_bestaat(handboek):
    assert fout(velden("2024-03-31 02:30 - 2024-03-31 03:00"), handboek) == {"verblijven": (
        "Regel 1 ('2024-03-31 02:30 - 2024-03-31 03:00'): het einde ligt niet na het begin (in de nacht dat de "
        "zomertijd ingaat, bestaat 2:00–3:00 niet). Controleer de tijden.")}


# --- maxima per 8 months (3.2.5 Afbakening met deeltijd verblijf) --------------------------------------------------

def weekenden(n, jaar=2024):
    """n stays Friday 18:00 – Sunday 16:00 (46 hours = 2 etmalen), a week apart from 5 January."""
    regels = []
    for i in range(n):
        from datetime import date, timedelta
        vrijdag = date(jaar, 1, 5) + timedelta(weeks=i)
        zondag = vrijdag + timedelta(days=2)
        regels.append(f"{vrijdag.isoformat()} 18:00 - {zondag.isoformat()} 16:00")
    return "\n".join(regels)


def test_zestien_etmalen_passen(handboek):
    """'maximaal 16 etmalen in 8 maanden': 8 weekends of 2 etmalen."""
    uitkomst = reken(handboek, weekenden(8))
    assert uitkomst.kop.endswith("8 verblijven, 16 etmalen")
    stap = next(s for s in uitkomst.stappen if s.startswith("Periode 1"))
    assert stap.startswith("Periode 1 (5-1-2024 t/m 4-9-2024, de eerste periode): 8 verblijven, 16 etmalen; dat "
                           "past binnen 'maximaal 16 etmalen in 8 maanden'.")
    assert not any("meer dan het handboek" in m for m in uitkomst.meldingen)


def test_zeventien_etmalen_passen_niet(handboek):
    uitkomst = reken(handboek, weekenden(8) + "\n26 uur")
    assert any(s.startswith("Periode 1") and "dat past niet binnen de maxima" in s for s in uitkomst.stappen)
    assert uitkomst.meldingen[0].startswith("Periode 1 (5-1-2024 t/m 4-9-2024, de eerste periode): 17 etmalen is meer "
                                            "dan het handboek in 8 maanden toestaat")
    assert "Casusafhankelijk kan er in afstemming met de toegang" in uitkomst.meldingen[0]  # the NB of 3.2.5


def test_twaalf_etmalen_elk_met_twee_dagdelen_hangt_af_van_de_lezing(handboek):
    """'maximaal 12 etmalen altijd aangevuld met 2 dagdelen': 12 stays of 34 hours = 12 etmalen + 24 dagdelen.

    Our reading (each etmaal with 2 dagdelen) fits; the other reading (2 dagdelen in total) does not.
    """
    uitkomst = reken(handboek, "\n".join(["34 uur"] * 12))
    stap = next(s for s in uitkomst.stappen if s.startswith("Alle verblijven samen"))
    assert "12 etmalen + 24 dagdelen; dat past binnen 'maximaal 12 etmalen altijd aangevuld met 2 dagdelen'" in stap
    assert "(12 etmalen, samen aangevuld met 2 dagdelen: hoogstens 2 dagdelen) past het niet (3.2.5" in stap
    assert any(m.startswith("Alle verblijven samen: of dit past, hangt af van de lezing") for m in uitkomst.meldingen)


def test_twaalf_etmalen_met_twee_dagdelen_past_bij_beide_lezingen(handboek):
    uitkomst = reken(handboek, "\n".join(["26 uur"] * 11 + ["34 uur"]))
    stap = next(s for s in uitkomst.stappen if s.startswith("Alle verblijven samen"))
    assert "12 etmalen + 2 dagdelen; dat past binnen 'maximaal 12 etmalen altijd aangevuld met 2 dagdelen'" in stap
    assert "past het ook (3.2.5" in stap
    assert not any("hangt af van de lezing" in m for m in uitkomst.meldingen)


def test_dertien_etmalen_met_dagdelen_past_bij_geen_lezing(handboek):
    uitkomst = reken(handboek, "\n".join(["34 uur"] * 13))
    stap = next(s for s in uitkomst.stappen if s.startswith("Alle verblijven samen"))
    assert "dat past niet binnen de maxima" in stap and "past het ook niet (3.2.5" in stap
    assert uitkomst.meldingen[0].startswith("Alle verblijven samen: 13 etmalen + 26 dagdelen is meer dan")


def test_maxima_komen_uit_de_gegevens(bundel):
    """Were a variant to allow dagdelen, the step would say so (the numbers come from logeren.yaml)."""
    from tools.model import Handboek

    gewijzigd = json.loads(json.dumps(bundel))
    gewijzigd["logeren"]["maxima"]["varianten"][0]["max_dagdelen"] = 4
    uitkomst = bereken(Handboek(gewijzigd), lees_invoer(velden("\n".join(["30 uur"] * 14))))
    assert any("(gelezen als: 16 etmalen met hoogstens 4 dagdelen)" in s for s in uitkomst.stappen)


def test_zestien_etmalen_met_een_dagdeel_past_bij_geen_variant(handboek):
    """The first variant names no dagdelen; the second allows at most 12 etmalen."""
    uitkomst = reken(handboek, "\n".join(["46 uur"] * 7 + ["30 uur"]))
    assert any("15 etmalen + 1 dagdeel; dat past niet binnen de maxima" in s for s in uitkomst.stappen)


def test_verlenging_en_daarna(handboek):
    """3.2.5: 8 months, one extension of 8 months; after it logeren is extended only 'als hoge uitzondering'."""
    uitkomst = reken(handboek, "1-3-2024 18:00 - 3-3-2024 16:00\n1-11-2024 18:00 - 3-11-2024 16:00\n"
                               "4-7-2025 18:00 - 6-7-2025 16:00", begin="1-3-2024")
    stappen = " ".join(uitkomst.stappen)
    assert "De eerste periode begint hier op 1-3-2024 (de ingevulde begindatum van de indicatie)" in stappen
    assert "Periode 1 (1-3-2024 t/m 31-10-2024, de eerste periode): 1 verblijf, 2 etmalen" in stappen
    assert "Periode 2 (1-11-2024 t/m 30-6-2025, de eenmalige verlenging): 1 verblijf, 2 etmalen" in stappen
    assert "Periode 3 (1-7-2025 t/m 28-2-2026, na de eenmalige verlenging): 1 verblijf, 2 etmalen" in stappen
    na = [m for m in uitkomst.meldingen if "valt na de eenmalige verlenging" in m]
    assert len(na) == 1 and "als hoge uitzondering verlengd worden" in na[0]


def test_zonder_begindatum_begint_de_periode_bij_het_eerste_verblijf(handboek):
    uitkomst = reken(handboek, "30 uur\n2024-05-31 18:00 - 2024-06-02 16:00\n2024-04-05 18:00 - 2024-04-07 16:00")
    stappen = " ".join(uitkomst.stappen)
    assert "De eerste periode begint hier op 5-4-2024 (de dag van het eerste verblijf)" in stappen
    assert "verblijven zonder datum tellen in de eerste periode" in stappen
    assert "Periode 1 (5-4-2024 t/m 4-12-2024, de eerste periode): 3 verblijven, 5 etmalen + 1 dagdeel" in stappen


def test_zonder_datums_een_periode(handboek):
    stappen = reken(handboek, "30 uur").stappen
    assert any(s.startswith("Er staan geen datums bij de verblijven") for s in stappen)


def test_maand_zonder_die_dag(handboek):
    """A period from 31 August ends at 30 April (8 months later there is no 31 April)."""
    stappen = " ".join(reken(handboek, "31-8-2023 18:00 - 2-9-2023 16:00").stappen)
    assert "Periode 1 (31-8-2023 t/m 29-4-2024, de eerste periode)" in stappen


# --- reminders and warnings --------------------------------------------------------------------------------------

def test_altijd_de_herinnering_aan_ambulante_hulp(handboek):
    """3.2.5: 'bij de start van logeren altijd andere ambulante hulp ... op basis van een aparte indicatie'; 2.8."""
    melding = reken(handboek, "26 uur").meldingen[-1]
    assert melding.startswith("Logeren gaat altijd samen met andere ambulante hulp, op een aparte indicatie")
    assert "op basis van een aparte indicatie" in melding
    assert "2.8: “Respijtzorg, altijd samen met ambulante hulp inzetten.”" in melding


def test_korter_dan_een_etmaal(handboek):
    uitkomst = reken(handboek, "10 uur")
    assert uitkomst.antwoord == "€ 232,53"
    assert uitkomst.meldingen[0].startswith("Het verblijf op regel 1 duurt 10 uur, korter dan een etmaal (24 uur). "
                                            "Het telt als één etmaal: een dagdeel kan niet los worden ingezet")


def test_langer_dan_een_week(handboek):
    uitkomst = reken(handboek, "2024-07-01 10:00 - 2024-07-09 10:00")
    assert "Het verblijf op regel 1 duurt 192 uur, langer dan 7 dagen." in " ".join(uitkomst.meldingen)
    assert uitkomst.kop.endswith("8 etmalen")
    assert not any("langer dan 7 dagen" in m for m in reken(handboek, "168 uur").meldingen)


def test_overlappende_verblijven(handboek):
    uitkomst = reken(handboek, "2024-03-01 18:00 - 2024-03-03 16:00\n2024-03-08 18:00 - 2024-03-10 16:00\n"
                               "2024-03-03 12:00 - 2024-03-04 12:00")
    overlap = [m for m in uitkomst.meldingen if "overlappen" in m]
    assert overlap == ["De verblijven op regel 1 en regel 3 overlappen. Een jeugdige logeert niet twee keer "
                       "tegelijk; controleer de datums. Beide zijn meegeteld."]
    assert not any("overlappen" in m for m in reken(
        handboek, "2024-03-01 18:00 - 2024-03-03 16:00\n2024-03-03 16:00 - 2024-03-04 18:00").meldingen)


# --- impossible input -----------------------------------------------------------------------------------------------

VOORBEELDEN = ("'2024-03-01 18:00 - 2024-03-03 16:00', '1-3-2024 18:00 tot 3-3-2024 16:00' of '30 uur'")


@pytest.mark.parametrize(("invoer", "fouten"), [
    ({}, {"zwaarte": "Kies de zwaarte: licht/midden of zwaar.",
          "aanbieder": "Kies of de aanbieder een micro-aanbieder of een reguliere aanbieder is.",
          "verblijven": f"Vul minstens één verblijf in, één per regel, bijvoorbeeld {VOORBEELDEN}."}),
    (velden("26 uur\nmorgen"), {"verblijven": f"Regel 2 ('morgen') kan ik niet lezen. Schrijf één verblijf per regel, "
                                              f"bijvoorbeeld {VOORBEELDEN}."}),
    (velden("-5 uur"), {"verblijven": "Regel 1 ('-5 uur'): een negatief aantal uren kan niet. Vul de duur van het "
                                      "verblijf in, bijvoorbeeld 30 uur."}),
    (velden("0 uur"), {"verblijven": "Regel 1 ('0 uur'): een verblijf van 0 uur is geen verblijf. Vul de duur in, "
                                     "bijvoorbeeld 30 uur."}),
    (velden("2024-03-02 18:00 - 2024-03-01 20:00"), {"verblijven": (
        "Regel 1 ('2024-03-02 18:00 - 2024-03-01 20:00'): het einde ligt vóór het begin. Zet eerst het begin en dan "
        "het einde van het verblijf.")}),
    (velden("1-3-2024 18:00 - 1-3-2024 18:00"), {"verblijven": (
        "Regel 1 ('1-3-2024 18:00 - 1-3-2024 18:00'): begin en einde zijn gelijk. Vul het einde van het verblijf in.")}),
    (velden("30-2-2024 18:00 - 2-3-2024 18:00"), {"verblijven": (
        "Regel 1 ('30-2-2024 18:00 - 2-3-2024 18:00'): deze datum of tijd bestaat niet. Controleer dag, maand en tijd "
        "(bijvoorbeeld 18:00).")}),
    (velden("1-3-2024 25:00 - 2-3-2024 18:00"), {"verblijven": (
        "Regel 1 ('1-3-2024 25:00 - 2-3-2024 18:00'): deze datum of tijd bestaat niet. Controleer dag, maand en tijd "
        "(bijvoorbeeld 18:00).")}),
    (velden("1-3-1924 18:00 - 2-3-1924 18:00"), {"verblijven": (
        "Regel 1 ('1-3-1924 18:00 - 2-3-1924 18:00'): het jaar 1924 klopt niet. Vul een jaar in tussen 2000 en 2100.")}),
    (velden("26 uur", begin="31-2-2024"), {"begin": (
        "Vul de begindatum van de indicatie in als dag-maand-jaar (bijvoorbeeld 1-3-2024), een bestaande datum tussen "
        "2000 en 2100, of laat het veld leeg.")}),
    (velden("26 uur", begin="morgen"), {"begin": (
        "Vul de begindatum van de indicatie in als dag-maand-jaar (bijvoorbeeld 1-3-2024), een bestaande datum tussen "
        "2000 en 2100, of laat het veld leeg.")}),
    (velden("26 uur", begin="1-3-1999"), {"begin": (
        "Vul de begindatum van de indicatie in als dag-maand-jaar (bijvoorbeeld 1-3-2024), een bestaande datum tussen "
        "2000 en 2100, of laat het veld leeg.")}),
    (velden("2024-03-01 18:00 - 2024-03-03 16:00", begin="2024-03-02"), {"begin": (
        "Het verblijf op regel 1 begint op 1-3-2024, vóór de begindatum van de indicatie (2-3-2024). Pas de "
        "begindatum aan of laat het veld leeg.")}),
    (velden("26 uur", aanbieder="groot"),
     {"aanbieder": "Kies of de aanbieder een micro-aanbieder of een reguliere aanbieder is."}),
    (velden("26 uur", zwaarte="licht/midden"), {"zwaarte": "Kies de zwaarte: licht/midden of zwaar."}),
    (velden("\n".join(["26 uur"] * 101)), {"verblijven": (
        "Vul hoogstens 100 verblijven in; u vulde er 101 in. Reken een lange reeks in delen.")}),
])
def test_onmogelijke_invoer(invoer, fouten):
    with pytest.raises(InvoerFout) as uitzondering:
        lees_invoer(invoer)
    assert uitzondering.value.fouten == fouten


def test_meer_dan_drie_foute_regels(handboek):
    fouten = fout(velden("a\nb\nc\nd\ne\n26 uur"))
    assert fouten["verblijven"].startswith("Regel 1 ('a') kan ik niet lezen.")
    assert fouten["verblijven"].endswith("En nog 2 regels met een fout.")
    assert "Regel 4" not in fouten["verblijven"]


def test_onbekende_zwaarte(handboek):
    assert fout(velden("26 uur", zwaarte="extra-zwaar"), handboek) == {
        "zwaarte": "Kies de zwaarte: licht/midden of zwaar."}


def test_verblijf_langer_dan_de_hele_periode(handboek):
    """3.2.5: logeren is geïndiceerd voor 8 maanden; 8 × 31 × 24 = 5952 hours is the most a stay can be."""
    assert reken(handboek, "5952 uur").kop.endswith("248 etmalen")
    assert fout(velden("5953 uur\n6000 uur\n7000 uur\n8000 uur"), handboek) == {"verblijven": (
        "Regel 1 ('5953 uur'): een verblijf van 5953 uur is langer dan de hele periode van 8 maanden waarvoor logeren "
        "wordt geïndiceerd (3.2.5). Vul per verblijf een duur in tot 5952 uur. "
        "Regel 2 ('6000 uur'): een verblijf van 6000 uur is langer dan de hele periode van 8 maanden waarvoor logeren "
        "wordt geïndiceerd (3.2.5). Vul per verblijf een duur in tot 5952 uur. "
        "Regel 3 ('7000 uur'): een verblijf van 7000 uur is langer dan de hele periode van 8 maanden waarvoor logeren "
        "wordt geïndiceerd (3.2.5). Vul per verblijf een duur in tot 5952 uur. En nog 1 regels met een fout.")}


def test_product_zonder_bedrag_zegt_wat_het_handboek_zegt(bundel):
    from tools.model import Handboek

    gewijzigd = json.loads(json.dumps(bundel))
    for bestand in gewijzigd["producten"]:
        for zv in bestand["zorgvormen"]:
            for p in zv["producten"]:
                if p["code"] == "44A93":
                    p["tarieven"] = [{"prijspeil": 2023, "status": "tarief per aanbieder", "bron": "3.2.5 Bekostiging"}]
    handboek = Handboek(gewijzigd)
    assert fout(velden("26 uur", zwaarte="zwaar"), handboek) == {
        "aanbieder": "Het handboek noemt voor 44A93 Logeren dagdeel zwaar: tarief per aanbieder."}
    # without a micro tariff the reason is the generic one
    for bestand in gewijzigd["producten"]:
        for zv in bestand["zorgvormen"]:
            for p in zv["producten"]:
                if p["code"] == "44A93":
                    p["tarieven"] = [{"prijspeil": 2023, "regulier": 83.84, "bron": "3.2.5 Bekostiging"}]
    handboek = Handboek(gewijzigd)
    assert fout(velden("26 uur", zwaarte="zwaar", aanbieder="micro"), handboek) == {
        "aanbieder": "Het handboek noemt voor 44A93 Logeren dagdeel zwaar: geen tarief voor een micro-aanbieder."}
    # with only the regular tariff there is no comparison step
    uitkomst = bereken(handboek, lees_invoer(velden("26 uur", zwaarte="zwaar")))
    assert uitkomst.antwoord == "€ 330,79"
    assert not any(s.startswith("Ter vergelijking") for s in uitkomst.stappen)


def test_browser_ingang_geeft_json(bundel):
    browser.laad(json.dumps(bundel))
    goed = json.loads(browser.reken("logeren", json.dumps(velden("30 uur"))))
    assert goed["ok"] is True and goed["uitkomst"]["antwoord"] == "€ 288,18"
    slecht = json.loads(browser.reken("logeren", json.dumps(velden("-3 uur"))))
    assert slecht["ok"] is False and slecht["fouten"]["verblijven"].startswith("Regel 1 ('-3 uur'): een negatief")
