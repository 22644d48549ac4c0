"""What the built site contains: pages, figures from the data, the runtime, and nothing from other hosts."""
import json
import re
import shutil
from html.parser import HTMLParser

from tests.conftest import ROOT, bouw_site
from tools.bedrag import euro


class _Tekst(HTMLParser):
    """Visible text of a page, and the URLs it loads (src, stylesheets, preloads)."""

    def __init__(self):
        super().__init__()
        self.delen, self.bronnen, self._verborgen = [], [], 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "style"):
            self._verborgen += 1
        if attrs.get("src"):
            self.bronnen.append(attrs["src"])
        if tag == "link" and attrs.get("rel") in ("stylesheet", "preload", "modulepreload", "icon"):
            self.bronnen.append(attrs.get("href", ""))

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._verborgen -= 1

    def handle_data(self, data):
        if not self._verborgen:
            self.delen.append(data)


def lees(pad):
    parser = _Tekst()
    parser.feed(pad.read_text(encoding="utf-8"))
    return " ".join(" ".join(parser.delen).split()), parser.bronnen


def test_elke_zorgvorm_heeft_een_pagina_met_zijn_tarieven(site, handboek):
    for zorgvorm in handboek.zorgvormen.values():
        tekst, _ = lees(site / "producten" / zorgvorm.segment_id / zorgvorm.id / "index.html")
        assert zorgvorm.naam in tekst
        for product in zorgvorm.producten:
            tarief = product.tarief(handboek.prijspeil)
            assert product.code in tekst
            for bedrag in (tarief.micro, tarief.regulier):
                if bedrag is not None:
                    assert euro(bedrag) in tekst, (zorgvorm.id, product.code)


def test_tarieventabel_bevat_elk_product(site, handboek):
    tekst, _ = lees(site / "tarieven" / "index.html")
    assert "prijspeil 2023" in tekst
    for product in handboek.producten.values():
        assert f"{product.code} {product.naam}" in tekst


def test_perspectief_1_zoals_in_het_handboek(site):
    """3.4.2 Bekostiging, row 45L12: Micro-aanbieder €2.225,76, Reguliere aanbieder €2.612,40, Traject."""
    tekst, _ = lees(site / "producten" / "ambulant" / "perspectief-1" / "index.html")
    assert "45L12 Perspectief 1 midden Traject € 2.225,76 € 2.612,40 9 maanden 3.4.2 Bekostiging" in tekst


def test_productoverzicht_linkt_naar_elke_zorgvorm(site, handboek):
    html = (site / "producten" / "index.html").read_text(encoding="utf-8")
    for zorgvorm in handboek.zorgvormen.values():
        assert f'href="{zorgvorm.segment_id}/{zorgvorm.id}/"' in html


def test_gegevens_en_python_voor_de_browser(site, handboek):
    bundel = json.loads((site / "data" / "handboek.json").read_text(encoding="utf-8"))
    assert {p["code"] for b in bundel["producten"] for zv in b["zorgvormen"] for p in zv["producten"]} == set(
        handboek.producten
    )
    assert "teksten" not in bundel  # the browser needs figures, not the prose
    import zipfile

    with zipfile.ZipFile(site / "py" / "tools.zip") as archief:
        namen = set(archief.namelist())
    assert {"tools/browser.py", "tools/model.py", "tools/rekenhulpen/trajectprijs.py"} <= namen
    for bestand in ("pyodide.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"):
        assert (site / "pyodide" / bestand).stat().st_size > 0


def test_alleen_rekenhulppaginas_laden_pyodide(site):
    laadt_python, heeft_rekenhulp = set(), set()
    for pagina in site.rglob("*.html"):
        _, bronnen = lees(pagina)
        if any(re.search(r"assets/js/(rekenhulp|herindicatie)\.js$", b) for b in bronnen):
            laadt_python.add(pagina.relative_to(site).as_posix())
        if re.search(r"data-(rekenhulp|stroom)=", pagina.read_text(encoding="utf-8")):
            heeft_rekenhulp.add(pagina.relative_to(site).as_posix())
    assert laadt_python == heeft_rekenhulp
    assert {"rekenhulpen/stapeling/index.html", "rekenhulpen/trajectprijs/index.html"} <= laadt_python


def test_geen_enkele_bron_van_een_andere_host(site):
    for pagina in site.rglob("*.html"):
        _, bronnen = lees(pagina)
        extern = [b for b in bronnen if re.match(r"^(https?:)?//", b)]
        assert extern == [], pagina
    for css in site.rglob("*.css"):
        assert not re.search(r"@import\s+url\(\s*['\"]?https?:|url\(\s*['\"]?https?://", css.read_text()), css


def test_rekenvoorbeeld_staat_er_al_voordat_python_laadt(site):
    tekst, _ = lees(site / "rekenhulpen" / "trajectprijs" / "index.html")
    assert "Rekenvoorbeeld: 54L03 GGZ zwaar: plek voor 8 maanden Prijs: € 3.200,00" in tekst  # 1.1.2.2.3
    assert "De rekenhulp wordt geladen" in tekst


