"""The entry point the browser calls through Pyodide: JSON in, JSON out, no exceptions for bad input.

A calculator is the module tools.rekenhulpen.<naam>, with lees_invoer(velden) and bereken(handboek, invoer).
"""
from __future__ import annotations

import importlib
import json
import re

from tools.model import Handboek
from tools.rekenhulpen import InvoerFout

_handboek: Handboek | None = None


def laad(bundel_json: str) -> None:
    """Build the model once per page from the data bundle the build published."""
    global _handboek
    _handboek = Handboek(json.loads(bundel_json))


def rekenhulp(naam: str):
    if not re.fullmatch(r"[a-z]+", naam):
        raise ValueError(f"geen rekenhulp: {naam!r}")
    return importlib.import_module(f"tools.rekenhulpen.{naam}")


def reken(naam: str, velden_json: str) -> str:
    """{"ok": true, "uitkomst": {...}} or {"ok": false, "fouten": {field: message}}."""
    module = rekenhulp(naam)
    try:
        invoer = module.lees_invoer(json.loads(velden_json))
        uitkomst = module.bereken(_handboek, invoer)
    except InvoerFout as fout:
        return json.dumps({"ok": False, "fouten": fout.fouten}, ensure_ascii=False)
    return json.dumps({"ok": True, "uitkomst": uitkomst.als_dict()}, ensure_ascii=False)
