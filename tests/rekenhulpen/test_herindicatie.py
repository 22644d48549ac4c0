"""Herindicatie (1.1.7.2): the flow's integrity, the hand-written scenarios, the calculator contract, the browser
entry point and the diagram. Runs in CPython and, unchanged, inside Pyodide (tests/test_pyodide.py)."""
import copy
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from tools import browser
from tools.rekenhulpen import InvoerFout
from tools.rekenhulpen.herindicatie import (
    SCRIPT, VOORBEELD, WIJZIG, Invoer, Stroom, StroomFout, bereken, lees_invoer, schema_svg, stroom, volgende,
    volgende_json,
)

SCENARIOS = yaml.safe_load((Path(__file__).parent / "herindicatie_scenarios.yaml").read_text(encoding="utf-8"))
BRON = re.compile(r"^([0-9]+(\.[0-9]+)*|Inleiding|Overzicht van wijzigingen|Bijlage)([ ,;].+)?$")
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def data(bundel):
    return bundel["herindicatie"]


def scenario_ids():
    return [s["naam"] for s in SCENARIOS["scenarios"]]


# -- the flow definition ------------------------------------------------------------------------------------


def test_de_stroom_laadt(handboek):
    s = stroom(handboek)
    assert s.start == "zorgvorm"
    assert stroom(handboek) is s  # built once per bundle


def _kapot(data, aanpassing) -> list[str]:
    kopie = copy.deepcopy(data)
    aanpassing(kopie)
    with pytest.raises(StroomFout) as fout:
        Stroom(kopie)
    return fout.value.meldingen


def _vraag(data, vraag_id):
    return next(v for v in data["vragen"] if v["id"] == vraag_id)


def _antwoord(data, vraag_id, antwoord_id):
    return next(a for a in _vraag(data, vraag_id)["antwoorden"] if a["id"] == antwoord_id)


def test_een_route_naar_iets_wat_niet_bestaat_wordt_geweigerd(data):
    meldingen = _kapot(data, lambda d: _antwoord(d, "doelen", "nee").update(naar="bestaat-niet"))
    assert any("'bestaat-niet', maar die vraag of uitkomst bestaat niet" in m for m in meldingen)


def test_een_onbereikbare_vraag_of_uitkomst_wordt_geweigerd(data):
    def wees(d):
        d["uitkomsten"].append({**d["uitkomsten"][0], "id": "wees"})
        _antwoord(d, "kruispunt", "netwerk")["naar"] = "deeltijd-verblijf"  # logeren-stopt loses its only route
    meldingen = _kapot(data, wees)
    assert "uitkomst 'wees' is vanaf de start niet te bereiken" in meldingen
    assert "uitkomst 'logeren-stopt' is vanaf de start niet te bereiken" in meldingen


def test_een_kringloop_wordt_geweigerd(data):
    meldingen = _kapot(data, lambda d: _antwoord(d, "feiten", "nee").update(naar="hulpvraag"))
    assert any("kringloop naar 'hulpvraag'" in m for m in meldingen)


def test_een_voorwaarde_op_een_latere_vraag_wordt_geweigerd(data):
    def later(d):
        _antwoord(d, "loopt", "kort")["naar"] = [
            {"als": [{"vraag": "feiten", "antwoorden": ["ja"]}], "naar": "garantiefase"}, {"naar": "hulpvraag"}]
    meldingen = _kapot(data, later)
    assert any("kijkt naar vraag 'feiten', die op het pad zorgvorm → loopt nog niet is gesteld" in m
               for m in meldingen)


def test_een_route_die_nooit_gebruikt_wordt_wordt_geweigerd(data):
    def dood(d):
        _antwoord(d, "doelen", "ja")["naar"] = [
            {"als": [{"vraag": "zorgvorm", "antwoorden": ["logeren"]}], "naar": "herindicatie-pxq"},
            {"naar": "hulp-stopt"}]
    meldingen = _kapot(data, dood)
    assert "vraag 'doelen', antwoord 'ja': de route naar 'herindicatie-pxq' wordt nooit gebruikt" in meldingen


