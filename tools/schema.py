"""A small JSON Schema (draft 2020-12 subset) validator with messages in plain Dutch.

The schema files in handbook_data/schema/ are ordinary JSON Schema, so editors get autocompletion from them. This
validator understands the keywords those files use and says what is wrong in words an MGR editor can act on:
``producten[3].tarieven[0].regulier: moet een bedrag zijn, kreeg "1.306,2O"``.
"""
from __future__ import annotations

import difflib
import re

from tools.bedrag import heeft_hoogstens_centen

TYPE_NAMEN = {
    "string": "tekst",
    "integer": "een geheel getal",
    "number": "een getal",
    "boolean": "ja of nee (true/false)",
    "object": "een groep velden",
    "array": "een lijst",
    "null": "leeg",
}


def _typenaam_van(waarde) -> str:
    if waarde is None:
        return "niets"
    if isinstance(waarde, bool):
        return "ja/nee"
    if isinstance(waarde, (int, float)):
        return "een getal"
    if isinstance(waarde, str):
        return "tekst"
    if isinstance(waarde, list):
        return "een lijst"
    if isinstance(waarde, dict):
        return "een groep velden"
    return type(waarde).__name__


def _toon(waarde) -> str:
    if isinstance(waarde, str):
        return f'"{waarde}"'
    if isinstance(waarde, (dict, list)):
        return _typenaam_van(waarde)
    return str(waarde)


def _past_bij_type(waarde, soort: str) -> bool:
    if soort == "integer":
        return isinstance(waarde, int) and not isinstance(waarde, bool)
    if soort == "number":
        return isinstance(waarde, (int, float)) and not isinstance(waarde, bool)
    if soort == "string":
        return isinstance(waarde, str)
    if soort == "boolean":
        return isinstance(waarde, bool)
    if soort == "object":
        return isinstance(waarde, dict)
    if soort == "array":
        return isinstance(waarde, list)
    if soort == "null":
        return waarde is None
    raise ValueError(f"onbekend type in schema: {soort}")


def pad_erbij(pad: str, stap) -> str:
    if isinstance(stap, int):
        return f"{pad}[{stap}]"
    return f"{pad}.{stap}" if pad else str(stap)


class Validator:
    """Validates documents against a set of schemas that may refer to each other by $id."""

    def __init__(self, schemas: dict[str, dict]):
        self.schemas = {schema.get("$id", naam): schema for naam, schema in schemas.items()}

    def valideer(self, data, schema_id: str) -> list[tuple[str, str]]:
        """All problems as (path, message); an empty list means valid."""
        wortel = self.schemas[schema_id]
        return list(self._check(data, wortel, wortel, ""))

    def _volg_ref(self, ref: str, wortel: dict) -> tuple[dict, dict]:
        document, _, fragment = ref.partition("#")
        if document:
            wortel = self.schemas[document]
        doel = wortel
        for deel in [d for d in fragment.split("/") if d]:
            doel = doel[deel]
        return doel, wortel

    def _check(self, waarde, schema: dict, wortel: dict, pad: str):
        if "$ref" in schema:
            doel, doel_wortel = self._volg_ref(schema["$ref"], wortel)
            yield from self._check(waarde, doel, doel_wortel, pad)

        soort = schema.get("type")
        if soort and not _past_bij_type(waarde, soort):
            verwacht = "een bedrag" if schema.get("format") == "bedrag" else TYPE_NAMEN[soort]
            yield pad, f"moet {verwacht} zijn, kreeg {_toon(waarde)}"
            return
        if schema.get("format") == "bedrag" and _past_bij_type(waarde, "number"):
            if not heeft_hoogstens_centen(waarde):
                yield pad, f"moet een bedrag zijn met hoogstens twee decimalen, kreeg {waarde}"

        if "const" in schema and waarde != schema["const"]:
            yield pad, f"moet {_toon(schema['const'])} zijn, kreeg {_toon(waarde)}"
        if "enum" in schema and waarde not in schema["enum"]:
            keuzes = ", ".join(str(k) for k in schema["enum"])
            yield pad, f"moet een van deze waarden zijn: {keuzes}; kreeg {_toon(waarde)}"

        if isinstance(waarde, str):
            if len(waarde) < schema.get("minLength", 0):
                yield pad, "mag niet leeg zijn"
            if "pattern" in schema and not re.search(schema["pattern"], waarde):
                uitleg = schema.get("description") or f"het patroon {schema['pattern']}"
                yield pad, f"heeft niet de juiste vorm, kreeg {_toon(waarde)} (verwacht: {uitleg})"
        if _past_bij_type(waarde, "number"):
            if "minimum" in schema and waarde < schema["minimum"]:
                yield pad, f"moet minstens {schema['minimum']} zijn, kreeg {waarde}"
            if "maximum" in schema and waarde > schema["maximum"]:
                yield pad, f"mag hoogstens {schema['maximum']} zijn, kreeg {waarde}"

        if isinstance(waarde, list):
            minimum = schema.get("minItems", 0)
            if len(waarde) < minimum:
                yield pad, f"moet minstens {minimum} {'element' if minimum == 1 else 'elementen'} bevatten"
            if "items" in schema:
                for i, element in enumerate(waarde):
                    yield from self._check(element, schema["items"], wortel, pad_erbij(pad, i))

        if isinstance(waarde, dict):
            eigenschappen = schema.get("properties", {})
            for veld in schema.get("required", []):
                if veld not in waarde:
                    yield pad_erbij(pad, veld), "ontbreekt (verplicht veld)"
            for veld, inhoud in waarde.items():
                if veld in eigenschappen:
                    yield from self._check(inhoud, eigenschappen[veld], wortel, pad_erbij(pad, veld))
                elif schema.get("additionalProperties") is False:
                    tip = difflib.get_close_matches(str(veld), list(eigenschappen), n=1)
                    hint = f"; bedoel je '{tip[0]}'?" if tip else f"; toegestaan: {', '.join(eigenschappen)}"
                    yield pad_erbij(pad, veld), f"onbekend veld{hint}"

        if "not" in schema and not list(self._check(waarde, schema["not"], wortel, pad)):
            yield pad, schema.get("x-melding", "heeft een combinatie van velden die niet is toegestaan")
        if "anyOf" in schema:
            if all(list(self._check(waarde, deel, wortel, pad)) for deel in schema["anyOf"]):
                yield pad, schema.get("x-melding", "voldoet aan geen van de toegestane vormen")
        if "oneOf" in schema:
            passend = [deel for deel in schema["oneOf"] if not list(self._check(waarde, deel, wortel, pad))]
            if len(passend) != 1:
                yield pad, schema.get("x-melding", "voldoet niet aan precies één van de toegestane vormen")
