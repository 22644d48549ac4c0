"""The whole catalogue in handbook_data/ against the handbook text: codes, amounts, providers, gemeenten."""
import re

import pytest

# Codes in the handbook that are not products of this handbook, each with the reason.
GEEN_PRODUCT = {
    "45A63": "oud product, genoemd in het Programma van eisen (3.4.2–3.4.4) als 'huidige producten'",
    "45A04": "idem", "45A05": "idem", "45B63": "idem", "45B64": "idem", "45B65": "idem",
    "15A01": "Wmo-code, genoemd in 3.2.6 Beschermd wonen",
    "41L23": "staat alleen in de looptijdtabel 1.1.2.2.3; zie het redactierapport",
}


@pytest.fixture(scope="module")
def regels(handboektekst):
    return [r.strip() for r in handboektekst.splitlines() if r.strip()]


def test_elke_code_uit_het_handboek_is_een_product(handboek, handboektekst):
    in_handboek = set(re.findall(r"\b\d\d[A-Z]\d\d\b", handboektekst))
    assert in_handboek - set(GEEN_PRODUCT) == set(handboek.producten)
    assert len(handboek.producten) == 52


def test_eenmalige_code_staat_in_het_redactierapport(bundel):
    eenmalig = {code for b in bundel["redactie"] if b["soort"] == "eenmalig" for code in b.get("codes", [])}
    assert "41L23" in eenmalig


def test_elk_bedrag_staat_bij_zijn_code_in_het_handboek(handboek, regels):
    """Each amount appears within a dozen lines after its product code (thousands separators ignored)."""
    def kaal(tekst):
        return tekst.replace(".", "").replace(" ", "")

    for product in handboek.producten.values():
        plekken = [i for i, regel in enumerate(regels) if product.code in regel]
        for tarief in product.tarieven:
            for bedrag in (tarief.micro, tarief.regulier):
                if bedrag is None:
                    continue
                gezocht = f"€{bedrag:.2f}".replace(".", ",")
                assert any(gezocht in kaal(" ".join(regels[i:i + 12])) for i in plekken), (product.code, gezocht)


def test_producten_zonder_bedrag_zeggen_wat_het_handboek_zegt(handboek):
    zonder = {p.code: p.tarief(handboek.prijspeil).status for p in handboek.producten.values()
              if p.tarief(handboek.prijspeil).status}
    assert zonder["44A80"] == "tarief per aanbieder"  # 2.8: "44A80 – Tarief per aanbieder"
    assert set(zonder.values()) <= {"tarief per aanbieder", "niet gepubliceerd"}


def test_elke_aanbieder_staat_zo_in_het_handboek(handboek, handboektekst):
    tekst = " ".join(handboektekst.split())
    for aanbieder in handboek.aanbieders.values():
        namen = [aanbieder.naam, *aanbieder.ook_geschreven_als]
        assert any(naam in tekst for naam in namen), aanbieder.id


def test_elke_aanbieder_heeft_een_contract(handboek):
    assert [a.id for a in handboek.aanbieders.values() if not handboek.contracten(a.id)] == []


def _lijst(regels, begin, eind):
    """The bullet lines between two headings of the extracted text."""
    start = regels.index(begin)
    stop = next(i for i in range(start + 1, len(regels)) if regels[i].startswith(eind))
    return [r for r in regels[start + 1:stop] if r.startswith("•")]


def test_gecontracteerde_partijen_perspectief_1(handboek, regels):
    """3.4.2: the regional list and the local list, entry for entry."""
    zorgvorm = handboek.zorgvormen["perspectief-1"]
    regionaal = _lijst(regels, "Regionaal gecontracteerd (voor 7 gemeenten)", "Lokaal gecontracteerd")
    lokaal = _lijst(regels, "Lokaal gecontracteerd (voor alle gemeenten behalve Venlo)", "Programma van eisen")
    assert len(zorgvorm.gecontracteerd["regionaal"]) == len(regionaal) == 25
    assert len(zorgvorm.gecontracteerd["lokaal"]) == len(lokaal) == 31


def test_zeven_gemeenten_met_contactgegevens_uit_1_1_8(bundel, handboektekst):
    handboektekst = " ".join(handboektekst.split())  # the PDF wraps lines mid-number
    gemeenten = bundel["gemeenten"]["gemeenten"]
    assert [g["naam"] for g in gemeenten] == [
        "Beesel", "Bergen", "Gennep", "Horst aan de Maas", "Peel en Maas", "Venlo", "Venray"]
    for gemeente in gemeenten:
        toegang = gemeente["toegang"]
        assert toegang["bron"].startswith("1.1.8")
        for telefoon in toegang["telefoon"]:
            assert telefoon["nummer"] in handboektekst, gemeente["id"]
        if "email" in toegang:
            assert toegang["email"] in handboektekst


def test_venlo_doet_niet_mee_aan_het_lokale_perceel(bundel):
    deelname = {g["id"]: g["lokaal_perceel"]["deelname"] for g in bundel["gemeenten"]["gemeenten"]}
    assert [g for g, doet_mee in deelname.items() if not doet_mee] == ["venlo"]


def test_elke_twijfel_in_de_bekostiging_heeft_een_reden(bundel):
    for gemeente in bundel["gemeenten"]["gemeenten"]:
        for regel in gemeente["bekostiging"]:
            assert regel["zekerheid"] == "expliciet" or regel.get("reden"), (gemeente["id"], regel["onderdeel"])
