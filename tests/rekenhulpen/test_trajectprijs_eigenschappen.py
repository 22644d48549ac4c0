"""Property tests (CPython only: hypothesis has native parts that Pyodide lacks)."""
import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, strategies as st  # noqa: E402

from tools.rekenhulpen import InvoerFout  # noqa: E402
from tools.rekenhulpen.trajectprijs import bereken, lees_invoer  # noqa: E402

tekst = st.one_of(st.none(), st.text(max_size=12), st.sampled_from(["45L11", "54l03", "45L14", "micro", "regulier"]))


@given(code=tekst, aanbieder=tekst)
def test_geen_invoer_laat_de_rekenhulp_crashen(handboek, code, aanbieder):
    try:
        uitkomst = bereken(handboek, lees_invoer({"code": code, "aanbieder": aanbieder}))
    except InvoerFout as fout:
        assert fout.fouten and all(isinstance(m, str) and m for m in fout.fouten.values())
    else:
        assert uitkomst.antwoord.startswith("€ ") and "-" not in uitkomst.antwoord and "NaN" not in uitkomst.antwoord