def test_voorwaarden_moeten_bestaande_antwoorden_noemen(data):
    def onbekend(d):
        _antwoord(d, "langdurig", "ja")["naar"][0]["als"][0]["antwoorden"] = ["duurzame-dagbesteding"]
    meldingen = _kapot(data, onbekend)
    assert any("vraag 'zorgvorm' heeft geen antwoord duurzame-dagbesteding" in m for m in meldingen)


def test_alleen_de_laatste_route_is_zonder_voorwaarde(data):
    def volgorde(d):
        routes = _antwoord(d, "feiten", "ja")["naar"]
        routes.reverse()
    meldingen = _kapot(data, volgorde)
    assert any("de laatste route mag geen voorwaarde hebben" in m for m in meldingen)


def test_wijzig_is_geen_vraag_id(data):
    def wijzig(d):
        _vraag(d, "kruispunt")["id"] = WIJZIG
        _antwoord(d, "verlengd", "ja")["naar"] = WIJZIG
    assert any("is niet 'wijzig'" in m for m in _kapot(data, wijzig))


def test_elke_uitkomst_en_vraag_noemt_een_paragraaf(data):
    for knoop in data["vragen"] + data["uitkomsten"]:
        assert BRON.match(knoop["bron"]), knoop["id"]
    for uitkomst in data["uitkomsten"]:
        for t in uitkomst["uitleg"] + uitkomst.get("meldingen", []):
            assert BRON.match(t["bron"]), uitkomst["id"]


def test_elke_zorgvorm_van_het_handboek_hoort_bij_precies_een_antwoord(handboek, data):
    """The first question covers every zorgvorm in the product data, each once."""
    genoemd = [z for a in _vraag(data, "zorgvorm")["antwoorden"] for z in a.get("zorgvormen", [])]
    assert sorted(genoemd) == sorted(handboek.zorgvormen)


def test_garantiefase_alleen_waar_het_handboek_haar_noemt(handboek):
    """Every path to the garantiefase starts at a zorgvorm whose own paragraph names a garantiefase of 6 months
    (the question 'Loopt het traject nog?' says 6 months): 3.3.2, 3.3.3, 3.4.2-3.4.6."""
    s = stroom(handboek)
    zorgvormen = {a.id: a.zorgvormen for a in s.vragen["zorgvorm"].antwoorden}
    for stand in s.paden():
        if stand.einde.id == "garantiefase":
            for z in zorgvormen[stand.antwoorden["zorgvorm"]]:
                assert handboek.zorgvormen[z].voorwaarden["garantiefase"]["maanden"] == 6
    for antwoord in s.vragen["loopt"].antwoorden:
        assert "6 maanden" in antwoord.label or antwoord.id == "ja"


def test_de_uitkomsten_passen_bij_de_voorwaarden_in_de_productgegevens(handboek):
    """'Herindicatie mogelijk' only for zorgvormen whose data says mogelijk 'ja' (wonen 1.1.7.2, Duurzaam 3.4.4);
    vaktherapie (3.4.6) and dyslexie (3.4.7) never reach an outcome that allows a herindicatie."""
    s = stroom(handboek)
    zorgvormen = {a.id: a.zorgvormen for a in s.vragen["zorgvorm"].antwoorden}
    for stand in s.paden():
        gekozen = zorgvormen[stand.antwoorden["zorgvorm"]]
        mogelijk = {handboek.zorgvormen[z].voorwaarden.get("herindicatie", {}).get("mogelijk") for z in gekozen}
        if stand.einde.id == "herindicatie-mogelijk":
            assert mogelijk == {"ja"}
        if stand.einde.id in ("herindicatie-daginvulling", "logeren-uitzondering"):
            assert mogelijk == {"voorwaarden"}
        if mogelijk == {"nee"}:
            assert stand.einde.id not in ("herindicatie-mogelijk", "herindicatie-pxq", "herindicatie-daginvulling")


# -- the scenarios ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", SCENARIOS["scenarios"], ids=scenario_ids())
def test_scenario(handboek, scenario):
    s = stroom(handboek)
    stand = s.loop(scenario["antwoorden"])
    assert stand.einde is not None, f"het pad stopt bij vraag {stand.vraag.id}"
    assert stand.einde.id == scenario["uitkomst"]
    assert stand.antwoorden == scenario["antwoorden"], "het scenario geeft antwoorden die niet op het pad liggen"
    uitkomst = bereken(handboek, lees_invoer(scenario["antwoorden"]))
    assert uitkomst.kop == stand.einde.titel


