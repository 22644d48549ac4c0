"""Trajectprijs: what a product costs in a gemeente, given how that gemeente pays for it.

- 1.1.2.2: each gemeente pays per segment by PxQ (unit price × quantity), traject (one fixed price, whatever the
  duration) or plekken (pro rata on the average looptijd); the rules per gemeente are in gemeenten.yaml.
- 1.1.2.2.3: plekken — € 4.400 for 11 months gives € 3.200 for 8 and € 5.200 for 13.
- 1.1.7.1: a traject stopped early for a life-event is declared pro rata: the monthly amount for the months of help.
- 1.1.2.2.2.1: garantiefase of 6 months — same traject, no new money; PxQ may declare again.
- 2.4: micro and regular providers have different tariffs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from tools.bedrag import afronden, euro
from tools.gemeenten import VORMEN, Gemeenten
from tools.model import Handboek
from tools.rekenhulpen import InvoerFout, Uitkomst

AANBIEDERS = {"micro": "micro-aanbieder", "regulier": "reguliere aanbieder"}
MAX_AANTAL = Decimal(10000)  # more units than this in one beschikking is a typing error, not a plan
MAX_MAANDEN = 120


@dataclass(frozen=True)
class Invoer:
    code: str
    aanbieder: str
    gemeente: str | None = None
    perceel: str | None = None
    aantal: Decimal | None = None  # PxQ: units over the looptijd
    looptijd: int | None = None  # plekken: months indicated
    plekprijs: Decimal | None = None  # plekken: price at the average looptijd (not published for Venlo/Bergen)
    life_event: int | None = None  # traject stopped after this many months of help


# The handbook's own plekken example (1.1.2.2.3): GGZ zwaar, € 4.400 for 11 months, indicated for 8.
VOORBEELD = Invoer(code="54L03", aanbieder="regulier", gemeente="venlo", looptijd=8, plekprijs=Decimal("4400"))


def _getal(velden, naam, fouten, soort, maximum, uitleg):
    tekst = str(velden.get(naam) or "").strip().replace(" ", "")
    if not tekst:
        return None
    if soort is Decimal:
        tekst = tekst.replace("€", "")
        if "," in tekst or re.fullmatch(r"\d{1,3}(\.\d{3})+", tekst):  # Dutch: 4.400,50 and 4.400
            tekst = tekst.replace(".", "").replace(",", ".")
    try:
        waarde = Decimal(tekst) if soort is Decimal else int(tekst)
    except (InvalidOperation, ValueError):
        fouten[naam] = f"{uitleg} moet een getal zijn; u vulde '{velden.get(naam)}' in."
        return None
    if not waarde.is_finite() if soort is Decimal else False:
        fouten[naam] = f"{uitleg} moet een getal zijn."
    elif waarde <= 0 or waarde > maximum:
        fouten[naam] = f"{uitleg} moet groter dan 0 en hoogstens {maximum} zijn; u vulde {velden.get(naam)} in."
    else:
        return waarde
    return None


def lees_invoer(velden: dict) -> Invoer:
    fouten = {}
    code = str(velden.get("code") or "").strip().upper()
    aanbieder = str(velden.get("aanbieder") or "").strip().lower()
    if not code:
        fouten["code"] = "Kies een product."
    if aanbieder not in AANBIEDERS:
        fouten["aanbieder"] = "Kies of de aanbieder een micro-aanbieder of een reguliere aanbieder is."
    perceel = str(velden.get("perceel") or "").strip().lower() or None
    if perceel not in (None, "regionaal", "lokaal"):
        fouten["perceel"] = "Kies regionaal of lokaal."
    invoer = Invoer(
        code=code, aanbieder=aanbieder, gemeente=str(velden.get("gemeente") or "").strip().lower() or None,
        perceel=perceel,
        aantal=_getal(velden, "aantal", fouten, Decimal, MAX_AANTAL, "Het aantal eenheden"),
        looptijd=_getal(velden, "looptijd", fouten, int, MAX_MAANDEN, "De looptijd in maanden"),
        plekprijs=_getal(velden, "plekprijs", fouten, Decimal, Decimal(1_000_000), "De plekprijs"),
        life_event=_getal(velden, "life_event", fouten, int, MAX_MAANDEN, "Het aantal maanden hulp"),
    )
    if fouten:
        raise InvoerFout(fouten)
    return invoer


def bereken(handboek: Handboek, invoer: Invoer) -> Uitkomst:
    product = handboek.product(invoer.code)
    if product is None:
        raise InvoerFout({"code": f"Productcode {invoer.code} staat niet in het handboek."})
    tarief = product.tarief(handboek.prijspeil)
    prijs = tarief.voor(invoer.aanbieder) if tarief else None
    if prijs is None:
        reden = tarief.status if tarief and tarief.status else f"geen tarief voor een {AANBIEDERS[invoer.aanbieder]}"
        toelichting = f" {tarief.toelichting}" if tarief and tarief.toelichting else ""
        raise InvoerFout({"code": f"Het handboek noemt voor {product.code} {product.naam}: {reden}.{toelichting}"})

    stappen = [f"Tarief van {product.code} {product.naam} voor een {AANBIEDERS[invoer.aanbieder]}: {euro(prijs)} per "
               f"{product.eenheid.naam.lower()}, prijspeil {tarief.prijspeil} ({tarief.bron})."]
    ander = "regulier" if invoer.aanbieder == "micro" else "micro"
    if tarief.voor(ander) is not None:
        stappen.append(f"Ter vergelijking: bij een {AANBIEDERS[ander]} is het {euro(tarief.voor(ander))} "
                       f"(micro-aanbieders hebben een lager tarief, 2.4).")
    meldingen = []
    vorm, regel = _bekostigingsvorm(handboek, product, invoer, stappen, meldingen)

    if vorm == "traject":
        bedrag, kop = _traject(product, prijs, invoer, stappen, meldingen)
    elif vorm == "plekken":
        bedrag, kop = _plekken(product, invoer, stappen)
    else:
        bedrag, kop = _pxq(product, prijs, invoer, stappen)
    if invoer.life_event and vorm != "traject":
        meldingen.append("Afrekenen naar rato na een life-event geldt alleen voor gemeenten die met trajecten werken "
                         "(1.1.7.1).")
    if vorm in ("traject", "plekken"):
        meldingen.append("Garantiefase: komt de jeugdige binnen 6 maanden na het einde terug met dezelfde hulpvraag, "
                         "dan valt dat binnen hetzelfde traject. De einddatum wordt opgerekt en er komt geen nieuw "
                         "geld bij; bij PxQ mag de aanbieder wel nieuwe declaraties indienen (1.1.2.2.2.1).")
    bronnen = {"1.1.2.2", "2.4", tarief.bron} | ({regel.bron} if regel else set())
    return Uitkomst(kop=kop, antwoord=euro(bedrag), stappen=stappen, bronnen=sorted(bronnen), meldingen=meldingen)


def _bekostigingsvorm(handboek, product, invoer, stappen, meldingen):
    """Which way the gemeente pays (1.1.2.2); without a gemeente, the product's own unit decides."""
    eigen = product.eenheid.bekostiging if product.eenheid.bekostiging in VORMEN else "pxq"
    if not invoer.gemeente:
        meldingen.append("Kies een gemeente om te zien of die dit product als traject, PxQ of plek bekostigt "
                         "(1.1.2.2). Zonder gemeente rekent deze rekenhulp met de eenheid van het product.")
        stappen.append(f"Zonder gemeente: de eenheid van het product is '{product.eenheid.naam}', dus "
                       f"{VORMEN[eigen]} (1.1.2.2).")
        return eigen, None
    gemeenten = Gemeenten(handboek)
    if invoer.gemeente not in gemeenten.per_id:
        raise InvoerFout({"gemeente": f"Kies een van de zeven gemeenten; '{invoer.gemeente}' ken ik niet."})
    naam = gemeenten.naam(invoer.gemeente)
    niet = gemeenten.niet_ingekocht(invoer.gemeente, product)
    if niet:
        raise InvoerFout({"code": f"{naam} heeft {niet['naam']} niet ingekocht: {' '.join(niet['tekst'].split())} ({niet['bron']})"})
    toegestaan = gemeenten.percelen(product)
    perceel = invoer.perceel or toegestaan[0]
    if perceel not in toegestaan:
        raise InvoerFout({"perceel": f"{handboek.zorgvormen[product.zorgvorm_id].naam} is alleen {' en '.join(toegestaan)} "
                                     f"aanbesteed (2.3)."})
    if perceel == "lokaal" and not gemeenten.doet_mee_aan_lokaal(invoer.gemeente):
        raise InvoerFout({"perceel": f"{naam} doet niet mee aan het lokale perceel (2.3). Kies regionaal."})
    regel = gemeenten.bekostiging(invoer.gemeente, product, perceel)
    if regel is None:
        stappen.append(f"Het handboek zegt niet hoe {naam} dit product bekostigt (1.1.2.2 noemt alleen segment 1 tot "
                       f"en met 4); de eenheid '{product.eenheid.naam}' geeft {VORMEN[eigen]}.")
        return eigen, None
    stappen.append(f"{naam} bekostigt dit product ({perceel} perceel) op basis van {VORMEN[regel.vorm]}: "
                   f"\"{' '.join(regel.tekst.split())}\" ({regel.bron}).")
    if regel.zekerheid != "expliciet":
        meldingen.append(f"Let op: dat {naam} hier {VORMEN[regel.vorm]} gebruikt, staat niet letterlijk in het handboek "
                         f"maar is afgeleid: {' '.join(regel.reden.split())}")
    if regel.vorm == "traject" and not product.is_traject:
        stappen.append(f"{product.code} heeft als eenheid '{product.eenheid.naam}': het wordt per eenheid betaald "
                       f"(PxQ), zoals maatwerk en meerwerk (1.1.7.3).")
        return "pxq", regel
    return regel.vorm, regel


