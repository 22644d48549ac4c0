"""Read handbook_data/, validate every file against its schema, check across files, build the bundle.

A problem never passes silently: every message names the file, the place in the document and the reason, and
all problems are reported at once so an editor can fix them in one go.

    python -m tools.laden [handbook_data]     # the validate command
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from tools.model import Handboek
from tools.schema import Validator, pad_erbij

DATA_MAP = Path(__file__).resolve().parent.parent / "handbook_data"
SCHEMA_MAP = DATA_MAP / "schema"


class DataFout(Exception):
    """The data cannot be used; .meldingen lists every problem as 'file: path: reason'."""

    def __init__(self, meldingen: list[str]):
        self.meldingen = meldingen
        super().__init__("\n".join(meldingen))


def _yaml_loader():
    import yaml  # only needed at build time; the browser receives JSON

    class StrengeLoader(yaml.SafeLoader):
        """SafeLoader that refuses a key written twice in one mapping (YAML would silently keep the last)."""

        def construct_mapping(self, node, deep=False):
            gezien = set()
            for sleutel_node, _ in node.value:
                sleutel = self.construct_object(sleutel_node, deep=deep)
                if sleutel in gezien:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"de sleutel '{sleutel}' staat twee keer in dezelfde groep", sleutel_node.start_mark
                    )
                gezien.add(sleutel)
            return super().construct_mapping(node, deep=deep)

    return yaml, StrengeLoader


def lees_yaml(pad: Path, naam: str):
    """Parse one YAML file; a syntax error becomes DataFout with line and column."""
    yaml, loader = _yaml_loader()
    try:
        return yaml.load(pad.read_text(encoding="utf-8"), Loader=loader)
    except yaml.MarkedYAMLError as fout:
        plek = f":{fout.problem_mark.line + 1}:{fout.problem_mark.column + 1}" if fout.problem_mark else ""
        hint = " (controleer de inspringing op deze regel en de regel erboven)" if "block" in str(fout.problem) else ""
        raise DataFout([f"{naam}{plek}: geen geldige YAML: {fout.problem or fout}{hint}"]) from None
    except UnicodeDecodeError:
        raise DataFout([f"{naam}: is geen UTF-8-tekst"]) from None


def _schema_naam(relatief: str) -> str:
    if relatief.startswith("producten/"):
        return "producten.schema.json"
    if relatief.startswith("redactie/"):
        return "redactie.schema.json"
    return relatief.split("/")[0].split(".")[0] + ".schema.json"


def laad_bundel(map: Path = DATA_MAP, schema_map: Path = SCHEMA_MAP) -> dict:
    """All data as one plain dict (the bundle), after schema and cross-file checks. Raises DataFout."""
    map = Path(map)
    schemas = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(schema_map).glob("*.json"))}
    validator = Validator(schemas)
    meldingen: list[str] = []
    documenten: dict[str, object] = {}
    for pad in sorted(map.rglob("*.yaml")):
        relatief = pad.relative_to(map).as_posix()
        naam = f"{map.name}/{relatief}"
        schema = _schema_naam(relatief)
        try:
            data = lees_yaml(pad, naam)
        except DataFout as fout:
            meldingen += fout.meldingen
            continue
        if schema not in validator.schemas:
            meldingen.append(f"{naam}: er is geen schema voor dit bestand (verwacht schema/{schema})")
            continue
        problemen = validator.valideer(data, schema)
        meldingen += [f"{naam}: {plek or '(bestand)'}: {reden}" for plek, reden in problemen]
        if not problemen:
            documenten[relatief] = data
    if "handboek.yaml" not in documenten and not meldingen:
        meldingen.append(f"{map.name}/handboek.yaml: ontbreekt")
    if meldingen:
        raise DataFout(meldingen)

    bundel = {
        "handboek": documenten["handboek.yaml"],
        "producten": [d for n, d in documenten.items() if n.startswith("producten/")],
        "aanbieders": [a for n, d in documenten.items() if n.startswith("aanbieders") for a in d["aanbieders"]],
        "redactie": [b for n, d in documenten.items() if n.startswith("redactie/") for b in d["bevindingen"]],
        "gemeenten": None,
        "stapelingsmatrix": None,
        "verwijsstamboom": None,
        # every other top-level file under its own name: gemeenten.yaml → bundel["gemeenten"]
        **{n.removesuffix(".yaml"): d for n, d in documenten.items()
           if "/" not in n and n != "handboek.yaml" and not n.startswith("aanbieders")},
        "teksten": {p.name: p.read_text(encoding="utf-8") for p in sorted((map / "teksten").glob("*.md"))},
    }
    meldingen = _kruiscontroles(bundel, documenten, map.name)
    if meldingen:
        raise DataFout(meldingen)
    return bundel


def _kruiscontroles(bundel: dict, documenten: dict, mapnaam: str) -> list[str]:
    """Checks no single schema can express: uniqueness and references across files."""
    meldingen: list[str] = []
    meta = bundel["handboek"]
    jaar = meta["prijspeil"]["jaar"]
    eenheden = {e["id"] for e in meta["eenheden"]}
    segmenten = {s["id"] for s in meta["segmenten"]}
    aanbieders = Counter(a["id"] for a in bundel["aanbieders"])
    meldingen += [f"{mapnaam}/aanbieders: aanbieder '{i}' staat {n} keer in de lijst" for i, n in aanbieders.items() if n > 1]

    codes: dict[str, str] = {}
    zorgvormen: dict[str, str] = {}
    for naam, doc in documenten.items():
        if not naam.startswith("producten/"):
            continue
        bestand = f"{mapnaam}/{naam}"
        if doc["segment"] not in segmenten:
            meldingen.append(f"{bestand}: segment: onbekend segment '{doc['segment']}' (zie handboek.yaml segmenten)")
        for i, zv in enumerate(doc["zorgvormen"]):
            zv_pad = pad_erbij("zorgvormen", i)
            if zv["id"] in zorgvormen:
                meldingen.append(f"{bestand}: {zv_pad}.id: zorgvorm '{zv['id']}' bestaat al in {zorgvormen[zv['id']]}")
            zorgvormen[zv["id"]] = bestand
            if "tekst" in zv and zv["tekst"] not in bundel["teksten"]:
                meldingen.append(f"{bestand}: {zv_pad}.tekst: het bestand teksten/{zv['tekst']} bestaat niet")
            for perceel, ids in zv.get("gecontracteerd", {}).items():
                if not isinstance(ids, list):
                    continue
                for k, aanbieder in enumerate(ids):
                    if aanbieder not in aanbieders:
                        meldingen.append(
                            f"{bestand}: {zv_pad}.gecontracteerd.{perceel}[{k}]: onbekende aanbieder '{aanbieder}'"
                        )
            for j, p in enumerate(zv["producten"]):
                p_pad = pad_erbij(pad_erbij(zv_pad, "producten"), j)
                if p["code"] in codes:
                    meldingen.append(f"{bestand}: {p_pad}.code: productcode {p['code']} staat ook in {codes[p['code']]}")
                codes[p["code"]] = f"{bestand} {p_pad}"
                if p["eenheid"] not in eenheden:
                    meldingen.append(
                        f"{bestand}: {p_pad}.eenheid: onbekende eenheid '{p['eenheid']}' (kies uit {', '.join(sorted(eenheden))})"
                    )
                peilen = Counter(t["prijspeil"] for t in p["tarieven"])
                meldingen += [
                    f"{bestand}: {p_pad}.tarieven: prijspeil {peil} staat {n} keer bij {p['code']}"
                    for peil, n in peilen.items() if n > 1
                ]
                if not any(peil <= jaar for peil in peilen):
                    meldingen.append(
                        f"{bestand}: {p_pad}.tarieven: {p['code']} heeft geen tarief voor prijspeil {jaar} of eerder"
                    )
                for k, t in enumerate(p["tarieven"]):
                    if "micro" in t and "regulier" in t and t["micro"] > t["regulier"]:
                        meldingen.append(
                            f"{bestand}: {p_pad}.tarieven[{k}].micro: het micro-tarief ({t['micro']}) is hoger dan het "
                            f"reguliere ({t['regulier']}); micro-tarieven zijn lager (2.4)"
                        )
    matrix = bundel["stapelingsmatrix"]
    if matrix:
        onderdelen = {o["id"] for o in matrix["onderdelen"]}
        for i, onderdeel in enumerate(matrix["onderdelen"]):
            for code in onderdeel.get("codes", []):
                if code not in codes:
                    meldingen.append(f"{mapnaam}/stapelingsmatrix.yaml: onderdelen[{i}].codes: onbekende productcode {code}")
            if onderdeel.get("zorgvorm") and onderdeel["zorgvorm"] not in zorgvormen:
                meldingen.append(
                    f"{mapnaam}/stapelingsmatrix.yaml: onderdelen[{i}].zorgvorm: onbekende zorgvorm '{onderdeel['zorgvorm']}'"
                )
        for i, paar in enumerate(matrix["combinaties"]):
            for kant in ("a", "b"):
                if paar[kant] not in onderdelen:
                    meldingen.append(f"{mapnaam}/stapelingsmatrix.yaml: combinaties[{i}].{kant}: onbekend onderdeel '{paar[kant]}'")
    for bevinding in bundel["redactie"]:
        if bevinding["soort"] == "eenmalig":
            continue  # such a finding is about a code that appears once in the handbook and is no product
        for code in bevinding.get("codes", []):
            if code not in codes:
                meldingen.append(f"{mapnaam}/redactie: bevinding '{bevinding['id']}': onbekende productcode {code}")
    return meldingen


def laad_handboek(map: Path = DATA_MAP, schema_map: Path = SCHEMA_MAP) -> Handboek:
    return Handboek(laad_bundel(map, schema_map))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    map = Path(argv[0]) if argv else DATA_MAP
    try:
        handboek = laad_handboek(map)
    except DataFout as fout:
        print(f"{len(fout.meldingen)} {'fout' if len(fout.meldingen) == 1 else 'fouten'} in {map}:", file=sys.stderr)
        for melding in fout.meldingen:
            print(f"  {melding}", file=sys.stderr)
        return 1
    print(
        f"In orde: handboek {handboek.versie}, {len(handboek.producten)} productcodes in "
        f"{len(handboek.zorgvormen)} zorgvormen, {len(handboek.aanbieders)} aanbieders."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
