"""Segment 4 Ambulant in handbook_data/ says what the handbook says (3.4.2–3.4.7, 1.1.2.2.3)."""
import re

import pytest

from tools.bedrag import naar_decimal


def _bedrag(tekst: str):
    return naar_decimal(tekst.replace(".", "").replace(",", "."))


def _bekostigingsregels(handboektekst):
    """Rows of the Bekostiging tables in 3.4: code → (eenheid, micro, regulier), read from the extracted text."""
    begin, eind = handboektekst.index("3.4.2 Ambulante hulp Perspectief 1"), handboektekst.index("4.1 Integrale vroeghulp")
    regels = [r.strip() for r in handboektekst[begin:eind].splitlines() if r.strip()]
    tabel = {}
    for i, regel in enumerate(regels):
        treffer = re.search(r"\b(\d\d[A-Z]\d\d) (Traject|Uur) Micro-aanbieder: €([\d.,]+)", regel)
        if treffer:
            volgende = next(r for r in regels[i + 1:] if r.startswith("Reguliere aanbieder:"))
            regulier = re.search(r"€([\d.,]+)", volgende).group(1)
            tabel[treffer.group(1)] = (treffer.group(2).lower(), _bedrag(treffer.group(3)), _bedrag(regulier))
    return tabel


def test_alle_codes_uit_de_bekostigingstabellen_staan_in_de_gegevens(handboek, handboektekst):
    ambulant = {p.code for p in handboek.producten.values() if p.segment_id == "ambulant"}
    assert ambulant == set(_bekostigingsregels(handboektekst))
    assert len(ambulant) == 22


def test_zes_zorgvormen_in_segment_4(handboek):
    namen = [zv.naam for zv in handboek.segmenten["ambulant"].zorgvormen]
    assert namen == ["Ambulante hulp Perspectief 1", "Ambulante hulp Perspectief 2", "Ambulante hulp Duurzaam",
                     "GGZ", "Vaktherapie", "Dyslexie"]


def test_tarieven_en_eenheden_tot_op_de_cent(handboek, handboektekst):
    for code, (eenheid, micro, regulier) in _bekostigingsregels(handboektekst).items():
        product = handboek.product(code)
        tarief = product.tarief(2023)
        assert (product.eenheid.id, tarief.micro, tarief.regulier) == (eenheid, micro, regulier), code
        assert tarief.prijspeil == 2023 and tarief.bron.startswith(product.bron.split()[0])


def test_gemiddelde_looptijden_volgen_de_tabel_in_1_1_2_2_3(handboek, handboektekst):
    rijen = re.findall(r"Segment 4 - Ambulant (\d\d[A-Z]\d\d) - .*? (\d+) *$", handboektekst, re.MULTILINE)
    assert len(rijen) == 13
    for code, maanden in rijen:
        looptijd = handboek.product(code).looptijd
        assert looptijd.gemiddeld_maanden == int(maanden), code
        assert looptijd.bron.startswith("1.1.2.2.3")


def test_uurproducten_hebben_geen_gemiddelde_looptijd(handboek):
    for product in handboek.segmenten["ambulant"].zorgvormen[0].producten:
        assert (product.looptijd is None) == (product.eenheid.id == "uur")


@pytest.mark.parametrize(("code", "maximum", "zin"), [
    ("45L11", 18, "(max. 18 maanden, met een"),
    ("45L22", 12, "(max. 12 maanden, met een"),
])
def test_maximale_looptijd_staat_in_de_producttekst(handboek, handboektekst, code, maximum, zin):
    assert handboek.product(code).looptijd.maximum_maanden == maximum
    assert zin in handboektekst


def test_micro_tarief_is_lager_dan_regulier(handboek):
    """2.8: 'micro-aanbieders hebben een lager tarief' — for every ambulant product."""
    for product in handboek.producten.values():
        if product.segment_id == "ambulant":
            tarief = product.tarief(2023)
            assert tarief.micro < tarief.regulier, product.code
