"""The reconstructed stapelingsmatrix (2.9): complete, symmetric by construction, and true to the decoding."""
from collections import Counter
from itertools import combinations_with_replacement

import pytest

from scripts.decodeer_stapelingsmatrix import decodeer


@pytest.fixture(scope="module")
def matrix(bundel):
    return bundel["stapelingsmatrix"]


def test_elk_paar_precies_een_keer(matrix):
    ids = [o["id"] for o in matrix["onderdelen"]]
    paren = Counter(frozenset((c["a"], c["b"])) for c in matrix["combinaties"])
    verwacht = {frozenset(paar) for paar in combinations_with_replacement(ids, 2)}
    assert set(paren) == verwacht
    assert max(paren.values()) == 1


def test_genummerde_cellen_zijn_de_decodering(matrix, handboektekst):
    gedecodeerd = {frozenset(paar): nummer for paar, nummer in decodeer(handboektekst).items()}
    in_data = {frozenset((c["a"], c["b"])): c["voetnoot"] for c in matrix["combinaties"] if "voetnoot" in c}
    assert in_data == gedecodeerd
    assert len(gedecodeerd) == 74


def test_elke_voetnoot_staat_op_een_cel_en_elke_gele_cel_heeft_voorwaarden(matrix):
    gebruikt = {c["voetnoot"] for c in matrix["combinaties"] if "voetnoot" in c}
    assert gebruikt == {v["nummer"] for v in matrix["voetnoten"]} == set(range(1, 14))
    assert all(c["status"] == "voorwaarden" for c in matrix["combinaties"] if "voetnoot" in c)


def test_nooit_een_gegokte_status(matrix):
    for c in matrix["combinaties"]:
        assert (c["status"] == "onbekend") == (c["zekerheid"] == "onbekend"), (c["a"], c["b"])
        if c["status"] != "onbekend":
            assert c["bron"], (c["a"], c["b"])


def test_bronnen_noemen_paragrafen_geen_regelnummers(matrix):
    """shared/README: cite the handbook by section, not by line number of the text extraction."""
    assert not [c for c in matrix["combinaties"] if "regel ~" in c["bron"]]


@pytest.mark.parametrize(("a", "b", "citaat"), [
    ("dyslexie", "ontwikkelgroepen", "Dyslexie behandeling en Ontwikkelgroep het jonge kind. Waarom mag dit niet samen?"),
    ("gezinshuizen", "logeren", "Gezinshuizen en Logeren. Waarom mag dit niet samen?"),
    ("vaktherapie", "perspectief-1", "Vaktherapie en Ambulante hulp perspectief 1. Waarom mag dit niet samen?"),
])
def test_voorbeelden_uit_2_9_staan_als_niet_mogelijk_in_de_gegevens(matrix, handboektekst, a, b, citaat):
    """2.9 'Hoe zijn we gekomen tot de stapelingsmatrix?' names these pairs as not stackable."""
    assert citaat in " ".join(handboektekst.split())
    cel = next(c for c in matrix["combinaties"] if {c["a"], c["b"]} == {a, b})
    assert (cel["status"], cel["zekerheid"]) == ("niet", "bevestigd")
    assert "2.9" in cel["bron"]


def test_wijziging_februari_2022_ggz_met_perspectief_1_en_duurzaam_geel(matrix, handboektekst):
    """Changelog Feb 2022: 'Combinatie van GGZ en Ambulante hulp P1, P2 en duurzaam aangepast in respectievelijk
    geel, rood en geel'. P1 and Duurzaam carry yellow footnotes (9, 8); P2 is read as footnote 2 (see redactie)."""
    assert "aangepast in respectievelijk geel, rood en geel" in " ".join(handboektekst.split())
    status = {frozenset((c["a"], c["b"])): (c["status"], c.get("voetnoot")) for c in matrix["combinaties"]}
    assert status[frozenset(("ggz", "perspectief-1"))] == ("voorwaarden", 9)
    assert status[frozenset(("ggz", "duurzaam"))] == ("voorwaarden", 8)


def test_logeren_altijd_samen_met_ambulante_hulp(matrix):
    """2.8: 'Respijtzorg, altijd samen met ambulante hulp inzetten'."""
    for ambulant in ("perspectief-1", "perspectief-2", "duurzaam"):
        cel = next(c for c in matrix["combinaties"] if {c["a"], c["b"]} == {"logeren", ambulant})
        assert cel["status"] == "mogelijk" and "2.8" in cel["bron"]
