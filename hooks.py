"""MkDocs hooks: the files the build adds besides docs/.

- one page per segment and per zorgvorm, generated from handbook_data/ (their content is a macro call);
- data/handboek.json: the validated data bundle the calculators read in the browser;
- data/*.json and data/tarieven.csv: open data (see docs/open-data.md);
- py/tools.zip: the same tools/ package pytest runs, for Pyodide;
- pyodide/: the Pyodide runtime from the pinned npm package, so the site needs no other host.
"""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from mkdocs.exceptions import Abort
from mkdocs.structure.files import File

from macros import segment_pad, zorgvorm_pad
from tools import opendata

ROOT = Path(__file__).resolve().parent
PYODIDE = ROOT / "node_modules" / "pyodide"
PYODIDE_BESTANDEN = ["pyodide.mjs", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"]


def _handboek(config):
    return config.plugins["macros"].variables["handboek"]


def on_config(config):
    """Put the generated product pages into the navigation under 'Producten'."""
    handboek = _handboek(config)
    producten = next(item for item in config.nav if isinstance(item, dict) and "Producten" in item)["Producten"]
    for segment in handboek.segmenten.values():
        if segment.zorgvormen:
            producten.append({
                segment.titel: [segment_pad(segment)] + [{zv.naam: zorgvorm_pad(zv)} for zv in segment.zorgvormen]
            })
    return config


def on_files(files, config):
    handboek = _handboek(config)
    for segment in handboek.segmenten.values():
        if segment.zorgvormen:
            files.append(_pagina(config, segment_pad(segment), segment.titel, f'segment_pagina("{segment.id}")'))
        for zorgvorm in segment.zorgvormen:
            files.append(_pagina(config, zorgvorm_pad(zorgvorm), zorgvorm.naam, f'zorgvorm_pagina("{zorgvorm.id}")'))

    browserdata = {sleutel: waarde for sleutel, waarde in handboek.bundel.items() if sleutel != "teksten"}
    files.append(File.generated(config, "data/handboek.json", content=json.dumps(browserdata, ensure_ascii=False)))
    for naam, inhoud in {
        "producten.json": opendata.producten(handboek),
        "aanbieders.json": opendata.aanbieders(handboek),
        "gemeenten.json": handboek.bundel["gemeenten"],
        "stapelingsmatrix.json": handboek.bundel["stapelingsmatrix"],
    }.items():
        tekst = json.dumps(inhoud, ensure_ascii=False, indent=1)
        files.append(File.generated(config, f"data/{naam}", content=tekst))
    files.append(File.generated(config, "data/tarieven.csv", content=opendata.tarieven_csv(handboek)))
    files.append(File.generated(config, "py/tools.zip", content=_tools_zip()))

    ontbrekend = [naam for naam in PYODIDE_BESTANDEN if not (PYODIDE / naam).is_file()]
    if ontbrekend:
        raise Abort(
            f"De Pyodide-runtime ontbreekt ({', '.join(ontbrekend)} niet in {PYODIDE.relative_to(ROOT)}). "
            "Voer 'npm ci' uit; 'make build' en 'make serve' doen dat zelf."
        )
    for naam in PYODIDE_BESTANDEN:
        files.append(File.generated(config, f"pyodide/{naam}", abs_src_path=str(PYODIDE / naam)))
    return files


def _pagina(config, pad: str, titel: str, macro: str) -> File:
    return File.generated(config, pad, content=f"---\ntitle: {json.dumps(titel)}\n---\n\n{{{{ {macro} }}}}\n")


def _tools_zip() -> bytes:
    """The tools/ package as a zip with fixed timestamps, so identical sources give identical bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archief:
        for pad in sorted((ROOT / "tools").rglob("*.py")):
            info = zipfile.ZipInfo(pad.relative_to(ROOT).as_posix(), date_time=(2023, 8, 1, 0, 0, 0))
            archief.writestr(info, pad.read_bytes(), zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