def test_de_scenarios_gebruiken_elke_route(handboek):
    s = stroom(handboek)
    gebruikt = set()
    for scenario in SCENARIOS["scenarios"]:
        antwoorden = {}
        for vraag, antwoord in s.loop(scenario["antwoorden"]).pad:
            antwoorden[vraag.id] = antwoord.id
            index, doel = s.naar(vraag, antwoord, antwoorden)
            gebruikt.add((vraag.id, antwoord.id, index, doel))
    ontbreekt = [r for r in s.randen() if r not in gebruikt]
    assert not ontbreekt, f"routes zonder scenario: {ontbreekt}"
    assert {sc["uitkomst"] for sc in SCENARIOS["scenarios"]} == set(s.uitkomsten)


# -- what the outcomes say ----------------------------------------------------------------------------------


def test_voorbeeld_is_de_garantiefase(handboek):
    """1.1.2.2.2.1: back within 6 months with the same hulpvraag and no changed facts: no new indication."""
    uitkomst = bereken(handboek, VOORBEELD)
    assert uitkomst.antwoord == "Geen herindicatie: garantiefase"
    assert uitkomst.stappen[0] == ("Om welke zorgvorm gaat het? Antwoord: Ambulante hulp Perspectief 1 "
                                   "(1.1.7.2 Herindicaties)")
    assert any("nieuw toewijzingsbericht (JW301)" in s and s.endswith("(1.1.2.2.2.1 Hoe wordt de garantiefase "
                                                                     "verwerkt?)") for s in uitkomst.stappen)
    # the zorgvorm's own Programma van eisen (3.4.2, eis 10), from the product data
    assert any(s.startswith("Bij Ambulante hulp Perspectief 1: Na einde zorg geldt een nazorgfase (garantie) van 6 "
                            "maanden.") and "3.4.2 Programma van eisen" in s for s in uitkomst.stappen)
    assert "1.1.2.2.2.1 Garantiefase" in uitkomst.bronnen
    assert any("de beschikking is leidend" in m for m in uitkomst.meldingen)
    assert any("roze kruis" in m for m in uitkomst.meldingen)  # the missing schema, for Perspectief 1


def test_elke_stap_noemt_een_paragraaf(handboek):
    for stand in stroom(handboek).paden():
        uitkomst = bereken(handboek, Invoer(tuple(stand.antwoorden.items())))
        assert uitkomst.bronnen and all(BRON.match(b) for b in uitkomst.bronnen)
        for zin in uitkomst.stappen + uitkomst.meldingen:
            bron = re.search(r"\(([^()]*(\([^()]*\))?[^()]*)\)$", zin)
            assert bron and BRON.match(bron.group(1)), zin


def test_vaktherapie_herindicatie_niet_mogelijk(handboek):
    """3.4.6: 'Een herindicatie vaktherapie is niet mogelijk.' — quoted from the product data."""
    uitkomst = bereken(handboek, lees_invoer(
        {"zorgvorm": "vaktherapie", "loopt": "ja", "hulpvraag": "zelfde", "feiten": "nee", "langdurig": "nee"}))
    assert uitkomst.antwoord == "Herindicatie niet mogelijk"
    assert any("Een herindicatie vaktherapie is niet mogelijk." in s for s in uitkomst.stappen)


def test_dyslexie_evaluatie_na_negen_maanden(handboek):
    """3.4.7 eis 9 and the evaluation nine months after the end of the treatment."""
    uitkomst = bereken(handboek, lees_invoer({"zorgvorm": "dyslexie"}))
    assert uitkomst.antwoord == "Herindicatie niet mogelijk"
    assert any("Verlenging en herindicatie van een traject is niet mogelijk." in s for s in uitkomst.stappen)
    assert any(s.startswith("Negen maanden na de beëindiging van het behandeltraject") for s in uitkomst.stappen)


