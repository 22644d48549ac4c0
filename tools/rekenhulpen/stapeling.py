"""Stapelingscheck: every pair among two or more chosen products, with its verdict from the stapelingsmatrix (2.9).

Products are chosen from the list (onderdelen of the matrix) and/or typed as codes or names, separated by commas.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from tools.model import Handboek
from tools.rekenhulpen import InvoerFout, Uitkomst
from tools.stapeling import STATUS_TEKST, ZEKERHEID_TEKST

MAXIMUM = 8  # 8 products are 28 pairs: more is no longer a check a referrer can read


@dataclass(frozen=True)
class Invoer:
    keuzes: tuple[str, ...]  # as given: onderdeel ids from the list, then typed codes or names


VOORBEELD = Invoer(keuzes=("45L12", "54L02", "logeren"))


def lees_invoer(velden: dict) -> Invoer:
    gekozen = velden.get("kies") or []
    if isinstance(gekozen, str):
        gekozen = [gekozen]
    getypt = [deel.strip() for deel in re.split(r"[,;\n]", str(velden.get("codes") or "")) if deel.strip()]
    keuzes = list(dict.fromkeys([str(k).strip() for k in gekozen if str(k).strip()] + getypt))
    if len(keuzes) < 2:
        raise InvoerFout({"kies": "Kies minstens twee producten, of typ hun codes (bijvoorbeeld 45L12, 54L02)."})
    if len(keuzes) > MAXIMUM:
        raise InvoerFout({"kies": f"Kies hoogstens {MAXIMUM} producten tegelijk; u koos er {len(keuzes)}."})
    return Invoer(keuzes=tuple(keuzes))


def bereken(handboek: Handboek, invoer: Invoer) -> Uitkomst:
    matrix = handboek.stapelingsmatrix
    gevonden, onbekend, namen = [], [], []
    for keuze in invoer.keuzes:
        onderdeel = matrix.zoek(keuze)
        if onderdeel is None:
            onbekend.append(keuze)
            continue
        gevonden.append(onderdeel)
        code = keuze.strip().upper()
        namen.append(f"{onderdeel.naam} ({code})" if code in onderdeel.codes else onderdeel.naam)
    if onbekend:
        namen = ", ".join(f"'{k}'" for k in onbekend)
        raise InvoerFout({"codes": f"Niet gevonden in de stapelingsmatrix: {namen}. Gebruik een productcode zoals "
                                   f"54L02 of kies uit de lijst."})

    oordelen = matrix.controleer(gevonden)
    telling = Counter(o.status for o in oordelen)
    stappen = []
    for o in oordelen:
        paar = f"{o.a.naam} + {o.b.naam}" if o.a != o.b else f"twee producten uit {o.a.naam}"
        zin = f"{paar}: {STATUS_TEKST[o.status]}"
        if o.voetnoot:
            zin += f" (voetnoot {o.voetnoot}): {o.voetnoot_tekst}"
        elif o.regel:
            zin += f". {o.regel}"
        zin += f" Bron: {o.bron}. Zekerheid: {ZEKERHEID_TEKST[o.zekerheid]}."
        stappen.append(" ".join(zin.split()))

    meldingen = []
    if telling["niet"]:
        meldingen.append(matrix.data["hardheidsclausule"]["tekst"] + " (2.9, hardheidsclausule)")
    if telling["onbekend"]:
        meldingen.append("Bij 'onbekend' kon deze site de kleur van de cel niet terugvinden en zegt de tekst van het "
                         "handboek er niets over. Overleg met de gemeentelijke toegang.")
    volgorde = ["niet", "voorwaarden", "mogelijk", "onbekend"]
    samenvatting = ", ".join(f"{telling[s]} {STATUS_TEKST[s]}" for s in volgorde if telling[s])
    return Uitkomst(
        kop=f"Stapeling van {', '.join(namen)}",
        antwoord=f"{len(oordelen)} {'combinatie' if len(oordelen) == 1 else 'combinaties'}: {samenvatting}",
        stappen=stappen,
        bronnen=["2.9"],
        meldingen=meldingen,
    )
