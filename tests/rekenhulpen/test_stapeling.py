"""Stapelingscheck. Runs in CPython and, unchanged, inside Pyodide (tests/test_pyodide.py)."""
import json

import pytest

from tools import browser
from tools.rekenhulpen import InvoerFout
from tools.rekenhulpen.stapeling import MAXIMUM, Invoer, bereken, lees_invoer
from tools.stapeling import Stapelingsmatrix


@pytest.fixture(scope="module")
def matrix(bundel):
    return Stapelingsmatrix(bundel["stapelingsmatrix"])


def test_zoeken_op_code_id_en_naam(matrix):
    assert matrix.zoek("54l02").id == matrix.zoek("ggz").id == matrix.zoek(" GGZ ").id == "ggz"
    assert matrix.zoek("45L15").id == "perspectief-1"
    assert matrix.zoek("99Z99") is None


def test_elk_paar_geeft_het_oordeel_uit_de_gegevens(matrix, bundel):
    """Whatever order the two are asked in, the checker returns the data's cell."""
    for cel in bundel["stapelingsmatrix"]["combinaties"]:
        a, b = matrix.onderdelen[cel["a"]], matrix.onderdelen[cel["b"]]
        for oordeel in (matrix.oordeel(a, b), matrix.oordeel(b, a)):
            assert (oordeel.status, oordeel.zekerheid, oordeel.voetnoot) == (
                cel["status"], cel["zekerheid"], cel.get("voetnoot"))


def test_perspectief_1_met_ggz_is_voetnoot_9(handboek):
    """2.9 footnote 9: 'Deze twee vormen kunnen in principe niet samen en sowieso niet bij dezelfde aanbieder.'"""
    uitkomst = bereken(handboek, lees_invoer({"codes": "45L12, 54L02"}))
    assert uitkomst.kop == "Stapeling van Ambulante hulp Perspectief 1 (45L12), GGZ (54L02)"
    assert uitkomst.antwoord == "1 combinatie: 1 alleen onder voorwaarden"
    assert uitkomst.stappen[0].startswith(
        "Ambulante hulp Perspectief 1 + GGZ: alleen onder voorwaarden (voetnoot 9): Deze twee vormen kunnen in "
        "principe niet samen en sowieso niet bij dezelfde aanbieder.")


def test_drie_producten_geven_drie_paren_en_onbekend_wordt_genoemd(handboek, matrix):
    uitkomst = bereken(handboek, lees_invoer({"kies": ["perspectief-1", "ggz"], "codes": "logeren"}))
    assert len(uitkomst.stappen) == 3
    onbekend = [s for s in uitkomst.stappen if ": onbekend" in s]
    assert onbekend and all("Zekerheid: de kleur van deze cel is verloren gegaan" in s for s in onbekend)
    assert any("Overleg met de gemeentelijke toegang" in m for m in uitkomst.meldingen)


def test_niet_mogelijk_noemt_de_hardheidsclausule(handboek, bundel):
    cel = next(c for c in bundel["stapelingsmatrix"]["combinaties"] if c["status"] == "niet" and c["a"] != c["b"])
    uitkomst = bereken(handboek, Invoer(keuzes=(cel["a"], cel["b"])))
    assert ": niet mogelijk" in uitkomst.stappen[0]
    assert uitkomst.meldingen[0].startswith("De stapelingen zijn in principe hard.")


def test_twee_producten_van_dezelfde_zorgvorm_is_de_diagonaal(handboek):
    uitkomst = bereken(handboek, lees_invoer({"codes": "45L12; 45L15"}))
    assert uitkomst.stappen[0].startswith("twee producten uit Ambulante hulp Perspectief 1: alleen onder voorwaarden (voetnoot 7)")


@pytest.mark.parametrize(("velden", "fouten"), [
    ({}, {"kies": "Kies minstens twee producten, of typ hun codes (bijvoorbeeld 45L12, 54L02)."}),
    ({"kies": "ggz", "codes": "GGZ"}, None),  # the same onderdeel twice by name is fine: it is the diagonal
    ({"codes": ",".join(f"45L1{i}" for i in range(1, 6)) + ",54L01,54L02,54L03,54L04"},
     {"kies": f"Kies hoogstens {MAXIMUM} producten tegelijk; u koos er 9."}),
])
def test_invoercontrole(velden, fouten):
    if fouten is None:
        assert len(lees_invoer(velden).keuzes) == 2
        return
    with pytest.raises(InvoerFout) as fout:
        lees_invoer(velden)
    assert fout.value.fouten == fouten


def test_onbekende_code_wordt_genoemd(handboek):
    with pytest.raises(InvoerFout) as fout:
        bereken(handboek, lees_invoer({"codes": "45L12, 45X99, huiswerkbegeleiding"}))
    assert fout.value.fouten == {"codes": "Niet gevonden in de stapelingsmatrix: '45X99', 'huiswerkbegeleiding'. "
                                          "Gebruik een productcode zoals 54L02 of kies uit de lijst."}


def test_browser_ingang(bundel):
    browser.laad(json.dumps(bundel))
    antwoord = json.loads(browser.reken("stapeling", json.dumps({"kies": ["ggz", "perspectief-2"]})))
    assert antwoord["ok"] and antwoord["uitkomst"]["antwoord"].startswith("1 combinatie: ")
