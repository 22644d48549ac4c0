"""Maatwerk of meerwerk: are the traject's hours 'ruim onvoldoende', and what do the requested hours cost?

Handbook 1.1.7.3: for Perspectief 1, Perspectief 2, Duurzaam and GGZ a P*Q financing is possible in exceptional
cases. Maatwerk is judged up front against the heaviest traject of the zorgvorm, meerwerk during a traject against
the traject indicated, under five conditions. Both need hours "vanaf 150% boven het gemiddeld aantal uren". That
phrase reads two ways and the table of average hours is missing from the text: both are settings in
handbook_data/maatwerk.yaml (bundel["maatwerk"]), and the result always shows both readings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from tools.bedrag import afronden, euro, naar_decimal
from tools.model import Handboek, Product
from tools.rekenhulpen import InvoerFout, Uitkomst

SITUATIES = {"maatwerk": "maatwerk", "meerwerk": "meerwerk"}
AANBIEDERS = {"micro": "micro-aanbieder", "regulier": "reguliere aanbieder"}
VARIANTEN = ("licht", "midden", "zwaar")  # from light to heavy: the last one a zorgvorm has is its heaviest
MAXIMUM_UREN = Decimal(10000)  # a technical bound of this calculator, not a rule of the handbook
ONWAARSCHIJNLIJK = 10  # more than this many times the average hours: possible, but probably a typing error
HONDERDSTE = Decimal("0.01")


@dataclass(frozen=True)
class Invoer:
    zorgvorm: str
    situatie: str  # "maatwerk" or "meerwerk"
    uren: Decimal  # the hours requested over the whole looptijd (meerwerk: on top of the traject)
    aanbieder: str  # "micro" or "regulier"
    traject: str | None = None  # meerwerk only: the variant indicated (licht/midden/zwaar)
    voorwaarden: tuple[int, ...] = ()  # meerwerk only: the numbers of the conditions ticked


VOORBEELD = Invoer(zorgvorm="perspectief-1", situatie="maatwerk", uren=Decimal(120), aanbieder="regulier")


def _tekst(velden: dict, naam: str) -> str:
    waarde = velden.get(naam)
    if isinstance(waarde, (list, tuple)):
        waarde = waarde[0] if waarde else ""
    return str(waarde if waarde is not None else "").strip()


def _lees_uren(tekst: str) -> Decimal:
    grens = uren_tekst(MAXIMUM_UREN)
    if not tekst:
        raise ValueError("Vul het aantal uren in, bijvoorbeeld 120 of 12,5.")
    if tekst.startswith("-"):
        raise ValueError(f"Het aantal uren kan niet negatief zijn. Vul een aantal uren in tussen 0 en {grens}.")
    gevonden = re.fullmatch(r"(\d{1,7})(?:[.,](\d{1,2}))?", tekst.replace(" ", ""))
    if not gevonden:
        raise ValueError(f"Vul het aantal uren in als getal tussen 0 en {grens}, bijvoorbeeld 120 of 12,5 "
                         f"(hoogstens twee cijfers achter de komma, geen punt voor duizendtallen).")
    uren = Decimal(f"{gevonden.group(1)}.{gevonden.group(2) or '0'}")
    if uren <= 0 or uren > MAXIMUM_UREN:
        raise ValueError(f"Vul een aantal uren in groter dan 0 en hoogstens {grens}.")
    return uren


def lees_invoer(velden: dict) -> Invoer:
    zorgvorm = _tekst(velden, "zorgvorm").lower()
    situatie = _tekst(velden, "situatie").lower()
    aanbieder = _tekst(velden, "aanbieder").lower()
    traject = _tekst(velden, "traject").lower() or None
    fouten = {}
    if not zorgvorm:
        fouten["zorgvorm"] = "Kies de zorgvorm: Perspectief 1, Perspectief 2, Duurzaam of GGZ."
    if situatie not in SITUATIES:
        fouten["situatie"] = "Kies maatwerk (vooraf, in plaats van een traject) of meerwerk (tijdens een traject)."
    try:
        uren = _lees_uren(_tekst(velden, "uren"))
    except ValueError as fout:
        fouten["uren"] = str(fout)
    if aanbieder not in AANBIEDERS:
        fouten["aanbieder"] = "Kies of de aanbieder een micro-aanbieder of een reguliere aanbieder is."
    voorwaarden: tuple[int, ...] = ()
    if situatie == "meerwerk":
        if traject not in VARIANTEN:
            fouten["traject"] = "Kies bij meerwerk het traject dat is geïndiceerd: licht, midden of zwaar."
        aangevinkt = velden.get("voorwaarde") or []
        if isinstance(aangevinkt, str):
            aangevinkt = [aangevinkt]
        if all(re.fullmatch(r"\d{1,2}", str(v).strip()) for v in aangevinkt):
            voorwaarden = tuple(sorted({int(str(v).strip()) for v in aangevinkt}))
        else:
            fouten["voorwaarde"] = "Vink alleen de voorwaarden uit de lijst aan."
    else:
        traject = None  # maatwerk is always set against the heaviest traject; a choice made here plays no part
    if fouten:
        raise InvoerFout(fouten)
    return Invoer(zorgvorm=zorgvorm, situatie=situatie, uren=uren, aanbieder=aanbieder, traject=traject,
                  voorwaarden=voorwaarden)


def uren_tekst(uren: Decimal) -> str:
    """'66', '12,5', '45,61', '2.400' — Dutch notation, no trailing zeros."""
    uren = uren.quantize(HONDERDSTE, rounding=ROUND_HALF_UP)
    heel, deel = f"{uren:.2f}".split(".")
    groepen = []
    while heel:
        groepen.insert(0, heel[-3:])
        heel = heel[:-3]
    deel = deel.rstrip("0")
    return ".".join(groepen) + (f",{deel}" if deel else "")


def _drempel(uren: Decimal) -> str:
    """A threshold rounded UP to hundredths, so that entering the number shown always reaches it."""
    return uren_tekst(uren.quantize(HONDERDSTE, rounding=ROUND_CEILING))


def _getal(bedrag: Decimal) -> str:
    """An amount without the euro sign, as in a division: '5.747,28'."""
    return euro(bedrag)[2:]


def _quotient(waarde: Decimal) -> str:
    """'= 66' when the division is exact, else '≈ 65,998' (three decimals, so a near-whole result shows as such)."""
    if waarde == waarde.to_integral_value():
        return "= " + uren_tekst(waarde)
    return "≈ " + f"{waarde.quantize(Decimal('0.001'), rounding=ROUND_HALF_UP):f}".replace(".", ",")


@dataclass(frozen=True)
class Gemiddelde:
    """Average hours of a traject, derived as traject price ÷ hourly maatwerk tariff (the table is missing)."""

    uren: Decimal
    zeker: bool  # True: micro and regulier both come out at the same whole number of hours
    stap: str


def gemiddelde_uren(handboek: Handboek, traject: Product, uurproduct: Product, aanbieder: str) -> Gemiddelde:
    instelling = handboek.bundel["maatwerk"]["gemiddelde_uren"]
    marge = naar_decimal(instelling["marge_uren"])
    traject_tarief = traject.tarief(handboek.prijspeil)
    uur_tarief = uurproduct.tarief(handboek.prijspeil)
    delingen, quotienten = [], {}
    for soort in AANBIEDERS:
        prijs = traject_tarief.voor(soort) if traject_tarief else None
        uurprijs = uur_tarief.voor(soort) if uur_tarief else None
        if prijs is None or not uurprijs:
            continue
        quotienten[soort] = prijs / uurprijs
        delingen.append(f"{_getal(prijs)} ÷ {_getal(uurprijs)} {_quotient(quotienten[soort])} ({AANBIEDERS[soort]})")
    hele = {q.to_integral_value(rounding=ROUND_HALF_UP) for q in quotienten.values()}
    zeker = (len(quotienten) == len(AANBIEDERS) and len(hele) == 1
             and all(abs(q - next(iter(hele))) <= marge for q in quotienten.values()))
    bron = f"1.1.7.3; {traject_tarief.bron}" if traject_tarief else "1.1.7.3"
    wat = f"Gemiddeld aantal uren van {traject.code} {traject.naam}"
    if zeker:
        uren = next(iter(hele))
        exact = all(q == uren for q in quotienten.values())
        return Gemiddelde(uren, True, (
            f"{wat}: {uren_tekst(uren)} uur. Dit getal is AFGELEID, niet gedrukt: de tabel met het gemiddeld aantal "
            f"uren ontbreekt in de tekst van het handboek. Trajectprijs ÷ uurtarief maatwerk ({uurproduct.code}): "
            f"{'; '.join(delingen)}" + (". " if exact else f"; afgerond {uren_tekst(uren)} uur. ") + f"({bron})"
        ))
    if aanbieder not in quotienten:
        raise InvoerFout({"aanbieder": f"Het handboek noemt voor {traject.code} of {uurproduct.code} geen tarief "
                                       f"voor een {AANBIEDERS[aanbieder]}."})
    uren = quotienten[aanbieder].quantize(HONDERDSTE, rounding=ROUND_HALF_UP)
    return Gemiddelde(uren, False, (
        f"{wat}: ONZEKER. De tabel met het gemiddeld aantal uren ontbreekt in de tekst van het handboek, en "
        f"trajectprijs ÷ uurtarief maatwerk ({uurproduct.code}) komt niet op hele uren uit: {'; '.join(delingen)}. "
        f"De rekenhulp rekent met {uren_tekst(uren)} uur (het quotiënt voor een {AANBIEDERS[aanbieder]}), maar dat "
        f"is niet zeker het aantal uren waarop het kostprijsonderzoek is gebaseerd. ({bron})"
    ))


@dataclass(frozen=True)
class Lezing:
    id: str
    factor: Decimal
    naam: str
    standaard: bool


def lezingen(handboek: Handboek) -> list[Lezing]:
    """The readings of '150% boven', the site's default reading first."""
    drempel = handboek.bundel["maatwerk"]["drempel"]
    alle = [Lezing(l["id"], naar_decimal(l["factor"]), l["naam"], l["id"] == drempel["standaard"])
            for l in drempel["lezingen"]]
    return sorted(alle, key=lambda l: not l.standaard)


