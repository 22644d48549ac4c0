"""Property tests (CPython only: hypothesis has native parts that Pyodide lacks)."""
import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings, strategies as st  # noqa: E402

from tools.rekenhulpen import InvoerFout  # noqa: E402
from tools.rekenhulpen.trajectprijs import bereken, lees_invoer  # noqa: E402

tekst = st.one_of(st.none(), st.text(max_size=12))
getal = st.one_of(tekst, st.integers(-10, 10**7).map(str), st.decimals(allow_nan=True, allow_infinity=True).map(str),
                  st.sampled_from(["4.400", "4.400,50", "1,5", "0", "NaN", "Infinity", "1e9"]))


@settings(max_examples=300, deadline=None)
@given(
    code=st.one_of(tekst, st.sampled_from(["45L11", "54l03", "45L14", "44A07", "44A80", "45L61", "42A03"])),
    aanbieder=st.one_of(tekst, st.sampled_from(["micro", "regulier"])),
    gemeente=st.one_of(tekst, st.sampled_from(["beesel", "bergen", "venlo", "venray"])),
    perceel=st.one_of(tekst, st.sampled_from(["regionaal", "lokaal"])),
    aantal=getal, looptijd=getal, plekprijs=getal, life_event=getal,
)
def test_geen_invoer_laat_de_rekenhulp_crashen(handboek, code, aanbieder, gemeente, perceel, aantal, looptijd,
                                               plekprijs, life_event):
    velden = dict(code=code, aanbieder=aanbieder, gemeente=gemeente, perceel=perceel, aantal=aantal,
                  looptijd=looptijd, plekprijs=plekprijs, life_event=life_event)
    try:
        uitkomst = bereken(handboek, lees_invoer(velden))
    except InvoerFout as fout:
        assert fout.fouten and all(isinstance(m, str) and m for m in fout.fouten.values())
    else:
        assert uitkomst.antwoord.startswith("€ ") and "-" not in uitkomst.antwoord and "NaN" not in uitkomst.antwoord