def test_duurzaam_maximaal_een_jaar(handboek):
    """3.4.4: 'Wel geldt een indicatie voor maximaal een jaar, waarbij jaarlijks wordt beoordeeld …'"""
    uitkomst = bereken(handboek, lees_invoer({"zorgvorm": "duurzaam", "loopt": "ja", "hulpvraag": "zelfde",
                                              "feiten": "nee", "noodzaak": "ja"}))
    assert uitkomst.antwoord == "Herindicatie mogelijk, na toets op nut en noodzaak"
    assert any("Wel geldt een indicatie voor maximaal een jaar" in s and "(3.4.4 Herindicaties" in s
               for s in uitkomst.stappen)


def test_wonen_zegt_de_regel_een_keer(handboek):
    """Five wonen zorgvormen carry the same 1.1.7.2 sentence; the outcome says it once."""
    uitkomst = bereken(handboek, lees_invoer({"zorgvorm": "wonen", "noodzaak": "ja"}))
    regel = "Bij hulpvormen die langdurig van aard zijn, zoals wonen of Ambulante hulp Duurzaam"
    assert sum(regel in s for s in uitkomst.stappen) == 1


def test_meerwerk_noemt_de_voorwaarden(handboek):
    """1.1.7.3 Meerwerk: 'vanaf 150% boven het gemiddeld aantal uren van het traject'."""
    uitkomst = bereken(handboek, lees_invoer({"zorgvorm": "ggz", "loopt": "ja", "hulpvraag": "zelfde",
                                              "feiten": "ja", "opvangen": "nee", "verandering": "intensivering"}))
    assert any("vanaf 150% boven het gemiddeld aantal uren van het traject" in s for s in uitkomst.stappen)
    assert any("nadrukkelijke afstemming met de gemeentelijke toegang" in m for m in uitkomst.meldingen)


def test_uitleg_met_voorwaarde_alleen_waar_hij_geldt(handboek):
    """The 3.3.2 wording appears for Terug naar school, not for Perspectief 1."""
    tns = bereken(handboek, lees_invoer({"zorgvorm": "terug-naar-school", "loopt": "ja", "hulpvraag": "zelfde",
                                         "feiten": "nee", "langdurig": "ja"}))
    p1 = bereken(handboek, lees_invoer({"zorgvorm": "perspectief-1", "loopt": "ja", "hulpvraag": "zelfde",
                                        "feiten": "nee", "langdurig": "ja"}))
    assert any("(3.3.2 Herindicatie Terug naar School)" in s for s in tns.stappen)
    assert not any("3.3.2" in s for s in p1.stappen)


# -- input ---------------------------------------------------------------------------------------------------


def test_lees_invoer_leest_antwoorden():
    invoer = lees_invoer({"zorgvorm": " Perspectief-1 ", "loopt": ["kort"], "leeg": "", "utm_bron": "x",
                          WIJZIG: "loopt"})
    assert invoer.antwoorden == (("zorgvorm", "perspectief-1"), ("loopt", "kort"))


def test_twee_antwoorden_op_een_vraag():
    with pytest.raises(InvoerFout) as fout:
        lees_invoer({"loopt": ["ja", "kort"]})
    assert fout.value.fouten == {"loopt": "Kies één antwoord bij de vraag 'loopt'; er zijn er 2 gegeven."}


def test_een_antwoord_met_vreemde_tekens():
    with pytest.raises(InvoerFout) as fout:
        lees_invoer({"zorgvorm": "<script>"})
    assert "zorgvorm" in fout.value.fouten


def test_een_onbekend_antwoord_noemt_de_vraag(handboek):
    with pytest.raises(InvoerFout) as fout:
        bereken(handboek, lees_invoer({"zorgvorm": "perspectief-1", "loopt": "misschien"}))
    assert list(fout.value.fouten) == ["loopt"]
    assert "'misschien' is geen antwoord op de vraag 'Loopt het traject nog?'" in fout.value.fouten["loopt"]


