"""Property tests for the herindicatie questions (CPython only: hypothesis has native parts that Pyodide lacks)."""
import json

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings, strategies as st  # noqa: E402

from tools.rekenhulpen import InvoerFout  # noqa: E402
from tools.rekenhulpen.herindicatie import WIJZIG, bereken, lees_invoer, stroom, volgende  # noqa: E402

VRAGEN = ["zorgvorm", "loopt", "hulpvraag", "feiten", "langdurig", "opvangen", "verandering", "noodzaak", "doelen",
          "verlengd", "kruispunt", WIJZIG, "utm", "Zorgvorm", ""]
ANTWOORDEN = ["perspectief-1", "ggz", "duurzaam", "duurzame-daginvulling", "logeren", "wonen", "pxq", "ja", "nee",
              "kort", "lang", "zelfde", "nieuw", "intensivering", "houdbaar", "loopt", "JA", " ja ", "-", "ja-"]
waarde = st.one_of(st.none(), st.text(max_size=12), st.sampled_from(ANTWOORDEN), st.integers(),
                   st.lists(st.sampled_from(ANTWOORDEN), max_size=3))
velden = st.dictionaries(st.one_of(st.sampled_from(VRAGEN), st.text(max_size=8)), waarde, max_size=8)


@settings(max_examples=400, deadline=None)
@given(velden=velden)
def test_geen_invoer_laat_de_rekenhulp_crashen(handboek, velden):
    try:
        uitkomst = bereken(handboek, lees_invoer(velden))
    except InvoerFout as fout:
        assert fout.fouten and all(isinstance(m, str) and m for m in fout.fouten.values())
    else:
        assert uitkomst.kop and uitkomst.antwoord and uitkomst.bronnen and uitkomst.stappen


@settings(max_examples=400, deadline=None)
@given(velden=velden)
def test_volgende_geeft_altijd_een_vraag_of_een_uitkomst(handboek, velden):
    antwoord = volgende(handboek, velden)
    assert ("vraag" in antwoord) != ("uitkomst" in antwoord)
    json.dumps(antwoord)
    # the answers kept for the URL lead to the same place again
    wijzig = {WIJZIG: antwoord["wijzig"]} if "wijzig" in antwoord else {}
    opnieuw = volgende(handboek, {**antwoord["velden"], **wijzig})
    assert opnieuw.get("uitkomst", {}).get("id") == antwoord.get("uitkomst", {}).get("id")
    assert opnieuw.get("vraag", {}).get("id") == antwoord.get("vraag", {}).get("id")


@settings(max_examples=300, deadline=None)
@given(keuzes=st.lists(st.integers(min_value=0, max_value=20), min_size=12, max_size=12))
def test_elke_wandeling_eindigt_in_een_uitkomst(handboek, keuzes):
    """Choosing any answer at every question reaches an outcome within as many steps as there are questions."""
    s = stroom(handboek)
    velden = {}
    for keuze in keuzes:
        antwoord = volgende(handboek, velden)
        if "uitkomst" in antwoord:
            assert antwoord["uitkomst"]["id"] in s.uitkomsten
            assert len(antwoord["pad"]) <= len(s.vragen)
            return
        vraag = antwoord["vraag"]
        velden = {**antwoord["velden"], vraag["id"]: vraag["antwoorden"][keuze % len(vraag["antwoorden"])]["id"]}
    pytest.fail("na 12 antwoorden nog geen uitkomst")
