"""The handbook's structured content as Python objects, built from the validated data bundle.

The bundle is the plain dict that tools.laden assembles from handbook_data/ (and that the build publishes as
JSON for the browser), so the model is built the same way under pytest and in Pyodide.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from tools.bedrag import naar_decimal


@dataclass(frozen=True)
class Eenheid:
    id: str
    naam: str
    bekostiging: str  # "traject" or "pxq"
    bron: str
    toelichting: str = ""


@dataclass(frozen=True)
class Tarief:
    prijspeil: int
    bron: str
    micro: Decimal | None = None
    regulier: Decimal | None = None
    status: str | None = None
    toelichting: str = ""

    def voor(self, aanbieder: str) -> Decimal | None:
        """The amount for a 'micro' or 'regulier' provider; None where the handbook gives none."""
        return {"micro": self.micro, "regulier": self.regulier}[aanbieder]


@dataclass(frozen=True)
class Looptijd:
    bron: str
    gemiddeld_maanden: int | None = None
    maximum_maanden: int | None = None
    tekst: str = ""


@dataclass(frozen=True)
class Inzet:
    tekst: str
    bron: str


@dataclass
class Product:
    code: str
    naam: str
    eenheid: Eenheid
    bron: str
    tarieven: list[Tarief]
    zorgvorm_id: str
    segment_id: str
    variant: str | None = None
    looptijd: Looptijd | None = None
    inzet: Inzet | None = None
    opmerking: str = ""

    @property
    def is_traject(self) -> bool:
        return self.eenheid.bekostiging == "traject"

    def tarief(self, prijspeil: int) -> Tarief | None:
        """The tariff in force at a prijspeil: that year's, or else the latest earlier one the handbook gives."""
        geldig = [t for t in self.tarieven if t.prijspeil <= prijspeil]
        return max(geldig, key=lambda t: t.prijspeil) if geldig else None


@dataclass
class Zorgvorm:
    id: str
    naam: str
    bron: str
    segment_id: str
    producten: list[Product]
    kenmerk: str = ""
    tekst: str | None = None
    gecontracteerd: dict = field(default_factory=dict)
    voorwaarden: dict = field(default_factory=dict)

    def mag_verwijzen(self, verwijzer: str) -> bool:
        return verwijzer in self.voorwaarden.get("verwijzing", {}).get("verwijzers", [])


@dataclass
class Segment:
    id: str
    naam: str
    bron: str
    nummer: int | None
    zorgvormen: list[Zorgvorm] = field(default_factory=list)

    @property
    def titel(self) -> str:
        return f"Segment {self.nummer}: {self.naam}" if self.nummer else self.naam


@dataclass(frozen=True)
class Aanbieder:
    id: str
    naam: str
    voorheen: tuple[str, ...] = ()
    ook_geschreven_als: tuple[str, ...] = ()
    samenwerking: str = ""


class Handboek:
    """Everything structured in one handbook version."""

    def __init__(self, bundel: dict):
        self.bundel = bundel
        meta = bundel["handboek"]
        self.titel: str = meta["titel"]
        self.versie: str = meta["versie"]
        self.datum: str = meta["datum"]
        self.prijspeil: int = meta["prijspeil"]["jaar"]
        self.prijspeil_bron: str = meta["prijspeil"]["bron"]
        self.gemeenten: list[str] = meta.get("gemeenten", [])
        self.eenheden = {e["id"]: Eenheid(**e) for e in meta["eenheden"]}
        self.segmenten = {
            s["id"]: Segment(id=s["id"], naam=s["naam"], bron=s["bron"], nummer=s.get("nummer"))
            for s in meta["segmenten"]
        }
        self.zorgvormen: dict[str, Zorgvorm] = {}
        self.producten: dict[str, Product] = {}
        for bestand in bundel["producten"]:
            segment = self.segmenten[bestand["segment"]]
            for zv in bestand["zorgvormen"]:
                zorgvorm = Zorgvorm(
                    id=zv["id"], naam=zv["naam"], bron=zv["bron"], segment_id=segment.id, producten=[],
                    kenmerk=zv.get("kenmerk", ""), tekst=zv.get("tekst"), gecontracteerd=zv.get("gecontracteerd", {}),
                    voorwaarden=zv.get("voorwaarden", {}),
                )
                for p in zv["producten"]:
                    product = Product(
                        code=p["code"], naam=p["naam"], eenheid=self.eenheden[p["eenheid"]], bron=p["bron"],
                        tarieven=[_tarief(t) for t in p["tarieven"]], zorgvorm_id=zorgvorm.id,
                        segment_id=segment.id, variant=p.get("variant"), opmerking=p.get("opmerking", ""),
                        looptijd=Looptijd(**p["looptijd"]) if "looptijd" in p else None,
                        inzet=Inzet(**p["inzet"]) if "inzet" in p else None,
                    )
                    zorgvorm.producten.append(product)
                    self.producten[product.code] = product
                segment.zorgvormen.append(zorgvorm)
                self.zorgvormen[zorgvorm.id] = zorgvorm
        self.aanbieders = {
            a["id"]: Aanbieder(
                id=a["id"], naam=a["naam"], voorheen=tuple(a.get("voorheen", ())),
                ook_geschreven_als=tuple(a.get("ook_geschreven_als", ())), samenwerking=a.get("samenwerking", ""),
            )
            for a in bundel.get("aanbieders", [])
        }

    def contracten(self, aanbieder_id: str) -> list[tuple[Zorgvorm, str]]:
        """Every (zorgvorm, perceel) a provider is contracted for, in handbook order."""
        return [
            (zorgvorm, perceel)
            for zorgvorm in self.zorgvormen.values()
            for perceel in ("regionaal", "lokaal", "overig")
            if aanbieder_id in zorgvorm.gecontracteerd.get(perceel, [])
        ]

    @property
    def stapelingsmatrix(self):
        from tools.stapeling import Stapelingsmatrix  # the matrix builds on the model, not the other way round

        return Stapelingsmatrix(self.bundel["stapelingsmatrix"])

    def product(self, code: str) -> Product | None:
        """Look a product up by code, forgiving case and surrounding spaces ('54l02 ' finds 54L02)."""
        return self.producten.get(code.strip().upper())

    def geprijsde_producten(self) -> list[Product]:
        """Products with an amount (not 'tarief per aanbieder' or 'niet gepubliceerd') at the handbook's prijspeil."""
        return [p for p in self.producten.values() if (t := p.tarief(self.prijspeil)) and t.regulier is not None]



def _tarief(t: dict) -> Tarief:
    return Tarief(
        prijspeil=t["prijspeil"], bron=t["bron"], status=t.get("status"), toelichting=t.get("toelichting", ""),
        micro=naar_decimal(t["micro"]) if "micro" in t else None,
        regulier=naar_decimal(t["regulier"]) if "regulier" in t else None,
    )