def test_een_onvolledig_pad_noemt_de_volgende_vraag(handboek):
    with pytest.raises(InvoerFout) as fout:
        bereken(handboek, lees_invoer({"zorgvorm": "logeren"}))
    assert fout.value.fouten == {
        "verlengd": "Beantwoord ook de vraag 'Is de indicatie logeren al eens verlengd?'. "
                    "Kies of de indicatie logeren al eens is verlengd."}
    with pytest.raises(InvoerFout) as fout:
        bereken(handboek, lees_invoer({}))
    assert list(fout.value.fouten) == ["zorgvorm"]


def test_antwoorden_naast_het_pad_tellen_niet(handboek):
    uitkomst = bereken(handboek, lees_invoer({"zorgvorm": "pxq", "doelen": "nee", "loopt": "lang"}))
    assert uitkomst.antwoord == "Herindicatie in principe mogelijk"


# -- the browser ---------------------------------------------------------------------------------------------


def test_volgende_begint_bij_de_eerste_vraag(handboek):
    antwoord = volgende(handboek, {})
    assert antwoord["pad"] == [] and antwoord["velden"] == {}
    assert antwoord["vraag"]["id"] == "zorgvorm" and antwoord["vraag"]["nummer"] == 1
    assert antwoord["vraag"]["gekozen"] is None and antwoord["vraag"]["fout"] is None
    assert len(antwoord["vraag"]["antwoorden"]) == 12
    json.dumps(antwoord)


def test_volgende_geeft_het_pad_en_de_volgende_vraag(handboek):
    antwoord = volgende(handboek, {"zorgvorm": "logeren", "loopt": "kort"})  # loopt is not on this path
    assert antwoord["velden"] == {"zorgvorm": "logeren"}
    assert antwoord["pad"] == [{"vraag": "zorgvorm", "tekst": "Om welke zorgvorm gaat het?", "antwoord": "logeren",
                                "label": "Logeren"}]
    assert antwoord["vraag"]["id"] == "verlengd" and antwoord["vraag"]["nummer"] == 2


def test_volgende_geeft_de_uitkomst(handboek):
    antwoord = volgende(handboek, dict(VOORBEELD.antwoorden))
    assert "vraag" not in antwoord
    uitkomst = antwoord["uitkomst"]
    assert uitkomst["id"] == "garantiefase"
    assert uitkomst["antwoord"] == "Geen herindicatie: garantiefase"
    assert all(r["bron"] for r in uitkomst["redenering"]) and uitkomst["bronnen"][0] == "1.1.2.2.2.1 Garantiefase"
    assert len(antwoord["pad"]) == 5
    json.dumps(antwoord)


def test_wijzig_toont_de_vraag_opnieuw_en_bewaart_de_latere_antwoorden(handboek):
    velden = dict(VOORBEELD.antwoorden)
    antwoord = volgende(handboek, {**velden, WIJZIG: "loopt"})
    assert antwoord["vraag"]["id"] == "loopt" and antwoord["vraag"]["gekozen"] == "kort"
    assert antwoord["wijzig"] == "loopt"
    assert [r["vraag"] for r in antwoord["pad"]] == ["zorgvorm"]
    assert antwoord["velden"] == velden  # later answers kept, for when the same path goes on
    # choosing 'loopt nog': the later answers are still on the path, so the walk goes on to the outcome
    verder = volgende(handboek, {**antwoord["velden"], "loopt": "ja"})
    assert verder["uitkomst"]["id"] == "doorgaan-binnen-traject"
    # choosing 'lang': the later answers are off the path and dropped
    kort = volgende(handboek, {**antwoord["velden"], "loopt": "lang"})
    assert kort["uitkomst"]["id"] == "nieuwe-vraagverheldering"
    assert kort["velden"] == {"zorgvorm": "perspectief-1", "loopt": "lang"}


def test_wijzig_naar_een_vraag_buiten_het_pad_wordt_genegeerd(handboek):
    antwoord = volgende(handboek, {"zorgvorm": "dyslexie", WIJZIG: "kruispunt"})
    assert antwoord["uitkomst"]["id"] == "dyslexie-niet-mogelijk" and "wijzig" not in antwoord