def _traject(product, prijs, invoer, stappen, meldingen):
    stappen.append(f"Een traject is één vaste prijs voor het hele traject, ongeacht hoe lang het duurt (1.1.2.2.2): "
                   f"{euro(prijs)}.")
    gemiddeld = product.looptijd.gemiddeld_maanden if product.looptijd else None
    if not invoer.life_event:
        return prijs, f"{product.code} {product.naam}: trajectprijs"
    if not gemiddeld:
        raise InvoerFout({"life_event": f"Het handboek noemt voor {product.code} geen gemiddelde looptijd, dus geen "
                                       f"maandbedrag om naar rato mee te rekenen (1.1.7.1)."})
    maandbedrag = afronden(prijs / gemiddeld)  # a monthly declaration is in whole cents
    maanden = min(invoer.life_event, gemiddeld)
    stappen.append(f"Life-event na {invoer.life_event} maanden hulp: het traject mag naar rato worden gedeclareerd, "
                   f"het maandbedrag voor de maanden waarin hulp is geleverd (1.1.7.1). Maandbedrag = trajectprijs ÷ "
                   f"gemiddelde looptijd = {euro(prijs)} ÷ {gemiddeld} = {euro(maandbedrag)} ({product.looptijd.bron}).")
    if invoer.life_event >= gemiddeld:
        meldingen.append(f"{invoer.life_event} maanden is niet korter dan de gemiddelde looptijd van {gemiddeld} "
                         f"maanden: naar rato komt dan uit op de volle trajectprijs.")
    bedrag = maandbedrag * maanden
    stappen.append(f"{maanden} × {euro(maandbedrag)} = {euro(bedrag)}. Het handboek noemt 'maandbedrag' zonder "
                   f"definitie; deze rekenhulp leest het als trajectprijs gedeeld door de gemiddelde looptijd.")
    return bedrag, f"{product.code} {product.naam}: naar rato na een life-event"


