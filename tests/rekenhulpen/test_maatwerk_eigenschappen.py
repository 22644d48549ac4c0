"""Property tests for the maatwerk calculator (CPython only: hypothesis has native parts that Pyodide lacks)."""
import re
from decimal import Decimal

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings, strategies as st  # noqa: E402

from tools.rekenhulpen import InvoerFout  # noqa: E402
from tools.rekenhulpen.maatwerk import bereken, lees_invoer  # noqa: E402

tekst = st.one_of(st.none(), st.text(max_size=12))
zorgvorm = st.one_of(tekst, st.sampled_from(["perspectief-1", "perspectief-2", "duurzaam", "ggz", "GGZ",
                                             "vaktherapie"]))
situatie = st.one_of(tekst, st.sampled_from(["maatwerk", "meerwerk", "Meerwerk"]))
traject = st.one_of(tekst, st.sampled_from(["licht", "midden", "zwaar"]))
aanbieder = st.one_of(tekst, st.sampled_from(["micro", "regulier"]))
getal = st.one_of(st.decimals(min_value=-100, max_value=20000, places=3),
                  st.decimals(allow_nan=True, allow_infinity=True))
uren = st.one_of(tekst, getal.map(str), getal.map(lambda d: str(d).replace(".", ",")),
                 st.sampled_from(["NaN", "Infinity", "-0", "1e3", "0,001", "١٢", "12 ,5"]))
voorwaarde = st.one_of(tekst, st.lists(st.one_of(st.sampled_from(["1", "2", "3", "4", "5", "0"]), st.text(max_size=3)),
                                       max_size=6))

BEDRAG = re.compile(r"€ (-?[\d.]+,\d\d)")


def bedragen(tekst: str) -> list[Decimal]:
    return [Decimal(b.replace(".", "").replace(",", ".")) for b in BEDRAG.findall(tekst)]


@settings(max_examples=400, deadline=None)
@given(zorgvorm=zorgvorm, situatie=situatie, traject=traject, uren=uren, aanbieder=aanbieder, voorwaarde=voorwaarde)
def test_geen_invoer_laat_de_rekenhulp_crashen(handboek, zorgvorm, situatie, traject, uren, aanbieder, voorwaarde):
    velden = {"zorgvorm": zorgvorm, "situatie": situatie, "traject": traject, "uren": uren, "aanbieder": aanbieder,
              "voorwaarde": voorwaarde}
    try:
        uitkomst = bereken(handboek, lees_invoer(velden))
    except InvoerFout as fout:
        assert fout.fouten and all(isinstance(m, str) and m for m in fout.fouten.values())
        return
    geheel = " ".join([uitkomst.antwoord, *uitkomst.stappen, *uitkomst.meldingen])
    assert "NaN" not in geheel and "Infinity" not in geheel
    assert all(b >= 0 for b in bedragen(geheel))
    assert uitkomst.antwoord and uitkomst.stappen and uitkomst.bronnen


@settings(max_examples=300, deadline=None)
@given(zorgvorm=st.sampled_from(["perspectief-1", "perspectief-2", "duurzaam", "ggz"]),
       traject=st.sampled_from(["midden", "zwaar"]),
       uren=st.decimals(min_value=Decimal("0.01"), max_value=10000, places=2),
       aanbieder=st.sampled_from(["micro", "regulier"]))
def test_meer_uren_maakt_de_uitkomst_nooit_strenger(handboek, zorgvorm, traject, uren, aanbieder):
    """Monotone: if some hours reach a threshold, more hours reach it too, and the cost only grows."""
    def uitkomst(u):
        return bereken(handboek, lees_invoer({"zorgvorm": zorgvorm, "situatie": "meerwerk", "traject": traject,
                                              "uren": str(u), "aanbieder": aanbieder,
                                              "voorwaarde": ["1", "2", "3", "4"]}))
    rang = {"Meerwerk is niet": 0, "Meerwerk hangt": 1, "Meerwerk is mogelijk": 2}
    minder, meer = uitkomst(uren), uitkomst(min(uren + 1, Decimal(10000)))
    stand = [next(r for k, r in rang.items() if u.antwoord.startswith(k)) for u in (minder, meer)]
    assert stand[0] <= stand[1]
    kosten = [bedragen(next(s for s in u.stappen if s.startswith("Kosten:")))[-1] for u in (minder, meer)]
    assert 0 < kosten[0] <= kosten[1]
