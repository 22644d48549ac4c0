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
