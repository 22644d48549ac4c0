"""The open-data files the build publishes under data/: flat records anyone can read without our code."""
from __future__ import annotations

import csv
import io

from tools.model import Handboek


def _bedrag(waarde) -> str | None:
    return None if waarde is None else f"{waarde:.2f}"


def producten(handboek: Handboek) -> list[dict]:
    return [
        {
            "code": p.code,
            "naam": p.naam,
            "zorgvorm": p.zorgvorm_id,
            "segment": p.segment_id,
            "eenheid": p.eenheid.id,
            "bekostiging": p.eenheid.bekostiging,
            "variant": p.variant,
            "tarieven": [
                {"prijspeil": t.prijspeil, "micro": _bedrag(t.micro), "regulier": _bedrag(t.regulier),
                 "status": t.status, "toelichting": t.toelichting or None, "bron": t.bron}
                for t in p.tarieven
            ],
            "looptijd": None if p.looptijd is None else {
                "gemiddeld_maanden": p.looptijd.gemiddeld_maanden, "maximum_maanden": p.looptijd.maximum_maanden,
                "tekst": p.looptijd.tekst or None, "bron": p.looptijd.bron,
            },
            "inzet": None if p.inzet is None else {"tekst": p.inzet.tekst, "bron": p.inzet.bron},
            "bron": p.bron,
        }
        for p in handboek.producten.values()
    ]


def aanbieders(handboek: Handboek) -> list[dict]:
    return [
        {
            "id": a.id,
            "naam": a.naam,
            "voorheen": list(a.voorheen),
            "ook_geschreven_als": list(a.ook_geschreven_als),
            "samenwerking": a.samenwerking or None,
            "contracten": [
                {"zorgvorm": zorgvorm.id, "perceel": perceel, "codes": [p.code for p in zorgvorm.producten]}
                for zorgvorm, perceel in handboek.contracten(a.id)
            ],
        }
        for a in handboek.aanbieders.values()
    ]


TARIEF_KOLOMMEN = ["code", "product", "zorgvorm", "segment", "eenheid", "prijspeil", "micro", "regulier", "status", "bron"]


def tarieven_csv(handboek: Handboek) -> str:
    """One row per product and prijspeil; amounts with a decimal point, empty where the handbook gives none."""
    uit = io.StringIO()
    schrijver = csv.writer(uit, lineterminator="\n")
    schrijver.writerow(TARIEF_KOLOMMEN)
    for p in handboek.producten.values():
        for t in p.tarieven:
            schrijver.writerow([p.code, p.naam, p.zorgvorm_id, p.segment_id, p.eenheid.id, t.prijspeil,
                                _bedrag(t.micro) or "", _bedrag(t.regulier) or "", t.status or "", t.bron])
    return uit.getvalue()