def test_kapotte_gegevens_stoppen_de_bouw_met_een_duidelijke_melding(tmp_path):
    data = tmp_path / "handbook_data"
    shutil.copytree(ROOT / "tests" / "fixtures" / "basis", data)
    (data / "producten" / "ambulant.yaml").write_text(
        (data / "producten" / "ambulant.yaml").read_text().replace("regulier: 1306.20", 'regulier: "1.306,2O"')
    )
    resultaat = bouw_site(tmp_path / "site", HANDBOEK_DATA=str(data))
    uitvoer = resultaat.stdout + resultaat.stderr
    assert resultaat.returncode != 0
    assert "De gegevens in handbook_data/ kloppen niet:" in uitvoer
    assert (
        'handbook_data/producten/ambulant.yaml: zorgvormen[0].producten[0].tarieven[0].regulier: '
        'moet een bedrag zijn, kreeg "1.306,2O"'
    ) in uitvoer
    assert "Traceback" not in uitvoer
    assert not (tmp_path / "site" / "index.html").exists()


def test_elke_productcode_staat_in_het_zoekbare_overzicht(site, handboek):
    tekst, _ = lees(site / "producten" / "index.html")
    for product in handboek.producten.values():
        assert f"{product.code} {product.naam}" in tekst


def test_zoekindex_vindt_een_code(site):
    """The search box finds '54L02': the code is in the search index of the GGZ page."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert any("54L02" in doc["text"] and doc["location"].startswith("producten/ambulant/ggz/") for doc in index["docs"])


def test_elke_zorgvorm_staat_in_de_navigatie(site, handboek):
    html = (site / "index.html").read_text(encoding="utf-8")
    for zorgvorm in handboek.zorgvormen.values():
        assert f'href="producten/{zorgvorm.segment_id}/{zorgvorm.id}/"' in html, zorgvorm.id


def test_aanbiederspagina_noemt_alle_producten_van_een_aanbieder(site, handboek):
    html = (site / "aanbieders" / "index.html").read_text(encoding="utf-8")
    rij = re.search(r'<tr>\s*<td><span id="pactum"></span>(.*?)</tr>', html, re.S).group(1)
    for zorgvorm, _ in handboek.contracten("pactum"):
        for product in zorgvorm.producten:
            assert product.code in rij
    assert "Stichting Rubicon Jeugdzorg" in rij


def test_zorgvormpagina_linkt_naar_de_aanbieder(site):
    html = (site / "producten" / "ambulant" / "perspectief-1" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../../aanbieders/#pactum"' in html


def test_redactierapport_toont_elke_bevinding(site, bundel):
    html = (site / "redactierapport" / "index.html").read_text(encoding="utf-8")
    for bevinding in bundel["redactie"]:
        assert f'id="{bevinding["id"]}"' in html
    tekst, _ = lees(site / "redactierapport" / "index.html")
    assert f"{len(bundel['redactie'])} bevindingen." in tekst


def test_open_data_bestanden(site, handboek):
    import csv

    producten = json.loads((site / "data" / "producten.json").read_text(encoding="utf-8"))
    assert [p["code"] for p in producten] == list(handboek.producten)
    p12 = next(p for p in producten if p["code"] == "45L12")
    assert p12["tarieven"] == [{"prijspeil": 2023, "micro": "2225.76", "regulier": "2612.40", "status": None,
                                "toelichting": None, "bron": "3.4.2 Bekostiging"}]
    with (site / "data" / "tarieven.csv").open(encoding="utf-8") as bestand:
        rijen = list(csv.DictReader(bestand))
    assert len(rijen) == sum(len(p.tarieven) for p in handboek.producten.values())
    assert {"code": "44A80", "status": "tarief per aanbieder", "regulier": ""}.items() <= next(
        r for r in rijen if r["code"] == "44A80").items()
    aanbieders = json.loads((site / "data" / "aanbieders.json").read_text(encoding="utf-8"))
    assert len(aanbieders) == len(handboek.aanbieders)
    gemeenten = json.loads((site / "data" / "gemeenten.json").read_text(encoding="utf-8"))
    assert len(gemeenten["gemeenten"]) == 7
    matrix = json.loads((site / "data" / "stapelingsmatrix.json").read_text(encoding="utf-8"))
    assert {"onderdelen", "combinaties", "voetnoten"} <= set(matrix)


def test_verwijsoverzicht_volgt_de_voorwaarden(site, handboek):
    """Vervoer is only reachable via the gemeentelijke toegang (2.6); segment 1 only via the bijzondere toegang."""
    html = (site / "verwijzers" / "index.html").read_text(encoding="utf-8")
    rijen = {m.group(1): re.findall(r"<td[^>]*>(ja|nee|\?)</td>", m.group(2))
             for m in re.finditer(r'<tr>\s*<td><a href="[^"]*/([a-z0-9-]+)/">.*?</a></td>(.*?)</tr>', html, re.S)}
    assert len(rijen) == len(handboek.zorgvormen)
    assert rijen["vervoer"] == ["ja", "nee", "nee", "nee", "nee"]
    assert rijen["behandeling-met-verblijf"] == ["nee", "nee", "nee", "nee", "ja"]


def test_zorgvormpagina_toont_voorwaarden(site):
    tekst, _ = lees(site / "producten" / "ambulant" / "vaktherapie" / "index.html")
    assert "Herindicatie: niet mogelijk." in tekst
    assert "Garantiefase: 6 maanden." in tekst
    assert "selectiefunctionaris, inrichtingsarts. De volgende partijen" in tekst
