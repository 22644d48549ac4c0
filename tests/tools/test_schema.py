"""The schema files are valid JSON Schema, and our Dutch validator agrees with the reference implementation."""
import json
from pathlib import Path

import pytest

from tools.bedrag import heeft_hoogstens_centen
from tools.laden import SCHEMA_MAP, DataFout, lees_yaml
from tools.schema import Validator

SCHEMAS = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(SCHEMA_MAP.glob("*.json"))}
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize("naam", sorted(SCHEMAS))
def test_schema_is_geldig_json_schema(naam):
    jsonschema = pytest.importorskip("jsonschema")  # not available inside Pyodide
    jsonschema.Draft202012Validator.check_schema(SCHEMAS[naam])


def _referentie_fouten(data, schema_naam):
    jsonschema = pytest.importorskip("jsonschema")
    from referencing import Registry, Resource

    register = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in SCHEMAS.values())
    formaten = jsonschema.FormatChecker()
    # Our one custom format: numbers with at most two decimals (like every format, it ignores other types).
    formaten.checks("bedrag")(lambda waarde: not isinstance(waarde, (int, float)) or heeft_hoogstens_centen(waarde))
    validator = jsonschema.Draft202012Validator(SCHEMAS[schema_naam], registry=register, format_checker=formaten)
    return list(validator.iter_errors(data))


def _productbestanden_die_yaml_zijn():
    """The broken cases that change the product file and still parse as YAML: schema territory."""
    for bestand in sorted((FIXTURES / "kapot").glob("*/producten/ambulant.yaml")):
        try:
            yield pytest.param(lees_yaml(bestand, bestand.name), id=bestand.parent.parent.name)
        except DataFout:
            continue


@pytest.mark.parametrize("data", [pytest.param(lees_yaml(FIXTURES / "basis/producten/ambulant.yaml", "basis"), id="basis"),
                                  *_productbestanden_die_yaml_zijn()])
def test_validator_en_referentie_zijn_het_eens_over_schemafouten(data):
    """Where the reference validator finds a schema violation, so do we, and the other way round."""
    ons = Validator(SCHEMAS).valideer(data, "producten.schema.json")
    referentie = _referentie_fouten(data, "producten.schema.json")
    assert bool(ons) == bool(referentie)


def test_echte_gegevens_geldig_volgens_referentie(bundel):
    for bestand in bundel["producten"]:
        assert _referentie_fouten(bestand, "producten.schema.json") == []
    assert _referentie_fouten(bundel["handboek"], "handboek.schema.json") == []


def test_typefout_noemt_verwacht_en_gekregen():
    schema = {"$id": "t", "type": "object", "properties": {"n": {"type": "integer"}}}
    assert Validator({"t": schema}).valideer({"n": "twaalf"}, "t") == [("n", 'moet een geheel getal zijn, kreeg "twaalf"')]


def test_ja_nee_is_geen_getal():
    schema = {"$id": "t", "type": "object", "properties": {"n": {"type": "number"}}}
    assert Validator({"t": schema}).valideer({"n": True}, "t") == [("n", "moet een getal zijn, kreeg True")]