def test_een_onbekend_antwoord_in_de_url_toont_de_vraag_met_een_fout(handboek):
    antwoord = volgende(handboek, {"zorgvorm": "ggz", "loopt": "soms", "hulpvraag": "zelfde"})
    assert antwoord["vraag"]["id"] == "loopt"
    assert antwoord["vraag"]["fout"].startswith("'soms' is geen antwoord op de vraag 'Loopt het traject nog?'")
    assert antwoord["velden"] == {"zorgvorm": "ggz"}


def test_volgende_is_mild_voor_vreemde_invoer(handboek):
    for velden in (None, [], "tekst", {"zorgvorm": ["ggz", "pxq"]}, {"zorgvorm": 3}, {"zorgvorm": {"a": 1}}):
        antwoord = volgende(handboek, velden)
        assert "vraag" in antwoord
        json.dumps(antwoord)


def test_volgende_json_via_de_browserbundel(bundel):
    browser.laad(json.dumps(bundel, ensure_ascii=False))
    antwoord = json.loads(volgende_json(json.dumps({"zorgvorm": "wonen", "noodzaak": "ja"})))
    assert antwoord["uitkomst"]["id"] == "herindicatie-mogelijk"
    assert json.loads(volgende_json("geen json"))["vraag"]["id"] == "zorgvorm"
    assert browser.rekenhulp("herindicatie").SCRIPT == SCRIPT == "herindicatie.js"


# -- the diagram ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def schema(handboek):
    html = schema_svg(handboek)
    figuur = ET.fromstring(html)
    return html, figuur, figuur.find(f".//{SVG}svg")


def _tekst(element) -> str:
    return " ".join(" ".join(element.itertext()).split())


def _vak(groep):
    rect = groep.find(f"{SVG}rect")
    x, y, b, h = (float(rect.get(k)) for k in ("x", "y", "width", "height"))
    return x, y, x + b, y + h


def test_het_schema_is_toegankelijk(schema):
    html, figuur, svg = schema
    assert figuur.tag == "figure" and svg is not None
    assert svg.get("role") == "img"
    titel, desc = svg.find(f"{SVG}title"), svg.find(f"{SVG}desc")
    assert svg.get("aria-labelledby") == f"{titel.get('id')} {desc.get('id')}"
    assert titel.text == "Stroomschema herindicatie"
    assert "11 vragen en 18 uitkomsten" in desc.text and "Om welke zorgvorm gaat het?" in desc.text
    venster = figuur.find("div")
    assert venster.get("tabindex") == "0" and venster.get("aria-label")
    assert not re.search(r"(href|src)=|@import|url\((?!#)", html), "het schema verwijst naar iets buiten zichzelf"
    assert "\n\n" not in html  # one block of raw HTML for Markdown


def test_het_schema_toont_elke_vraag_en_uitkomst(handboek, schema):
    _, _, svg = schema
    s = stroom(handboek)
    for vraag in s.vragen.values():
        groep = svg.find(f".//{SVG}g[@id='herindicatie-knoop-{vraag.id}']")
        start = "Start " if vraag.id == s.start else ""
        assert _tekst(groep) == f"{start}{vraag.vraag} {vraag.bron.split(' ')[0]}", vraag.id
        assert groep.get("data-soort") == "vraag"
    for einde in s.uitkomsten.values():
        groep = svg.find(f".//{SVG}g[@id='herindicatie-knoop-{einde.id}']")
        assert _tekst(groep) == f"{einde.titel} {einde.bron.split(' ')[0]}", einde.id
        assert groep.get("data-soort") == "uitkomst"


def test_het_schema_heeft_een_pijl_voor_elke_route(handboek, schema):
    _, _, svg = schema
    pijlen = {(p.get("data-van"), p.get("data-naar")) for p in svg.iter(f"{SVG}path") if p.get("data-van")}
    assert pijlen == {(v, doel) for v, _, _, doel in stroom(handboek).randen()}
    labels = {(g.get("data-van"), g.get("data-naar")): _tekst(g) for g in svg.iter(f"{SVG}g")
              if g.get("id", "").startswith("herindicatie-label-")}
    assert labels[("zorgvorm", "verlengd")] == "Logeren"
    assert labels[("feiten", "opvangen")] == "Ja (bij Traject: Loopt nog)"
    assert labels[("feiten", "langdurig")] == "Nee (anders)"


