"""Trajectprijs: what a traject product costs with a micro or a regular provider.

Handbook 1.1.2.2 (a traject is one fixed price for the whole traject, whatever its duration) and 2.4 (micro and
regular providers have different tariffs), tariffs from the product's own Bekostiging table.
"""
from __future__ import annotations

from dataclasses import dataclass

from tools.bedrag import euro
from tools.model import Handboek
from tools.rekenhulpen import InvoerFout, Uitkomst

AANBIEDERS = {"micro": "micro-aanbieder", "regulier": "reguliere aanbieder"}


@dataclass(frozen=True)
class Invoer:
    code: str
    aanbieder: str


VOORBEELD = Invoer(code="45L11", aanbieder="micro")


def lees_invoer(velden: dict) -> Invoer:
    code = str(velden.get("code") or "").strip().upper()
    aanbieder = str(velden.get("aanbieder") or "").strip().lower()
    fouten = {}
    if not code:
        fouten["code"] = "Kies een product."
    if aanbieder not in AANBIEDERS:
        fouten["aanbieder"] = "Kies of de aanbieder een micro-aanbieder of een reguliere aanbieder is."
    if fouten:
        raise InvoerFout(fouten)
    return Invoer(code=code, aanbieder=aanbieder)


def bereken(handboek: Handboek, invoer: Invoer) -> Uitkomst:
    product = handboek.product(invoer.code)
    if product is None:
        raise InvoerFout({"code": f"Productcode {invoer.code} staat niet in het handboek."})
    if not product.is_traject:
        raise InvoerFout({
            "code": f"{product.code} {product.naam} is geen traject maar wordt per {product.eenheid.naam.lower()} "
                    f"betaald (PxQ). Deze rekenhulp rekent alleen trajectprijzen."
        })
    tarief = product.tarief(handboek.prijspeil)
    bedrag = tarief.voor(invoer.aanbieder) if tarief else None
    if bedrag is None:
        reden = tarief.status if tarief and tarief.status else f"geen tarief voor een {AANBIEDERS[invoer.aanbieder]}"
        toelichting = f" {tarief.toelichting}" if tarief and tarief.toelichting else ""
        raise InvoerFout({"code": f"Het handboek noemt voor {product.code} {product.naam}: {reden}.{toelichting}"})

    ander = "regulier" if invoer.aanbieder == "micro" else "micro"
    stappen = [
        f"{product.code} {product.naam} is een traject: één vaste prijs voor het hele traject, ongeacht hoe lang "
        f"het duurt (1.1.2.2).",
        f"Tarief voor een {AANBIEDERS[invoer.aanbieder]}, prijspeil {tarief.prijspeil}: {euro(bedrag)} "
        f"({tarief.bron}).",
    ]
    ander_bedrag = tarief.voor(ander)
    if ander_bedrag is not None:
        verschil = abs(ander_bedrag - bedrag)
        stappen.append(
            f"Ter vergelijking: bij een {AANBIEDERS[ander]} is het {euro(ander_bedrag)}, een verschil van "
            f"{euro(verschil)}."
        )
    if product.looptijd and product.looptijd.gemiddeld_maanden:
        stappen.append(
            f"De afgesproken gemiddelde looptijd is {product.looptijd.gemiddeld_maanden} maanden "
            f"({product.looptijd.bron}); de prijs blijft gelijk als het traject korter of langer duurt."
        )
    return Uitkomst(
        kop=f"{product.code} {product.naam} bij een {AANBIEDERS[invoer.aanbieder]}",
        antwoord=euro(bedrag),
        stappen=stappen,
        bronnen=sorted({"1.1.2.2", "2.4", tarief.bron}),
    )