def _factor(lezing: Lezing) -> str:
    return f"{uren_tekst(lezing.factor)} ×"


def _en(delen: list[str], voegwoord: str = "en") -> str:
    if not delen:
        return ""
    return delen[0] if len(delen) == 1 else ", ".join(delen[:-1]) + f" {voegwoord} " + delen[-1]


def bereken(handboek: Handboek, invoer: Invoer) -> Uitkomst:
    data = handboek.bundel["maatwerk"]
    instellingen = {z["id"]: z for z in data["zorgvormen"]}
    zorgvorm = handboek.zorgvormen.get(invoer.zorgvorm)
    if zorgvorm is None or invoer.zorgvorm not in instellingen:
        namen = _en([handboek.zorgvormen[i].naam for i in instellingen if i in handboek.zorgvormen])
        raise InvoerFout({"zorgvorm": f"Maatwerk en meerwerk bestaan alleen bij {namen} (1.1.7.3). Kies een van "
                                      f"deze zorgvormen."})
    trajecten = {p.variant: p for p in zorgvorm.producten if p.is_traject and p.variant in VARIANTEN}
    uurproducten = {p.variant: p for p in zorgvorm.producten if p.variant in SITUATIES}
    if not trajecten or set(uurproducten) != set(SITUATIES):
        raise InvoerFout({"zorgvorm": f"De gegevens van {zorgvorm.naam} missen een traject of een uurproduct "
                                      f"maatwerk/meerwerk."})
    if invoer.situatie == "maatwerk":
        traject = trajecten[[v for v in VARIANTEN if v in trajecten][-1]]
    else:
        traject = trajecten.get(invoer.traject)
        if traject is None:
            heeft = _en([v for v in VARIANTEN if v in trajecten], "of")
            raise InvoerFout({"traject": f"{zorgvorm.naam} kent geen traject {invoer.traject}. Kies {heeft}."})
        bekend = {v["nummer"] for v in data["meerwerk"]["voorwaarden"] if v["toets"] == "aanvinken"}
        vreemd = [str(n) for n in invoer.voorwaarden if n not in bekend]
        if vreemd:
            raise InvoerFout({"voorwaarde": f"Voorwaarde {', '.join(vreemd)} staat niet in de lijst. Vink alleen "
                                            f"de voorwaarden uit de lijst aan."})
    uurproduct = uurproducten[invoer.situatie]
    uurtarief = uurproduct.tarief(handboek.prijspeil)
    uurprijs = uurtarief.voor(invoer.aanbieder) if uurtarief else None
    traject_tarief = traject.tarief(handboek.prijspeil)
    trajectprijs = traject_tarief.voor(invoer.aanbieder) if traject_tarief else None
    if uurprijs is None or trajectprijs is None:
        raise InvoerFout({"aanbieder": f"Het handboek noemt voor {uurproduct.code} of {traject.code} geen tarief "
                                       f"voor een {AANBIEDERS[invoer.aanbieder]}."})

    gemiddelde = gemiddelde_uren(handboek, traject, uurproducten["maatwerk"], invoer.aanbieder)
    gem = gemiddelde.uren
    soort = {u["id"]: u for u in data["urensoorten"]}[instellingen[zorgvorm.id]["uren"]]
    meerwerk = invoer.situatie == "meerwerk"
    totaal = gem + invoer.uren if meerwerk else invoer.uren
    alle_lezingen = lezingen(handboek)
    drempels = {l.id: gem * l.factor for l in alle_lezingen}  # exact; shown rounded to hundredths
    gehaald = {l.id: totaal >= drempels[l.id] for l in alle_lezingen}  # "vanaf": on the threshold counts

    stappen, meldingen = [], []
    if meerwerk:
        stappen.append(
            f"Meerwerk: tijdens een traject, naast het eerder geïndiceerde traject {traject.code} {traject.naam}. "
            f"Het traject moet ruim onvoldoende zijn: “vanaf 150% boven het gemiddeld aantal uren van het "
            f"traject” (1.1.7.3 Meerwerk)."
        )
    else:
        stappen.append(
            f"Maatwerk: een inschatting aan de voorkant; er wordt dan alleen een traject maatwerk ingezet. Maatwerk "
            f"is alleen aan de orde als het zwaarste traject, {traject.code} {traject.naam}, ruim onvoldoende is: "
            f"“vanaf 150% boven het gemiddeld aantal uren van het zwaarste traject” (1.1.7.3 Maatwerk)."
        )
    stappen.append(
        f"Bij {zorgvorm.naam} telt u de {soort['naam']}"
        + (": de indirecte cliëntgebonden tijd en de niet-cliëntgebonden tijd zitten in het tarief."
           if soort["id"] == "direct" else ": de niet-cliëntgebonden tijd zit in het tarief.")
        + f" ({soort['bron']})"
    )
    stappen.append(gemiddelde.stap)
    drempelzinnen = []
    for l in alle_lezingen:
        zin = f"volgens {'de standaardlezing van deze site' if l.standaard else 'de andere lezing'} " \
              f"{_factor(l)} {uren_tekst(gem)} = {_drempel(drempels[l.id])} uur"
        if meerwerk:
            nodig = max(drempels[l.id] - gem, Decimal(0))
            zin += f" in totaal, dus minstens {_drempel(nodig)} uur meerwerk"
        drempelzinnen.append(zin)
    stappen.append(
        f"De drempel “150% boven het gemiddelde” is op twee manieren te lezen: {'; '.join(drempelzinnen)}. "
        f"Precies op de drempel telt mee (“vanaf”) (1.1.7.3)."
    )
    plaats = [
        f"{'wel' if gehaald[l.id] else 'niet'} bij {_factor(l)} ({'minstens' if gehaald[l.id] else 'minder dan'} "
        f"{_drempel(drempels[l.id])} uur)"
        for l in alle_lezingen
    ]
    if meerwerk:
        stappen.append(
            f"Totaal: {uren_tekst(gem)} uur gemiddeld in het traject + {uren_tekst(invoer.uren)} uur meerwerk = "
            f"{uren_tekst(totaal)} uur. Ruim onvoldoende: {'; '.join(plaats)}. (Dat deze site het traject plus "
            f"het meerwerk met de drempel vergelijkt, is een lezing; zie het redactierapport.)"
        )
    else:
        stappen.append(f"U vraagt {uren_tekst(invoer.uren)} uur. Ruim onvoldoende: {'; '.join(plaats)}.")

    niet_vervuld: list[int] = []
    if meerwerk:
        voorwaarden = data["meerwerk"]["voorwaarden"]
        aan_te_vinken = [v for v in voorwaarden if v["toets"] == "aanvinken"]
        ontbreekt = [v for v in aan_te_vinken if v["nummer"] not in invoer.voorwaarden]
        niet_vervuld = [v["nummer"] for v in ontbreekt]
        if ontbreekt:
            zinnen = " ".join(f"{v['nummer']}. “{v['tekst']}”" for v in ontbreekt)
            stappen.append(
                f"Voorwaarden voor meerwerk: niet aangevinkt en dus niet vervuld: {zinnen} Meerwerk kan alleen als "
                f"aan alle voorwaarden is voldaan (1.1.7.3 Meerwerk)."
            )
        else:
            nummers = _en([str(v["nummer"]) for v in aan_te_vinken])
            stappen.append(f"Voorwaarden {nummers} voor meerwerk: alle aangevinkt (1.1.7.3 Meerwerk).")
        uren_voorwaarde = next((v["nummer"] for v in voorwaarden if v["toets"] == "uren"), None)
        if uren_voorwaarde is not None:
            stappen[-1] += (f" Voorwaarde {uren_voorwaarde} (het ingezette traject is ruim onvoldoende) toetst de "
                            f"rekenhulp zelf aan de uren, zie hierboven.")
        if uren_voorwaarde is not None and not any(gehaald.values()):
            niet_vervuld.append(uren_voorwaarde)

    kosten = afronden(invoer.uren * uurprijs)
    stappen.append(
        f"Kosten: {uren_tekst(invoer.uren)} uur × {euro(uurprijs)} ({uurproduct.code} {uurproduct.naam}, "
        f"{AANBIEDERS[invoer.aanbieder]}, prijspeil {uurtarief.prijspeil}) = {euro(kosten)} ({uurtarief.bron})."
    )
    if meerwerk:
        stappen.append(
            f"Het traject {traject.code} ({euro(trajectprijs)}) blijft daarnaast bestaan: traject en meerwerk samen "
            f"{euro(trajectprijs + kosten)} ({traject_tarief.bron})."
        )
    else:
        stappen.append(
            f"Ter vergelijking: het zwaarste traject {traject.code} kost {euro(trajectprijs)} ({traject_tarief.bron}). "
            f"Bij maatwerk wordt alleen maatwerk ingezet, geen traject (1.1.7.3 Maatwerk)."
        )

    standaard, ander = alle_lezingen[0], alle_lezingen[1:]
    verschillend = len(set(gehaald.values())) > 1
    wel = [l for l in alle_lezingen if gehaald[l.id]]
    niet = [l for l in alle_lezingen if not gehaald[l.id]]
    woord = "Meerwerk" if meerwerk else "Maatwerk"
    if meerwerk and niet_vervuld:
        meervoud = len(niet_vervuld) > 1
        antwoord = (f"Meerwerk is niet mogelijk: voorwaarde{'n' if meervoud else ''} "
                    f"{_en([str(n) for n in niet_vervuld])} {'zijn' if meervoud else 'is'} niet vervuld")
        if not any(gehaald.values()):
            antwoord += " (het traject is in geen van beide lezingen ruim onvoldoende)"
    elif not any(gehaald.values()):
        antwoord = f"{woord} is niet aan de orde: de uren blijven onder beide drempels"
        if not meerwerk:
            stappen.append(
                "De zwaarste trajecten zijn in geen van beide lezingen ruim onvoldoende: indiceer een traject "
                "licht, midden of zwaar (1.1.7.3 Maatwerk)."
            )
    elif verschillend:
        antwoord = (f"{woord} hangt af van de lezing van “150%”: wel bij {_en([_factor(l) for l in wel])}, "
                    f"niet bij {_en([_factor(l) for l in niet])} het gemiddelde; {uren_tekst(invoer.uren)} uur "
                    f"kost {euro(kosten)}")
    else:
        antwoord = (f"{woord} {'is mogelijk' if meerwerk else 'kan aan de orde zijn'} (in beide lezingen); "
                    f"{uren_tekst(invoer.uren)} uur kost {euro(kosten)}")
    if verschillend:
        meldingen.append(
            f"De twee lezingen van “vanaf 150% boven het gemiddeld aantal uren” geven hier een verschillende "
            f"uitkomst. Deze site leest standaard {standaard.naam.lower()}; de andere lezing is "
            f"{_en([l.naam.lower() for l in ander])}. Leg de vraag voor aan de gemeentelijke toegang."
        )
    if not gemiddelde.zeker:
        meldingen.append(
            f"Bij {zorgvorm.naam} is het gemiddeld aantal uren onzeker: trajectprijs ÷ uurtarief komt niet op hele "
            f"uren uit. De drempels zijn daarom een benadering."
        )
    if invoer.uren > gem * ONWAARSCHIJNLIJK:
        meldingen.append(
            f"U vraagt {uren_tekst(invoer.uren)} uur: meer dan {ONWAARSCHIJNLIJK} keer het gemiddelde van "
            f"{traject.code} ({uren_tekst(gem)} uur). Controleer of u het aantal uren over de hele looptijd hebt "
            f"ingevuld, en niet bijvoorbeeld minuten."
        )
    if meerwerk:
        meldingen.append("Het is nadrukkelijk niet de bedoeling om van intensiteit te wisselen tijdens het traject "
                         "(1.1.7.3 Meerwerk).")
        meldingen.append("Duurt het langer voordat een aanbieder kan starten en verergert ondertussen de "
                         "problematiek, dan is dat geen reden om meerwerk af te geven (1.1.5.2 Overbruggingshulp).")
    meldingen.append(f"{data['toegang']['tekst']} ({data['toegang']['bron']})")
    nb = data["gemiddelde_uren"]["nb"].removeprefix("NB: ")
    meldingen.append(f"Over de tabel met het gemiddeld aantal uren zegt het handboek: “{nb}” (1.1.7.3)")

    bronnen = sorted({"1.1.7.3", uurtarief.bron, traject_tarief.bron, *(["1.1.5.2"] if meerwerk else [])})
    kop = (f"{woord} {zorgvorm.naam}"
           + (f" bij traject {traject.variant} ({traject.code})" if meerwerk else "")
           + f", {uren_tekst(invoer.uren)} uur, {AANBIEDERS[invoer.aanbieder]}")
    return Uitkomst(kop=kop, antwoord=antwoord, stappen=stappen, bronnen=bronnen, meldingen=meldingen)
