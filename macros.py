"""mkdocs-macros module: turns the handbook data into pages and tables.

Loading and checking the data, and every calculation, live in tools/; this module only picks what a page shows
and hands it to a Jinja template in templates/.
"""
from __future__ import annotations

import os
import posixpath
from pathlib import Path

import jinja2
from mkdocs.exceptions import Abort

from tools.bedrag import euro
from tools.laden import DATA_MAP, DataFout, laad_handboek
from tools import browser
from tools.stapeling import STATUS_TEKST, ZEKERHEID_TEKST

TEMPLATES = Path(__file__).resolve().parent / "templates"

VERWIJZERS = {
    "gemeentelijke-toegang": "Gemeentelijke toegang",
    "gecertificeerde-instelling": "Gecertificeerde instelling (GI)",
    "huisarts-jeugdarts-medisch-specialist": "Huisarts, jeugdarts of medisch specialist",
    "rechter-om": "Rechter, OM, selectiefunctionaris, inrichtingsarts",
    "bijzondere-toegang": "Bijzondere toegang",
}

PERCELEN = {
    "regionaal": "Regionaal gecontracteerd (voor 7 gemeenten)",
    "lokaal": "Lokaal gecontracteerd (voor alle gemeenten behalve Venlo)",
    "overig": "Gecontracteerd",
}


def zorgvorm_pad(zorgvorm) -> str:
    """Where a zorgvorm's generated page lives, relative to docs/."""
    return f"producten/{zorgvorm.segment_id}/{zorgvorm.id}.md"


def segment_pad(segment) -> str:
    return f"producten/{segment.id}/index.md"


def define_env(env):
    try:
        handboek = laad_handboek(os.environ.get("HANDBOEK_DATA", DATA_MAP))
    except DataFout as fout:
        raise Abort("De gegevens in handbook_data/ kloppen niet:\n  " + "\n  ".join(fout.meldingen)) from None
    env.variables["handboek"] = handboek

    sjablonen = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    sjablonen.filters["euro"] = euro

    def link(doel: str) -> str:
        """A Markdown link from the page being rendered to another page; both paths relative to docs/."""
        return posixpath.relpath(doel, posixpath.dirname(env.page.file.src_uri) or ".")

    def asset(pad: str) -> str:
        """A URL for raw HTML (script src), which MkDocs does not rewrite: relative to the page's own URL."""
        return "../" * env.page.url.count("/") + pad

    sjablonen.globals.update(
        handboek=handboek, link=link, zorgvorm_pad=zorgvorm_pad, segment_pad=segment_pad, percelen=PERCELEN,
        verwijzers=VERWIJZERS, status_tekst=STATUS_TEKST, zekerheid_tekst=ZEKERHEID_TEKST,
    )

    def render(sjabloon: str, **waarden) -> str:
        return sjablonen.get_template(sjabloon).render(**waarden)

    def rekenhulpen_voor(zorgvorm) -> list[tuple[str, str]]:
        """The calculators that apply to a zorgvorm, each as (label, link with the zorgvorm filled in), as the
        calculators' own data say. '#…' only fills in the form; herindicatie's '?…' is its first answer."""
        bundel, codes = handboek.bundel, {p.code for p in zorgvorm.producten}
        gevonden = []
        geprijsd = [p for p in handboek.geprijsde_producten() if p.zorgvorm_id == zorgvorm.id]
        if geprijsd:
            gevonden.append(("Wat kost het in uw gemeente?", f"rekenhulpen/trajectprijs.md#code={geprijsd[0].code}"))
        if zorgvorm.id in {z["id"] for z in bundel["maatwerk"]["zorgvormen"]}:
            gevonden.append(("Maatwerk of meerwerk?", f"rekenhulpen/maatwerk.md#zorgvorm={zorgvorm.id}"))
        if codes & {z[soort] for z in bundel["logeren"]["zwaarten"] for soort in ("etmaal", "dagdeel")}:
            gevonden.append(("Etmalen en dagdelen logeren", "rekenhulpen/logeren.md"))
        onderdelen = [o.id for o in handboek.stapelingsmatrix.onderdelen.values() if o.codes and set(o.codes) <= codes]
        if onderdelen:
            gevonden.append(("Mag dit samen met een ander product?", f"rekenhulpen/stapeling.md#kies={onderdelen[0]}"))
        startvraag = next(v for v in bundel["herindicatie"]["vragen"] if v["id"] == bundel["herindicatie"]["start"])
        if zorgvorm.id in {a["id"] for a in startvraag["antwoorden"]}:
            gevonden.append(("Herindicatie?", f"rekenhulpen/herindicatie.md?{startvraag['id']}={zorgvorm.id}"))
        return gevonden

    @env.macro
    def zorgvorm_pagina(zorgvorm_id: str) -> str:
        zorgvorm = handboek.zorgvormen[zorgvorm_id]
        tekst = handboek.bundel["teksten"].get(zorgvorm.tekst, "") if zorgvorm.tekst else ""
        return render("zorgvorm.md.j2", zorgvorm=zorgvorm, tekst=tekst, rekenhulpen=rekenhulpen_voor(zorgvorm))

    @env.macro
    def segment_pagina(segment_id: str) -> str:
        segment = handboek.segmenten[segment_id]
        tekst = handboek.bundel["teksten"].get(f"{segment.id}.md", "")
        return render("segment.md.j2", segment=segment, tekst=tekst)

    @env.macro
    def productoverzicht() -> str:
        return render("productoverzicht.md.j2")

    @env.macro
    def tarieventabel() -> str:
        return render("tarieventabel.md.j2", asset=asset)

    @env.macro
    def verwijsstamboom() -> str:
        return render("verwijsstamboom.md.j2", stamboom=handboek.bundel["verwijsstamboom"])

    @env.macro
    def stapelingsmatrix() -> str:
        return render("stapelingsmatrix.md.j2", matrix=handboek.stapelingsmatrix)

    @env.macro
    def verwijsoverzicht() -> str:
        return render("verwijzers.md.j2")

    @env.macro
    def aanbiederslijst() -> str:
        return render("aanbieders.md.j2")

    @env.macro
    def redactierapport() -> str:
        return render("redactierapport.md.j2", bevindingen=handboek.bundel["redactie"])

    @env.macro
    def gemeenten_pagina() -> str:
        return render("gemeenten.md.j2", gemeenten=handboek.bundel["gemeenten"],
                      tekst=handboek.bundel["teksten"].get("gemeenten.md", ""))

    @env.macro
    def stroomschema(naam: str) -> str:
        """The whole flow of a smart answer as an inline SVG, drawn from its flow definition."""
        return browser.rekenhulp(naam).schema_svg(handboek)

    @env.macro
    def rekenhulp(naam: str) -> str:
        """A calculator: its form (templates/rekenhulp_<naam>.md.j2), the worked example the module names in
        VOORBEELD, computed now by the same code the browser runs, and the script that loads Python."""
        module = browser.rekenhulp(naam)
        return render(
            f"rekenhulp_{naam}.md.j2", voorbeeld=module.bereken(handboek, module.VOORBEELD),
            script=asset(f"assets/js/{getattr(module, 'SCRIPT', 'rekenhulp.js')}"),
        )