def _plekken(product, invoer, stappen):
    gemiddeld = product.looptijd.gemiddeld_maanden if product.looptijd else None
    stappen.append("Bij plekken betaalt de gemeente naar rato van de geïndiceerde looptijd: korter is goedkoper, "
                   "langer duurder. Voorbeeld uit het handboek: € 4.400 voor 11 maanden geeft € 3.200 voor 8 en "
                   "€ 5.200 voor 13 maanden (1.1.2.2.3).")
    fouten = {}
    if not gemiddeld:
        fouten["looptijd"] = (f"Het handboek noemt voor {product.code} geen gemiddelde looptijd (1.1.2.2.3), dus er is "
                              f"niets om naar rato mee te rekenen.")
    if invoer.plekprijs is None:
        fouten["plekprijs"] = ("Het handboek publiceert geen plekprijzen voor Venlo en Bergen (2.8). Vul de prijs van "
                               "de plek bij de gemiddelde looptijd in, uit het contract of de backoffice.")
    if invoer.looptijd is None:
        fouten["looptijd"] = fouten.get("looptijd") or "Vul de looptijd in maanden in die u wilt indiceren."
    if fouten:
        raise InvoerFout(fouten)
    bedrag = invoer.plekprijs * invoer.looptijd / gemiddeld
    stappen.append(f"Plekprijs bij de gemiddelde looptijd van {gemiddeld} maanden ({product.looptijd.bron}): "
                   f"{euro(invoer.plekprijs)} (door u ingevuld). Voor {invoer.looptijd} maanden: {euro(invoer.plekprijs)} "
                   f"× {invoer.looptijd} ÷ {gemiddeld} = {euro(bedrag)}.")
    return bedrag, f"{product.code} {product.naam}: plek voor {invoer.looptijd} maanden"


def _pxq(product, prijs, invoer, stappen):
    eenheid = product.eenheid.naam.lower()
    if invoer.aantal is None:
        raise InvoerFout({"aantal": f"Vul in hoeveel eenheden ({eenheid}) u indiceert over de looptijd van de "
                                    f"beschikking."})
    bedrag = prijs * invoer.aantal
    stappen.append(f"PxQ: prijs maal hoeveelheid (1.1.2.2.1): {euro(prijs)} × {invoer.aantal} ({eenheid}) = "
                   f"{euro(bedrag)}.")
    return bedrag, f"{product.code} {product.naam}: {invoer.aantal} × {eenheid}"
