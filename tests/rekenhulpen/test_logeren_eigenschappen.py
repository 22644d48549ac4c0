"""Property tests for the logeren calculator (CPython only: hypothesis has native parts that Pyodide lacks)."""
from datetime import datetime
from decimal import Decimal

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings, strategies as st  # noqa: E402

from tools.rekenhulpen import InvoerFout  # noqa: E402
from tools.rekenhulpen.logeren import bereken, etmalen_en_dagdelen, lees_invoer  # noqa: E402

tekst = st.one_of(st.none(), st.text(max_size=12), st.sampled_from(["licht-midden", "zwaar", "micro", "regulier"]))
momenten = st.datetimes(min_value=datetime(1998, 1, 1), max_value=datetime(2102, 12, 31))


@st.composite
def regel(draw):
    soort = draw(st.integers(0, 3))
    if soort == 0:
        a, b = draw(momenten), draw(momenten)
        formaat = draw(st.sampled_from(["%Y-%m-%d %H:%M", "%d-%m-%Y %H:%M", "%d/%m/%Y %H.%M"]))
        scheiding = draw(st.sampled_from([" - ", " tot ", " t/m ", "–", " — "]))
        return f"{a:{formaat}}{scheiding}{b:{formaat}}"
    if soort == 1:
        uren = draw(st.decimals(min_value=-100, max_value=10_000, places=draw(st.integers(0, 3))))
        return f"{uren} {draw(st.sampled_from(['uur', 'u', '']))}".replace(".", draw(st.sampled_from([".", ","])))
    if soort == 2:
        return draw(st.text(max_size=40))
    return ""


verblijven = st.one_of(st.none(), st.text(max_size=80), st.lists(regel(), max_size=12).map("\n".join))
begindatum = st.one_of(st.none(), st.text(max_size=12), momenten.map(lambda m: f"{m:%d-%m-%Y}"))


def bedrag(tekst: str) -> Decimal:
    return Decimal(tekst.removeprefix("€ ").replace(".", "").replace(",", "."))


@settings(max_examples=300, deadline=None)
@given(zwaarte=tekst, aanbieder=tekst, lijst=verblijven, begin=begindatum)
def test_geen_invoer_laat_de_rekenhulp_crashen(handboek, zwaarte, aanbieder, lijst, begin):
    try:
        uitkomst = bereken(handboek, lees_invoer({
            "zwaarte": zwaarte, "aanbieder": aanbieder, "verblijven": lijst, "begin": begin}))
    except InvoerFout as fout:
        assert fout.fouten and all(isinstance(m, str) and m for m in fout.fouten.values())
    else:
        assert uitkomst.antwoord.startswith("€ ") and "-" not in uitkomst.antwoord and "NaN" not in uitkomst.antwoord
        assert bedrag(uitkomst.antwoord) > 0
        assert uitkomst.meldingen and uitkomst.meldingen[-1].startswith("Logeren gaat altijd samen met")


@settings(max_examples=300, deadline=None)
@given(regels=st.lists(regel(), min_size=1, max_size=8), zwaarte=st.sampled_from(["licht-midden", "zwaar"]),
       aanbieder=st.sampled_from(["micro", "regulier"]))
def test_geldige_reeksen_geven_een_positief_bedrag(handboek, regels, zwaarte, aanbieder):
    try:
        invoer = lees_invoer({"zwaarte": zwaarte, "aanbieder": aanbieder, "verblijven": "\n".join(regels)})
        uitkomst = bereken(handboek, invoer)
    except InvoerFout as fout:
        assert set(fout.fouten) <= {"verblijven"}
    else:
        assert bedrag(uitkomst.antwoord) > 0


@given(uren=st.decimals(min_value=Decimal("0.001"), max_value=5952, places=3))
def test_langer_verblijf_nooit_minder_eenheden(bundel, uren):
    """A longer stay never gives fewer etmalen, never more than 2 dagdelen, and always at least one etmaal."""
    e, d, _, _ = etmalen_en_dagdelen(uren, bundel["logeren"])
    e2, d2, _, _ = etmalen_en_dagdelen(uren + 1, bundel["logeren"])
    assert e >= 1 and 0 <= d <= 2
    assert (e2, d2) >= (e, d)
    # the units cover the stay (3.2.5: the first etmaal t/m 26 hours, each dagdeel 4 more), with no unit to spare
    gedekt = 24 * (e - 1) + 26 + 4 * d
    assert uren <= gedekt
    assert uren > gedekt - (4 if d else 16 if e > 1 else 26)
