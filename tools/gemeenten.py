"""How a gemeente pays for a zorgvorm: PxQ, traject or plekken (1.1.2.2), from handbook_data/gemeenten.yaml."""
from __future__ import annotations

from dataclasses import dataclass

from tools.model import Handboek, Product

VORMEN = {"pxq": "PxQ", "traject": "traject", "plekken": "plekken"}


@dataclass(frozen=True)
class Bekostiging:
    vorm: str  # pxq, traject or plekken
    zekerheid: str  # expliciet, afgeleid or onbekend
    tekst: str
    bron: str
    reden: str = ""


class Gemeenten:
    def __init__(self, handboek: Handboek):
        self.handboek = handboek
        self.data = handboek.bundel["gemeenten"]
        self.per_id = {g["id"]: g for g in self.data["gemeenten"]}

    def naam(self, gemeente_id: str) -> str:
        return self.per_id[gemeente_id]["naam"]

    def doet_mee_aan_lokaal(self, gemeente_id: str) -> bool:
        return self.per_id[gemeente_id]["lokaal_perceel"]["deelname"]

    def niet_ingekocht(self, gemeente_id: str, product: Product) -> dict | None:
        paragraaf = self.handboek.zorgvormen[product.zorgvorm_id].bron.split()[0]
        return next((n for n in self.per_id[gemeente_id].get("niet_ingekocht", []) if n["paragraaf"] == paragraaf), None)

    def percelen(self, product: Product) -> list[str]:
        """The percelen a product's zorgvorm was tendered in (2.3); regionaal where the handbook names none."""
        paragraaf = self.handboek.zorgvormen[product.zorgvorm_id].bron.split()[0]
        for onderdeel in self.data["onderdelen"]:
            for zorgvorm in onderdeel["zorgvormen"]:
                if zorgvorm["paragraaf"] == paragraaf:
                    return zorgvorm["percelen"]
        return ["regionaal"]

    def onderdeel(self, product: Product) -> str | None:
        """The onderdeel of 1.1.2.2 a product belongs to: by its zorgvorm's section, else by its segment."""
        paragraaf = self.handboek.zorgvormen[product.zorgvorm_id].bron.split()[0]
        onderdelen = self.data["onderdelen"]
        for onderdeel in onderdelen:
            if any(z["paragraaf"] == paragraaf for z in onderdeel["zorgvormen"]):
                return onderdeel["id"]
        per_segment = [o["id"] for o in onderdelen if o["segment"] == product.segment_id]
        return per_segment[0] if len(per_segment) == 1 else None

    def bekostiging(self, gemeente_id: str, product: Product, perceel: str) -> Bekostiging | None:
        """The rule for this gemeente, product and perceel; None where the handbook does not say."""
        onderdeel = self.onderdeel(product)
        variant = "maatwerk-meerwerk" if product.variant in ("maatwerk", "meerwerk") else "overige"
        for regel in self.per_id[gemeente_id]["bekostiging"]:
            if (regel["onderdeel"] == onderdeel and perceel in regel["percelen"]
                    and regel["productvarianten"] in ("alle", variant)):
                return Bekostiging(vorm=regel["vorm"], zekerheid=regel["zekerheid"], tekst=regel["tekst"],
                                   bron=regel["bron"], reden=regel.get("reden", ""))
        return None
