"""Stapeling: may these products be combined? Every pair's verdict from the reconstructed stapelingsmatrix (2.9).

The matrix in handbook_data/stapelingsmatrix.yaml holds one entry per unordered pair of onderdelen (rows of the
matrix, e.g. 'GGZ' covers 54L01–54L05). A product is found by code, an onderdeel by id or by name.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

STATUS_TEKST = {
    "mogelijk": "mogelijk",
    "niet": "niet mogelijk",
    "voorwaarden": "alleen onder voorwaarden",
    "onbekend": "onbekend",
}
ZEKERHEID_TEKST = {
    "bevestigd": "staat zo in het handboek",
    "afgeleid": "afgeleid uit de tekst van het handboek (reconstructie)",
    "onbekend": "de kleur van deze cel is verloren gegaan en de tekst zegt er niets over",
}


@dataclass(frozen=True)
class Onderdeel:
    id: str
    naam: str
    codes: tuple[str, ...]


@dataclass(frozen=True)
class Oordeel:
    """The verdict for one pair, as the matrix has it."""

    a: Onderdeel
    b: Onderdeel
    status: str
    zekerheid: str
    bron: str
    voetnoot: int | None = None
    voetnoot_tekst: str = ""
    regel: str = ""


class Stapelingsmatrix:
    def __init__(self, matrix: dict):
        self.data = matrix
        self.onderdelen = {
            o["id"]: Onderdeel(id=o["id"], naam=o["naam"], codes=tuple(o.get("codes", []))) for o in matrix["onderdelen"]
        }
        self._per_code = {code: o for o in self.onderdelen.values() for code in o.codes}
        self._per_naam = {o.naam.casefold(): o for o in self.onderdelen.values()}
        self.voetnoten = {v["nummer"]: v["tekst"] for v in matrix["voetnoten"]}
        self._paren = {frozenset((c["a"], c["b"])): c for c in matrix["combinaties"]}

    def zoek(self, invoer: str) -> Onderdeel | None:
        """An onderdeel by product code ('54l02'), id ('ggz') or name ('GGZ'), ignoring case and spaces."""
        sleutel = " ".join(invoer.split())
        return (
            self._per_code.get(sleutel.upper())
            or self.onderdelen.get(sleutel.lower())
            or self._per_naam.get(sleutel.casefold())
        )

    def oordeel(self, a: Onderdeel, b: Onderdeel) -> Oordeel:
        cel = self._paren[frozenset((a.id, b.id))]
        voetnoot = cel.get("voetnoot")
        return Oordeel(
            a=a, b=b, status=cel["status"], zekerheid=cel["zekerheid"], bron=cel["bron"], voetnoot=voetnoot,
            voetnoot_tekst=self.voetnoten.get(voetnoot, "") if voetnoot else "", regel=cel.get("regel", ""),
        )

    def controleer(self, keuzes: list[Onderdeel]) -> list[Oordeel]:
        """Every pair among the chosen onderdelen, in the order chosen. Choosing one onderdeel twice (two products
        of the same zorgvorm, say 45L12 and 45L15) asks the matrix's diagonal cell."""
        return [self.oordeel(a, b) for a, b in combinations(keuzes, 2)]
