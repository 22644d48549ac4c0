"""The verwijsstamboom page (handbook 2.8): generated from the product data plus handbook_data/verwijsstamboom.yaml."""
import re

import pytest

from tests.site.test_gebouwde_site import lees
from tools.bedrag import euro

BLAD = re.compile(r"<li>(?:\s*<p>)?<code>(\d{2}[A-Z]\d{2})</code>(.*?)</li>", re.S)


def _plat(tekst: str) -> str:
    """Whitespace collapsed (also the no-break spaces the page puts between € and the amount)."""
    return " ".join(tekst.split())


def _zichtbaar(html: str) -> str:
    return _plat(re.sub(r"<[^>]+>", " ", html).replace("&nbsp;", " "))


@pytest.fixture(scope="module")
def pagina(site):
    return (site / "verwijsstamboom" / "index.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def boom(pagina):
    """The tree (the nav landmark), and each leaf's HTML by product code."""
    begin = pagina.index('<nav aria-label="Verwijsstamboom">')
    html = pagina[begin:pagina.index("</nav>", begin)]
    bladeren: dict[str, list[str]] = {}
    for code, inhoud in BLAD.findall(html):
        bladeren.setdefault(code, []).append(inhoud)
    return html, bladeren


@pytest.fixture(scope="module")
def stamboom(bundel):
    assert bundel["verwijsstamboom"], "handbook_data/verwijsstamboom.yaml ontbreekt in de bundel"
    return bundel["verwijsstamboom"]


def test_elke_productcode_staat_precies_een_keer_in_de_boom(site, boom, handboek):
    _, bladeren = boom
    assert set(bladeren) == set(handboek.producten)
    assert {code: len(b) for code, b in bladeren.items() if len(b) != 1} == {}
    tekst, _ = lees(site / "verwijsstamboom" / "index.html")
    for code in handboek.producten:
        assert len(re.findall(rf"\b{code}\b", tekst)) == 1, code


def test_elk_blad_heeft_regulier_tarief_eenheid_en_link_naar_de_zorgvorm(boom, handboek):
    _, bladeren = boom
    for code, product in handboek.producten.items():
        blad = bladeren[code][0]
        tekst = _zichtbaar(blad)
        tarief = product.tarief(handboek.prijspeil)
        if tarief.regulier is not None:
            assert f"{euro(tarief.regulier)} per {product.eenheid.naam.lower()}" in tekst, (code, tekst)
        else:
            assert tarief.status.lower() in tekst.lower(), (code, tekst)
        if tarief.micro is not None and tarief.micro != tarief.regulier:
            assert euro(tarief.micro) not in tekst, f"{code}: de boom toont reguliere tarieven, niet micro"
        zorgvorm = handboek.zorgvormen[product.zorgvorm_id]
        assert f'href="../producten/{zorgvorm.segment_id}/{zorgvorm.id}/"' in blad, code
        assert product.naam in tekst


def test_traject_of_pxq_volgt_de_eenheid(boom, handboek):
    _, bladeren = boom
    verwacht = {"traject": "<strong>Traject</strong>", "pxq": "<strong>PxQ</strong>"}
    for code, product in handboek.producten.items():
        blad = bladeren[code][0]
        getoond = {soort for soort, markering in verwacht.items() if markering in blad}
        assert getoond == ({product.eenheid.bekostiging} & set(verwacht)), (code, product.eenheid.bekostiging, blad)


def test_kenmerken_staan_bij_hun_product_en_letterlijk_in_het_handboek(boom, stamboom, handboektekst):
    _, bladeren = boom
    handboek_plat = _plat(handboektekst)
    kenmerken = [p for p in stamboom["producten"] if "kenmerk" in p]
    assert kenmerken
    for p in kenmerken:
        assert _plat(p["kenmerk"]) in _zichtbaar(bladeren[p["code"]][0]), p["code"]
        assert _plat(p["kenmerk"]) in handboek_plat, f"{p['code']}: '{p['kenmerk']}' staat niet zo in het handboek"


def test_kenmerk_van_elke_zorgvorm_staat_in_de_boom(boom, handboek, handboektekst):
    html, _ = boom
    tekst = _zichtbaar(html)
    for zorgvorm in handboek.zorgvormen.values():
        if zorgvorm.kenmerk:
            assert _plat(zorgvorm.kenmerk) in tekst, zorgvorm.id
            assert _plat(zorgvorm.kenmerk) in _plat(handboektekst), zorgvorm.id


def test_opmerkingen_onder_de_boom_letterlijk(pagina, stamboom, handboektekst):
    tekst = _zichtbaar(pagina)
    for opmerking in stamboom["opmerkingen"]:
        assert opmerking["bron"].startswith("2.8")
        assert _plat(opmerking["tekst"]) in tekst
        assert _plat(opmerking["tekst"]) in _plat(handboektekst)


def test_takken_in_de_volgorde_van_2_8(pagina, stamboom, handboek):
    samenvattingen = re.findall(r"<summary>(.*?)</summary>", pagina)
    verwacht = [handboek.segmenten[t["segment"]].titel for t in stamboom["segmenten"]] + [stamboom["overige"]["kop"]]
    assert samenvattingen[: len(verwacht)] == verwacht
    ambulant = pagina[pagina.index("<summary>Segment 4: Ambulant</summary>"):]
    ambulant = ambulant[: ambulant.index("</details>")]
    posities = [ambulant.index(f'href="../producten/{handboek.zorgvormen[z].segment_id}/{z}/"')
                for z in next(t for t in stamboom["segmenten"] if t["segment"] == "ambulant")["zorgvormen"]]
    assert posities == sorted(posities)


def test_verwijzingen_in_de_stamboomgegevens_bestaan(stamboom, handboek, bundel):
    bevindingen = {b["id"] for b in bundel["redactie"]}
    genoemd = [z for tak in stamboom["segmenten"] for z in tak["zorgvormen"]]
    assert sorted(set(z for z in genoemd if genoemd.count(z) > 1)) == []
    assert [z for z in genoemd if z not in handboek.zorgvormen] == []
    codes = stamboom["overige"]["codes"] + [p["code"] for p in stamboom["producten"]]
    assert [c for c in codes if c not in handboek.producten] == []
    ids = [i for tak in stamboom["segmenten"] for i in tak.get("redactie", [])]
    ids += [i for p in stamboom["producten"] for i in p.get("redactie", [])]
    assert [i for i in ids if i not in bevindingen] == []


def test_afwijking_in_2_8_linkt_naar_het_redactierapport(boom):
    _, bladeren = boom
    assert 'href="../redactierapport/#stamboom-code-ernstig-meervoudige-beperking"' in bladeren["41A16"][0]


def test_intro_noemt_prijspeil_en_linkt_naar_tarieven(pagina, handboek):
    tekst = _zichtbaar(pagina)
    assert f"prijspeil {handboek.prijspeil}" in tekst
    assert 'href="../tarieven/"' in pagina
