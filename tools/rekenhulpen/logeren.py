"""Logeren: etmalen en dagdelen per verblijf, wat dat kost, en de maxima per 8 maanden.

Handbook 3.2.5 Logeren (Etmaal en dagdeel: 't/m 26 uur: logeren etmaal', 't/m 30 uur: + dagdeel', 't/m 34 uur:
+ 2 dagdelen'; Afbakening met deeltijd verblijf: 16 etmalen in 8 maanden, of 12 etmalen altijd aangevuld met 2
dagdelen, één verlenging van 8 maanden), 2.9 (etmaal en dagdeel alleen in dezelfde zwaarte), 2.4 (micro- en
reguliere tarieven). The readings where the handbook is silent or ambiguous live in handbook_data/logeren.yaml.

A series of stays is typed one per line: '2024-03-01 18:00 - 2024-03-03 16:00', '1-3-2024 18:00 tot 3-3-2024
16:00' or '30 uur'.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_CEILING, Decimal

from tools.bedrag import euro
from tools.model import Handboek
from tools.rekenhulpen import InvoerFout, Uitkomst

AANBIEDERS = {"micro": "micro-aanbieder", "regulier": "reguliere aanbieder"}
MAX_REGELS = 100  # a series for one indication; more is a paste error, not a logeerplan
VOORBEELDEN = "'2024-03-01 18:00 - 2024-03-03 16:00', '1-3-2024 18:00 tot 3-3-2024 16:00' of '30 uur'"
DAGEN = ("ma", "di", "wo", "do", "vr", "za", "zo")
JAREN = (2000, 2100)  # dates outside these years are typing errors (the handbook is of 2023)

_DATUM = (r"(?:(?P<{p}j>\d{{4}})-(?P<{p}m>\d{{1,2}})-(?P<{p}d>\d{{1,2}})"
          r"|(?P<{p}d2>\d{{1,2}})[-/](?P<{p}m2>\d{{1,2}})[-/](?P<{p}j2>\d{{4}}))")
_MOMENT = _DATUM + r"(?:\s*,\s*|\s+|T)(?:om\s+)?(?P<{p}u>\d{{1,2}})[:.](?P<{p}n>\d{{2}})(?:\s*uur)?"
_VAN_TOT = re.compile(
    r"\s*(?:van\s+)?" + _MOMENT.format(p="a") + r"\s*(?:-|–|—|tot en met|t/m|tot)\s*"
    + _MOMENT.format(p="b") + r"\s*",
    re.IGNORECASE,
)
_UREN = re.compile(r"\s*(?P<min>[-−–])?\s*(?P<getal>\d+(?:[.,]\d+)?)\s*(?:uur|uren|u|h)?\s*", re.IGNORECASE)
_LOSSE_DATUM = re.compile(r"\s*" + _DATUM.format(p="x") + r"\s*")


@dataclass(frozen=True)
class Verblijf:
    regel: int  # line number in the text field, from 1
    tekst: str
    begin: datetime | None = None  # local (Dutch) time as typed
    eind: datetime | None = None
    uren: Decimal | None = None  # only when typed as a number of hours


@dataclass(frozen=True)
class Invoer:
    zwaarte: str
    aanbieder: str
    verblijven: tuple[Verblijf, ...]
    begin: date | None = None  # start of the indication (first period of 8 months)


def _moment(m: re.Match, p: str) -> datetime:
    """The date-time from one half of a matched line; ValueError if that date or time does not exist."""
    jaar, maand, dag = (m[p + "j"], m[p + "m"], m[p + "d"]) if m[p + "j"] else (m[p + "j2"], m[p + "m2"], m[p + "d2"])
    if not JAREN[0] <= int(jaar) <= JAREN[1]:
        raise _JaarFout(jaar)
    return datetime(int(jaar), int(maand), int(dag), int(m[p + "u"]), int(m[p + "n"]))


class _JaarFout(ValueError):
    """A year outside JAREN."""


def _lees_datum(tekst: str) -> date | None:
    m = _LOSSE_DATUM.fullmatch(tekst)
    if not m:
        return None
    jaar, maand, dag = (m["xj"], m["xm"], m["xd"]) if m["xj"] else (m["xj2"], m["xm2"], m["xd2"])
    if not JAREN[0] <= int(jaar) <= JAREN[1]:
        return None
    try:
        return date(int(jaar), int(maand), int(dag))
    except ValueError:
        return None


def _lees_regel(nummer: int, tekst: str) -> Verblijf:
    """One line as a stay; ValueError with a message that names the line and says what to do."""
    kort = tekst.strip()
    m = _VAN_TOT.fullmatch(kort)
    if m:
        try:
            begin, eind = _moment(m, "a"), _moment(m, "b")
        except _JaarFout as fout:
            raise ValueError(f"Regel {nummer} ('{kort}'): het jaar {fout} klopt niet. Vul een jaar in tussen "
                             f"{JAREN[0]} en {JAREN[1]}.") from None
        except ValueError:
            raise ValueError(f"Regel {nummer} ('{kort}'): deze datum of tijd bestaat niet. Controleer dag, maand "
                             f"en tijd (bijvoorbeeld 18:00).") from None
        if eind < begin:
            raise ValueError(f"Regel {nummer} ('{kort}'): het einde ligt vóór het begin. Zet eerst het begin en dan "
                             f"het einde van het verblijf.")
        if eind == begin:
            raise ValueError(f"Regel {nummer} ('{kort}'): begin en einde zijn gelijk. Vul het einde van het "
                             f"verblijf in.")
        return Verblijf(regel=nummer, tekst=kort, begin=begin, eind=eind)
    m = _UREN.fullmatch(kort)
    if m:
        if m["min"]:
            raise ValueError(f"Regel {nummer} ('{kort}'): een negatief aantal uren kan niet. Vul de duur van het "
                             f"verblijf in, bijvoorbeeld 30 uur.")
        uren = Decimal(m["getal"].replace(",", "."))
        if uren <= 0:
            raise ValueError(f"Regel {nummer} ('{kort}'): een verblijf van 0 uur is geen verblijf. Vul de duur in, "
                             f"bijvoorbeeld 30 uur.")
        return Verblijf(regel=nummer, tekst=kort, uren=uren)
    raise ValueError(f"Regel {nummer} ('{kort[:60]}') kan ik niet lezen. Schrijf één verblijf per regel, "
                     f"bijvoorbeeld {VOORBEELDEN}.")


def lees_invoer(velden: dict) -> Invoer:
    def tekst(naam: str) -> str:
        waarde = velden.get(naam)
        if isinstance(waarde, list):
            waarde = waarde[0] if waarde else ""
        return str(waarde or "")

    zwaarte = tekst("zwaarte").strip().lower()
    aanbieder = tekst("aanbieder").strip().lower()
    fouten = {}
    if not re.fullmatch(r"[a-z]+(-[a-z]+)*", zwaarte):
        fouten["zwaarte"] = "Kies de zwaarte: licht/midden of zwaar."
    if aanbieder not in AANBIEDERS:
        fouten["aanbieder"] = "Kies of de aanbieder een micro-aanbieder of een reguliere aanbieder is."

    regels = [(n, r) for n, r in enumerate(tekst("verblijven").splitlines(), start=1) if r.strip()]
    verblijven, regelfouten = [], []
    if not regels:
        fouten["verblijven"] = f"Vul minstens één verblijf in, één per regel, bijvoorbeeld {VOORBEELDEN}."
    elif len(regels) > MAX_REGELS:
        fouten["verblijven"] = (f"Vul hoogstens {MAX_REGELS} verblijven in; u vulde er {len(regels)} in. "
                                f"Reken een lange reeks in delen.")
    else:
        for nummer, regel in regels:
            try:
                verblijven.append(_lees_regel(nummer, regel))
            except ValueError as fout:
                regelfouten.append(str(fout))
        if regelfouten:
            extra = f" En nog {len(regelfouten) - 3} regels met een fout." if len(regelfouten) > 3 else ""
            fouten["verblijven"] = " ".join(regelfouten[:3]) + extra

    begin = None
    begintekst = tekst("begin").strip()
    if begintekst:
        begin = _lees_datum(begintekst)
        if begin is None:
            fouten["begin"] = (f"Vul de begindatum van de indicatie in als dag-maand-jaar (bijvoorbeeld 1-3-2024), "
                               f"een bestaande datum tussen {JAREN[0]} en {JAREN[1]}, of laat het veld leeg.")
    gedateerd = sorted((v for v in verblijven if v.begin), key=lambda v: v.begin)
    if begin and gedateerd and gedateerd[0].begin.date() < begin and "verblijven" not in fouten:
        eerste = gedateerd[0]
        fouten["begin"] = (f"Het verblijf op regel {eerste.regel} begint op {_datum(eerste.begin.date())}, vóór de "
                           f"begindatum van de indicatie ({_datum(begin)}). Pas de begindatum aan of laat het veld "
                           f"leeg.")
    if fouten:
        raise InvoerFout(fouten)
    return Invoer(zwaarte=zwaarte, aanbieder=aanbieder, verblijven=tuple(verblijven), begin=begin)


# --- time -------------------------------------------------------------------------------------------------------

def _laatste_zondag(jaar: int, maand: int) -> date:
    dag = date(jaar, maand + 1, 1) - timedelta(days=1)
    return dag - timedelta(days=(dag.weekday() - 6) % 7)


def _zomertijd(moment: datetime) -> bool:
    """Dutch summer time (CEST): the clock goes from 02:00 to 03:00 on the last Sunday of March and from 03:00
    back to 02:00 on the last Sunday of October.

    A time that does not exist (02:xx in the March night) counts as winter time; one that exists twice (02:xx in
    the October night) as the second, winter-time occurrence.
    """
    aan = datetime.combine(_laatste_zondag(moment.year, 3), datetime.min.time()).replace(hour=3)
    uit = datetime.combine(_laatste_zondag(moment.year, 10), datetime.min.time()).replace(hour=2)
    return aan <= moment < uit


def _duur(verblijf: Verblijf, rekenwijze: str) -> tuple[Decimal, int]:
    """Hours of a stay, and the clock shift inside it (+1: summer time began, −1: it ended)."""
    if verblijf.uren is not None:
        return verblijf.uren, 0
    klok = verblijf.eind - verblijf.begin
    verschuiving = 0
    if rekenwijze == "werkelijke-uren":
        # +1: summer time began during the stay (the clock jumped ahead), -1: it ended
        verschuiving = int(_zomertijd(verblijf.eind)) - int(_zomertijd(verblijf.begin))
    minuten = Decimal(klok.days * 24 * 60 + klok.seconds // 60 - verschuiving * 60)
    return minuten / 60, verschuiving


def _plus_maanden(dag: date, maanden: int) -> date:
    """The same day so many months later, or the last day of that month if it is shorter (31 Aug + 8 → 30 Apr)."""
    jaar, maand = divmod(dag.month - 1 + maanden, 12)
    jaar, maand = dag.year + jaar, maand + 1
    return date(jaar, maand, min(dag.day, calendar.monthrange(jaar, maand)[1]))


# --- texts --------------------------------------------------------------------------------------------------------

def _datum(dag: date) -> str:
    return f"{dag.day}-{dag.month}-{dag.year}"


def _moment_tekst(moment: datetime) -> str:
    return f"{DAGEN[moment.weekday()]} {_datum(moment.date())} {moment:%H:%M}"


def _uren_tekst(uren: Decimal) -> str:
    minuten = uren * 60
    if minuten == minuten.to_integral_value():
        heel, rest = divmod(int(minuten), 60)
        return f"{heel} uur" + (f" en {rest} minuten" if rest else "")
    return f"{format(uren.normalize(), 'f').replace('.', ',')} uur"


def _aantal(n: int, enkelvoud: str, meervoud: str) -> str:
    return f"{n} {enkelvoud if n == 1 else meervoud}"


def _eenheden(etmalen: int, dagdelen: int) -> str:
    tekst = _aantal(etmalen, "etmaal", "etmalen")
    return tekst + (f" + {_aantal(dagdelen, 'dagdeel', 'dagdelen')}" if dagdelen else "")


# --- the rules ----------------------------------------------------------------------------------------------------

def etmalen_en_dagdelen(uren: Decimal, regels: dict) -> tuple[int, int, dict, int]:
    """(etmalen, dagdelen, the step of the afspraak that applies, extra etmalen of 24 hours before it).

    3.2.5 Etmaal en dagdeel gives the afspraak up to 34 hours; beyond it the reading in logeren.yaml
    (langer_verblijf: herhaal-per-etmaal) applies the same afspraak again to each following etmaal.
    """
    stappen = sorted(regels["afspraak"]["stappen"], key=lambda s: s["tot_en_met_uren"])
    etmaal = Decimal(regels["etmaal"]["uren"])
    laatste = Decimal(stappen[-1]["tot_en_met_uren"])
    extra = 0
    if uren > laatste:
        extra = int(((uren - laatste) / etmaal).to_integral_value(rounding=ROUND_CEILING))
    rest = uren - extra * etmaal
    stap = next(s for s in stappen if rest <= s["tot_en_met_uren"])
    return stap["etmalen"] + extra, stap["dagdelen"], stap, extra


def _variant_grens(variant: dict, lezing: str | None = None) -> int:
    if "max_dagdelen" in variant:
        return variant["max_dagdelen"]
    kies = lezing or variant["gekozen"]
    return next(lz["max_dagdelen"] for lz in variant["lezingen"] if lz["id"] == kies)


def past(etmalen: int, dagdelen: int, maxima: dict, lezing: str | None = None) -> list[str]:
    """The ids of the variants of the maxima (3.2.5) this count fits; lezing picks a reading of a variant."""
    return [
        v["id"] for v in maxima["varianten"]
        if etmalen <= v["max_etmalen"] and dagdelen <= _variant_grens(v, lezing if "lezingen" in v else None)
    ]


@dataclass
class _Regel:
    verblijf: Verblijf
    uren: Decimal
    verschuiving: int
    etmalen: int
    dagdelen: int
    stap: dict
    extra: int
    periode: int = 0


def bereken(handboek: Handboek, invoer: Invoer) -> Uitkomst:
    regels = handboek.bundel["logeren"]
    zwaarte = next((z for z in regels["zwaarten"] if z["id"] == invoer.zwaarte), None)
    if zwaarte is None:
        keuzes = " of ".join(z["naam"] for z in regels["zwaarten"])
        raise InvoerFout({"zwaarte": f"Kies de zwaarte: {keuzes}."})
    etmaalproduct, dagdeelproduct = handboek.product(zwaarte["etmaal"]), handboek.product(zwaarte["dagdeel"])
    tarieven = {}
    for product in (etmaalproduct, dagdeelproduct):
        tarief = product.tarief(handboek.prijspeil)
        if tarief is None or tarief.voor(invoer.aanbieder) is None:
            reden = (tarief.status if tarief and tarief.status
                     else f"geen tarief voor een {AANBIEDERS[invoer.aanbieder]}")
            raise InvoerFout({"aanbieder": f"Het handboek noemt voor {product.code} {product.naam}: {reden}."})
        tarieven[product.code] = tarief

    periode = regels["periode"]
    grens = periode["maanden"] * 31 * 24  # no stay can be longer than the whole period of 8 months
    uitgerekend, fouten = [], []
    for verblijf in invoer.verblijven:
        uren, verschuiving = _duur(verblijf, regels["tijd"]["rekenwijze"])
        if uren <= 0:
            fouten.append(f"Regel {verblijf.regel} ('{verblijf.tekst}'): het einde ligt niet na het begin (in de "
                          f"nacht dat de zomertijd ingaat, bestaat 2:00–3:00 niet). Controleer de tijden.")
        elif uren > grens:
            fouten.append(f"Regel {verblijf.regel} ('{verblijf.tekst}'): een verblijf van {_uren_tekst(uren)} is "
                          f"langer dan de hele periode van {periode['maanden']} maanden waarvoor logeren wordt "
                          f"geïndiceerd (3.2.5). Vul per verblijf een duur in tot {grens} uur.")
        else:
            uitgerekend.append(_Regel(verblijf, uren, verschuiving, *etmalen_en_dagdelen(uren, regels)))
    if fouten:
        extra = f" En nog {len(fouten) - 3} regels met een fout." if len(fouten) > 3 else ""
        raise InvoerFout({"verblijven": " ".join(fouten[:3]) + extra})

    aanbieder = AANBIEDERS[invoer.aanbieder]
    etmalen = sum(r.etmalen for r in uitgerekend)
    dagdelen = sum(r.dagdelen for r in uitgerekend)
    t_etmaal = tarieven[etmaalproduct.code].voor(invoer.aanbieder)
    t_dagdeel = tarieven[dagdeelproduct.code].voor(invoer.aanbieder)
    totaal = etmalen * t_etmaal + dagdelen * t_dagdeel

    afspraak = "; ".join(s["tekst"] for s in regels["afspraak"]["stappen"])
    stappen = [
        f"Logeren {zwaarte['naam']}: etmaal {etmaalproduct.code}, dagdeel {dagdeelproduct.code}. Etmaal en dagdeel "
        f"mogen alleen in dezelfde zwaarte gecombineerd worden ({regels['zelfde_zwaarte']['bron']}).",
        f"Een etmaal is {regels['etmaal']['uren']} uur; een dagdeel verlengt een etmaal met "
        f"{regels['dagdeel']['uren']} uur en komt dus alleen bovenop een etmaal. De afspraak: {afspraak} "
        f"({regels['afspraak']['bron']}).",
    ]
    if any(r.extra for r in uitgerekend):
        stappen.append(f"Langer dan {regels['afspraak']['stappen'][-1]['tot_en_met_uren']} uur noemt het handboek "
                       f"niet. Lezing van deze site (zie het redactierapport): "
                       f"{regels['langer_verblijf']['tekst'].rstrip('.')} "
                       f"({regels['langer_verblijf']['bron']}).")
    for nummer, r in enumerate(uitgerekend, start=1):
        v = r.verblijf
        wat = (f"{_moment_tekst(v.begin)} tot {_moment_tekst(v.eind)}" if v.begin else "zonder datum")
        klok = ""
        if r.verschuiving:
            klok = (", de zomertijd ging in (1 uur korter dan de klok zegt)" if r.verschuiving > 0
                    else ", de wintertijd ging in (1 uur langer dan de klok zegt)")
        if r.extra:
            hoe = (f"eerst {r.extra} × {regels['etmaal']['uren']} uur = "
                   f"{_aantal(r.extra, 'etmaal', 'etmalen')}; de overige "
                   f"{_uren_tekst(r.uren - r.extra * regels['etmaal']['uren'])}: '{r.stap['tekst']}'")
        else:
            hoe = f"'{r.stap['tekst']}'"
        stappen.append(f"Verblijf {nummer} (regel {v.regel}), {wat}: {_uren_tekst(r.uren)}{klok} → "
                       f"{_eenheden(r.etmalen, r.dagdelen)} ({hoe}; 3.2.5 Etmaal en dagdeel).")

    tarief = tarieven[etmaalproduct.code]
    bedragregels = [f"{_aantal(etmalen, 'etmaal', 'etmalen')} × {euro(t_etmaal)} = {euro(etmalen * t_etmaal)}"]
    if dagdelen:
        bedragregels.append(f"{_aantal(dagdelen, 'dagdeel', 'dagdelen')} × {euro(t_dagdeel)} = "
                            f"{euro(dagdelen * t_dagdeel)}")
    stappen.append(f"Tarief voor een {aanbieder}, prijspeil {tarief.prijspeil}: etmaal {etmaalproduct.code} "
                   f"{euro(t_etmaal)}, dagdeel {dagdeelproduct.code} {euro(t_dagdeel)} ({tarief.bron}; 2.4). "
                   f"{'; '.join(bedragregels)}. Samen {euro(totaal)}.")
    ander = "regulier" if invoer.aanbieder == "micro" else "micro"
    a_etmaal, a_dagdeel = tarieven[etmaalproduct.code].voor(ander), tarieven[dagdeelproduct.code].voor(ander)
    if a_etmaal is not None and a_dagdeel is not None:
        stappen.append(f"Ter vergelijking: bij een {AANBIEDERS[ander]} is het "
                       f"{euro(etmalen * a_etmaal + dagdelen * a_dagdeel)} ({tarief.bron}; 2.4).")

    meldingen = []
    stappen += _perioden(invoer, uitgerekend, regels, meldingen)
    meldingen += _waarschuwingen(uitgerekend, regels)
    ambulant = regels["ambulante_hulp"]
    meldingen.append(f"Logeren gaat altijd samen met andere ambulante hulp, op een aparte indicatie: "
                     f"“{ambulant['tekst']}” (3.2.5 Logeren is respijtzorg; 2.8: "
                     f"“{ambulant['verwijsstamboom']}”)")

    return Uitkomst(
        kop=f"Logeren {zwaarte['naam']} bij een {aanbieder}: {_aantal(len(uitgerekend), 'verblijf', 'verblijven')}, "
            f"{_eenheden(etmalen, dagdelen)}",
        antwoord=euro(totaal),
        stappen=stappen,
        bronnen=sorted({"2.4", "2.8", "2.9", "3.2.5", tarief.bron}),
        meldingen=meldingen,
    )


def _perioden(invoer: Invoer, uitgerekend: list[_Regel], regels: dict, meldingen: list[str]) -> list[str]:
    """Steps for the maxima per period of 8 months, and the extension (3.2.5 Afbakening met deeltijd verblijf)."""
    periode, maxima = regels["periode"], regels["maxima"]
    bron = maxima["bron"]
    gedateerd = [r for r in uitgerekend if r.verblijf.begin]
    begin = invoer.begin or (min(r.verblijf.begin.date() for r in gedateerd) if gedateerd else None)
    stappen = []

    def grens(i: int) -> date:
        """Start of period i (0 = first, 1 = the extension, further = after the extension)."""
        if i == 0:
            return begin
        maanden = periode["maanden"] + min(i - 1, periode["verlengingen"]) * periode["verlenging_maanden"]
        maanden += max(0, i - 1 - periode["verlengingen"]) * periode["maanden"]
        return _plus_maanden(begin, maanden)

    if begin is None:
        stappen.append(f"Er staan geen datums bij de verblijven: deze site telt ze samen als één periode van "
                       f"{periode['maanden']} maanden ({periode['bron'].split(';')[0]}).")
    else:
        for r in gedateerd:
            while grens(r.periode + 1) <= r.verblijf.begin.date():
                r.periode += 1
        herkomst = "de ingevulde begindatum van de indicatie" if invoer.begin else "de dag van het eerste verblijf"
        stappen.append(f"Logeren wordt geïndiceerd voor {periode['maanden']} maanden, met een eenmalige verlenging "
                       f"van {periode['verlenging_maanden']} maanden. De eerste periode begint hier op "
                       f"{_datum(begin)} ({herkomst}); een verblijf telt in de periode waarin het begint"
                       + ("; verblijven zonder datum tellen in de eerste periode"
                          if len(gedateerd) < len(uitgerekend) else "")
                       + f" (lezing bij {bron}).")

    varianten = {v["id"]: v for v in maxima["varianten"]}

    def gelezen(v: dict, lezing: dict | None = None) -> str:
        if lezing is not None:
            return lezing["tekst"]
        if v["max_dagdelen"] == 0:
            return f"{v['max_etmalen']} etmalen zonder dagdelen"
        return f"{v['max_etmalen']} etmalen met hoogstens {v['max_dagdelen']} dagdelen"

    def gekozen(v: dict) -> dict | None:
        return next((lz for lz in v["lezingen"] if lz["id"] == v["gekozen"]), None) if "lezingen" in v else None

    regel = " of ".join(f"'{v['tekst']}' (gelezen als: {gelezen(v, gekozen(v))})" for v in maxima["varianten"])
    stappen.append(f"Het maximum per {periode['maanden']} maanden is {regel} ({bron}; de lezingen staan in het "
                   f"redactierapport).")
    andere = [(v, lz) for v in maxima["varianten"] for lz in v.get("lezingen", []) if lz["id"] != v["gekozen"]]
    for i in sorted({r.periode for r in uitgerekend}):
        deel = [r for r in uitgerekend if r.periode == i]
        e, d = sum(r.etmalen for r in deel), sum(r.dagdelen for r in deel)
        if begin is None:
            naam = "Alle verblijven samen"
        else:
            soort = ("de eerste periode" if i == 0 else "de eenmalige verlenging" if i <= periode["verlengingen"]
                     else "na de eenmalige verlenging")
            naam = f"Periode {i + 1} ({_datum(grens(i))} t/m {_datum(grens(i + 1) - timedelta(days=1))}, {soort})"
        volgens = past(e, d, maxima)
        binnen = " en binnen ".join(f"'{varianten[v]['tekst']}'" for v in volgens)
        zin = (f"{naam}: {_aantal(len(deel), 'verblijf', 'verblijven')}, {_eenheden(e, d)}; "
               + (f"dat past binnen {binnen}." if volgens else "dat past niet binnen de maxima."))
        for variant, lezing in andere:
            ander = bool(past(e, d, maxima, lezing["id"]))
            ook = " ook" if ander == bool(volgens) else ""
            zin += (f" Bij de andere lezing van '{variant['tekst']}' ({lezing['tekst']}) past het"
                    f"{ook}{'' if ander else ' niet'}.")
            if ander != bool(volgens):
                meldingen.append(f"{naam}: of dit past, hangt af van de lezing van '{variant['tekst']}' ({bron}). "
                                 f"Deze site leest '{gelezen(variant, gekozen(variant))}' en dan past het"
                                 f"{'' if volgens else ' niet'}; bij de lezing '{lezing['tekst']}' past het"
                                 f"{'' if ander else ' niet'}. Overleg met de gemeentelijke toegang.")
        stappen.append(f"{zin[:-1]} ({bron}).")
        if not volgens:
            meldingen.append(f"{naam}: {_eenheden(e, d)} is meer dan het handboek in {periode['maanden']} maanden "
                             f"toestaat ({maxima['tekst']}) ({bron}). {periode['nb']}")
        if begin is not None and i > periode["verlengingen"]:
            meldingen.append(f"{naam} valt na de eenmalige verlenging: {periode['na_verlenging']} "
                             f"(3.2.5 Waar moet je op letten bij het indiceren van logeren?)")
    return stappen


def _waarschuwingen(uitgerekend: list[_Regel], regels: dict) -> list[str]:
    """Possible but implausible: a stay shorter than an etmaal or over 7 days, stays that overlap."""
    meldingen = []
    etmaal, lang = regels["etmaal"]["uren"], regels["lang_verblijf"]
    for r in uitgerekend:
        if r.uren < etmaal:
            meldingen.append(
                f"Het verblijf op regel {r.verblijf.regel} duurt {_uren_tekst(r.uren)}, korter dan een etmaal "
                f"({etmaal} uur). Het telt als één etmaal: een dagdeel kan niet los worden ingezet, alleen als "
                f"verlenging van een etmaal. Logeren omvat ook de nacht (Inclusief: “De nacht (inclusief slaap- of "
                f"nachtdienst)”); controleer of het om een logeerverblijf gaat "
                f"({regels['korter_dan_etmaal']['bron']})."
            )
        if r.uren > lang["waarschuwing_boven_uren"]:
            meldingen.append(
                f"Het verblijf op regel {r.verblijf.regel} duurt {_uren_tekst(r.uren)}, langer dan "
                f"{lang['waarschuwing_boven_uren'] // etmaal} dagen. Logeren "
                f"is respijtzorg voor “een korte periode (bijv. een weekend)”; controleer de datums "
                f"({lang['bron'].split(';')[0]})."
            )
    gedateerd = sorted((r for r in uitgerekend if r.verblijf.begin), key=lambda r: r.verblijf.begin)
    for i, a in enumerate(gedateerd):
        for b in gedateerd[i + 1:]:
            if b.verblijf.begin >= a.verblijf.eind:
                break
            eerst, dan = sorted((a.verblijf.regel, b.verblijf.regel))
            meldingen.append(f"De verblijven op regel {eerst} en regel {dan} overlappen. Een jeugdige logeert niet "
                             f"twee keer tegelijk; controleer de datums. Beide zijn meegeteld.")
    return meldingen


VOORBEELD = lees_invoer({
    "zwaarte": "licht-midden",
    "aanbieder": "regulier",
    "verblijven": "2024-03-01 18:00 - 2024-03-03 16:00\n"
                  "5-4-2024 17:00 - 6-4-2024 21:00\n"
                  "17-5-2024 10:00 - 18-5-2024 20:00",
})