def test_vakken_in_het_schema_overlappen_niet(schema):
    _, _, svg = schema
    vakken = [_vak(g) for g in svg.iter(f"{SVG}g") if g.get("id", "").startswith(("herindicatie-knoop-",
                                                                                  "herindicatie-label-"))]
    breedte, hoogte = float(svg.get("width")), float(svg.get("height"))
    for n, (x0, y0, x1, y1) in enumerate(vakken):
        assert 0 <= x0 < x1 <= breedte and 0 <= y0 < y1 <= hoogte
        for a0, b0, a1, b1 in vakken[n + 1:]:
            assert x1 <= a0 or a1 <= x0 or y1 <= b0 or b1 <= y0, "twee vakken overlappen"


def test_tekst_past_in_zijn_vak(schema):
    """Every line of text is narrower than its box, by the same width estimate the layout uses."""
    from tools.stroomschema import tekstbreedte

    _, _, svg = schema
    for g in svg.iter(f"{SVG}g"):
        if not g.get("id", "").startswith(("herindicatie-knoop-", "herindicatie-label-")):
            continue
        x0, _, x1, _ = _vak(g)
        tekst = g.find(f"{SVG}text[@text-anchor='middle']")
        grootte = float(tekst.get("font-size"))
        for regel in tekst.iter(f"{SVG}tspan"):
            assert tekstbreedte(regel.text, grootte, tekst.get("font-weight") == "700") <= x1 - x0 - 8, regel.text


def _punten_op(d: str, stappen: int = 16):
    """Points along a path of M and C commands (the only ones the diagram draws)."""
    getallen = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", d)]
    p0, rest = tuple(getallen[:2]), getallen[2:]
    for i in range(0, len(rest), 6):
        c1, c2, p1 = rest[i:i + 2], rest[i + 2:i + 4], tuple(rest[i + 4:i + 6])
        for k in range(1, stappen + 1):
            t = k / stappen
            s = 1 - t
            yield tuple(s ** 3 * p0[j] + 3 * s * s * t * c1[j] + 3 * s * t * t * c2[j] + t ** 3 * p1[j] for j in (0, 1))
        p0 = p1


def test_geen_pijl_loopt_door_een_ander_vak(schema):
    """Readability: an arrow touches only its own source and target box."""
    _, _, svg = schema
    vakken = {g.get("id").removeprefix("herindicatie-knoop-"): _vak(g) for g in svg.iter(f"{SVG}g")
              if g.get("id", "").startswith("herindicatie-knoop-")}
    for pad in svg.iter(f"{SVG}path"):
        if not pad.get("data-van"):
            continue
        for x, y in _punten_op(pad.get("d")):
            for knoop, (x0, y0, x1, y1) in vakken.items():
                if knoop not in (pad.get("data-van"), pad.get("data-naar")):
                    assert not (x0 - 2 < x < x1 + 2 and y0 - 2 < y < y1 + 2), \
                        f"de pijl {pad.get('data-van')} → {pad.get('data-naar')} loopt door {knoop}"


def test_stroomschema_weigert_kringloop_en_losse_knopen():
    from tools.stroomschema import Knoop, Pijl, teken

    knopen = [Knoop("a", "Vraag a?", "vraag"), Knoop("b", "Vraag b?", "vraag"), Knoop("c", "Einde", "uitkomst")]
    with pytest.raises(ValueError, match="kringloop"):
        teken(knopen, [Pijl("a", "b", "ja"), Pijl("b", "a", "nee"), Pijl("b", "c", "ja")], "a", "t", "d")
    with pytest.raises(ValueError, match="niet bereikbaar vanaf de start: c"):
        teken(knopen, [Pijl("a", "b", "ja")], "a", "t", "d")
    with pytest.raises(ValueError, match="onbekende knoop 'x'"):
        teken(knopen, [Pijl("a", "x", "ja")], "a", "t", "d")
    svg = ET.fromstring(teken(knopen, [Pijl("a", "b", "ja & nee"), Pijl("b", "c", "<ok>")], "a", "Titel", "Uitleg"))
    assert svg.find(f"{SVG}title").text == "Titel" and "<ok>" in _tekst(svg)
