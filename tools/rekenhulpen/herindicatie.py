"""Herindicatie: one question at a time, from the zorgvorm to what the handbook says about a new indication.

The texts and the routes live in handbook_data/herindicatie.yaml (handboek.bundel["herindicatie"]); this module
walks them. A route is an answer's `naar`: the id of the next question or of an outcome, or a list of routes with
conditions on earlier answers (the first that holds wins; the last has none). When the flow is loaded, every
target must exist, every question and outcome must be reachable, no route may be dead and no condition may look
at a question that is not yet answered on that path (StroomFout otherwise).

- `lees_invoer(velden)` / `bereken(handboek, invoer)`: the calculator contract, for a complete path.
- `volgende(handboek, velden)`: for the browser, the next question or the outcome, plus the path so far.
- `volgende_json(velden_json)`: the same, JSON in and out, on the bundle tools.browser has loaded.
- `schema_svg(handboek)`: the whole flow as an inline SVG diagram (tools/stroomschema.py).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

from tools.model import Handboek
from tools.rekenhulpen import InvoerFout, Uitkomst

SCRIPT = "herindicatie.js"  # the page loads its own script instead of the generic rekenhulp.js
WIJZIG = "wijzig"  # URL parameter: show this earlier question again, keeping the later answers
ID = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")
VRAAG_ID = re.compile(r"[a-z]+")


class StroomFout(ValueError):
    """The flow definition cannot be walked safely; .meldingen lists every problem."""

    def __init__(self, meldingen: list[str]):
        self.meldingen = meldingen
        super().__init__("De stroom in herindicatie.yaml klopt niet:\n  " + "\n  ".join(meldingen))


@dataclass(frozen=True)
class Voorwaarde:
    vraag: str
    antwoorden: frozenset[str]


@dataclass(frozen=True)
class Route:
    naar: str
    als: tuple[Voorwaarde, ...] = ()


@dataclass(frozen=True)
class Tekst:
    tekst: str
    bron: str
    als: tuple[Voorwaarde, ...] = ()


@dataclass(frozen=True)
class Antwoord:
    id: str
    label: str
    kort: str
    routes: tuple[Route, ...]
    hint: str = ""
    zorgvormen: tuple[str, ...] = ()
    meldingen: tuple[Tekst, ...] = ()


@dataclass(frozen=True)
class Vraag:
    id: str
    kort: str
    vraag: str
    fout: str
    bron: str
    antwoorden: tuple[Antwoord, ...]
    hint: str = ""

    def antwoord(self, antwoord_id: str) -> Antwoord | None:
        return next((a for a in self.antwoorden if a.id == antwoord_id), None)


@dataclass(frozen=True)
class Einde:
    """An outcome of the flow."""

    id: str
    titel: str
    antwoord: str
    bron: str
    uitleg: tuple[Tekst, ...]
    voorwaarden: tuple[str, ...] = ()
    meldingen: tuple[Tekst, ...] = ()


@dataclass
class Stand:
    """Where a walk over given answers ends: at a question (maybe with an error), or at an outcome."""

    pad: list[tuple[Vraag, Antwoord]]
    vraag: Vraag | None = None
    einde: Einde | None = None
    fout: str = ""  # an answer given to `vraag` that is not one of its answers
    gekozen: str | None = None  # the answer already given to `vraag` (when it is shown again to change it)

    @property
    def antwoorden(self) -> dict[str, str]:
        return {v.id: a.id for v, a in self.pad}


def _voorwaarden(lijst) -> tuple[Voorwaarde, ...]:
    return tuple(Voorwaarde(v["vraag"], frozenset(v["antwoorden"])) for v in lijst or ())


def _teksten(lijst) -> tuple[Tekst, ...]:
    return tuple(Tekst(t["tekst"], t["bron"], _voorwaarden(t.get("als"))) for t in lijst or ())


def _routes(naar) -> tuple[Route, ...]:
    if isinstance(naar, str):
        return (Route(naar),)
    return tuple(Route(r["naar"], _voorwaarden(r.get("als"))) for r in naar)


def _geldt(voorwaarden: tuple[Voorwaarde, ...], antwoorden: dict[str, str]) -> bool:
    return all(antwoorden.get(v.vraag) in v.antwoorden for v in voorwaarden)


class Stroom:
    """The flow from handbook_data/herindicatie.yaml, checked on construction."""

    def __init__(self, data: dict):
        self.data = data
        self.titel: str = data["titel"]
        self.bron: str = data["bron"]
        self.start: str = data["start"]
        self.meldingen = _teksten(data.get("meldingen"))
        self.vragen: dict[str, Vraag] = {}
        self.uitkomsten: dict[str, Einde] = {}
        meldingen: list[str] = []
        for v in data["vragen"]:
            if v["id"] in self.vragen:
                meldingen.append(f"vraag '{v['id']}' staat twee keer in de stroom")
            antwoorden = tuple(
                Antwoord(
                    id=a["id"], label=" ".join(a["label"].split()), kort=a.get("kort", a["label"]),
                    routes=_routes(a["naar"]), hint=a.get("hint", ""), zorgvormen=tuple(a.get("zorgvormen", ())),
                    meldingen=_teksten(a.get("meldingen")),
                )
                for a in v["antwoorden"]
            )
            self.vragen[v["id"]] = Vraag(
                id=v["id"], kort=v["kort"], vraag=v["vraag"], fout=v["fout"], bron=v["bron"],
                antwoorden=antwoorden, hint=" ".join(v.get("hint", "").split()),
            )
        for u in data["uitkomsten"]:
            if u["id"] in self.uitkomsten or u["id"] in self.vragen:
                meldingen.append(f"uitkomst '{u['id']}': dit id is al in gebruik")
            self.uitkomsten[u["id"]] = Einde(
                id=u["id"], titel=u["titel"], antwoord=u["antwoord"], bron=u["bron"], uitleg=_teksten(u["uitleg"]),
                voorwaarden=tuple(u.get("voorwaarden", ())), meldingen=_teksten(u.get("meldingen")),
            )
        meldingen += self._controleer()
        if meldingen:
            raise StroomFout(meldingen)

    # -- checks ------------------------------------------------------------------------------------------------

    def _controleer(self) -> list[str]:
        meldingen: list[str] = []
        knopen = set(self.vragen) | set(self.uitkomsten)
        if self.start not in self.vragen:
            return [f"start: '{self.start}' is geen vraag"]

        def voorwaarden_kloppen(waar: str, voorwaarden: tuple[Voorwaarde, ...]):
            for v in voorwaarden:
                vraag = self.vragen.get(v.vraag)
                if vraag is None:
                    meldingen.append(f"{waar}: voorwaarde op onbekende vraag '{v.vraag}'")
                    continue
                onbekend = sorted(v.antwoorden - {a.id for a in vraag.antwoorden})
                if onbekend:
                    meldingen.append(f"{waar}: vraag '{v.vraag}' heeft geen antwoord {', '.join(onbekend)}")

        for vraag in self.vragen.values():
            if vraag.id == WIJZIG or not VRAAG_ID.fullmatch(vraag.id):
                meldingen.append(f"vraag '{vraag.id}': een vraag-id bestaat uit kleine letters en is niet '{WIJZIG}'")
            ids = [a.id for a in vraag.antwoorden]
            if len(set(ids)) != len(ids):
                meldingen.append(f"vraag '{vraag.id}': een antwoord-id staat er twee keer")
            for antwoord in vraag.antwoorden:
                waar = f"vraag '{vraag.id}', antwoord '{antwoord.id}'"
                for i, route in enumerate(antwoord.routes):
                    if route.naar not in knopen:
                        meldingen.append(f"{waar}: route naar '{route.naar}', maar die vraag of uitkomst bestaat niet")
                    laatste = i == len(antwoord.routes) - 1
                    if laatste and route.als:
                        meldingen.append(f"{waar}: de laatste route mag geen voorwaarde hebben")
                    if not laatste and not route.als:
                        meldingen.append(f"{waar}: alleen de laatste route mag zonder voorwaarde zijn")
                    voorwaarden_kloppen(waar, route.als)
                for t in antwoord.meldingen:
                    voorwaarden_kloppen(f"{waar}, melding", t.als)
        for einde in self.uitkomsten.values():
            for t in einde.uitleg + einde.meldingen:
                voorwaarden_kloppen(f"uitkomst '{einde.id}'", t.als)
        for t in self.meldingen:
            voorwaarden_kloppen("meldingen", t.als)
        if meldingen:
            return meldingen

        # Walk every possible path: reachability, dead routes, cycles, conditions on unanswered questions.
        bereikt = {self.start}
        gebruikt: set[tuple[str, str, int]] = set()

        def loop(vraag_id: str, antwoorden: dict[str, str], onderweg: tuple[str, ...]):
            vraag = self.vragen[vraag_id]
            for antwoord in vraag.antwoorden:
                nu = {**antwoorden, vraag.id: antwoord.id}
                for i, route in enumerate(antwoord.routes):
                    open_ = sorted({v.vraag for v in route.als} - set(nu))
                    if open_:
                        meldingen.append(
                            f"vraag '{vraag.id}', antwoord '{antwoord.id}': de voorwaarde kijkt naar vraag "
                            f"'{open_[0]}', die op het pad {' → '.join(onderweg + (vraag.id,))} nog niet is gesteld")
                        return
                    if _geldt(route.als, nu):
                        gebruikt.add((vraag.id, antwoord.id, i))
                        bereikt.add(route.naar)
                        if route.naar in onderweg or route.naar == vraag.id:
                            meldingen.append(f"vraag '{vraag.id}', antwoord '{antwoord.id}': kringloop naar "
                                             f"'{route.naar}'")
                        elif route.naar in self.vragen:
                            loop(route.naar, nu, onderweg + (vraag.id,))
                        break

        loop(self.start, {}, ())
        if meldingen:
            return sorted(set(meldingen))
        for knoop in sorted(knopen - bereikt):
            soort = "vraag" if knoop in self.vragen else "uitkomst"
            meldingen.append(f"{soort} '{knoop}' is vanaf de start niet te bereiken")
        for vraag in self.vragen.values():
            for antwoord in vraag.antwoorden:
                for i, route in enumerate(antwoord.routes):
                    if (vraag.id, antwoord.id, i) not in gebruikt and route.naar in knopen:
                        meldingen.append(f"vraag '{vraag.id}', antwoord '{antwoord.id}': de route naar "
                                         f"'{route.naar}' wordt nooit gebruikt")
        return meldingen

    # -- walking -----------------------------------------------------------------------------------------------

    def naar(self, vraag: Vraag, antwoord: Antwoord, antwoorden: dict[str, str]) -> tuple[int, str]:
        """The route an answer takes given the answers so far: (index of the route, target id)."""
        for i, route in enumerate(antwoord.routes):
            if _geldt(route.als, antwoorden):
                return i, route.naar
        raise AssertionError("de laatste route heeft geen voorwaarde")  # checked on load

    def loop(self, velden: dict[str, str], wijzig: str | None = None) -> Stand:
        """Follow the given answers from the start. Answers to questions off the path are ignored."""
        pad: list[tuple[Vraag, Antwoord]] = []
        antwoorden: dict[str, str] = {}
        vraag = self.vragen[self.start]
        while True:
            gegeven = velden.get(vraag.id)
            if wijzig == vraag.id:
                return Stand(pad, vraag=vraag, gekozen=gegeven if vraag.antwoord(gegeven or "") else None)
            if not gegeven:
                return Stand(pad, vraag=vraag)
            antwoord = vraag.antwoord(gegeven)
            if antwoord is None:
                keuzes = ", ".join(a.id for a in vraag.antwoorden)
                return Stand(pad, vraag=vraag, fout=f"'{gegeven}' is geen antwoord op de vraag '{vraag.vraag}'. "
                                                    f"Kies een van de antwoorden ({keuzes}).")
            pad.append((vraag, antwoord))
            antwoorden[vraag.id] = antwoord.id
            _, doel = self.naar(vraag, antwoord, antwoorden)
            if doel in self.uitkomsten:
                return Stand(pad, einde=self.uitkomsten[doel])
            vraag = self.vragen[doel]

    def paden(self) -> list[Stand]:
        """Every possible complete path, in answer order."""
        gevonden: list[Stand] = []

        def loop(vraag: Vraag, pad: list[tuple[Vraag, Antwoord]], antwoorden: dict[str, str]):
            for antwoord in vraag.antwoorden:
                nu = {**antwoorden, vraag.id: antwoord.id}
                _, doel = self.naar(vraag, antwoord, nu)
                verder = pad + [(vraag, antwoord)]
                if doel in self.uitkomsten:
                    gevonden.append(Stand(verder, einde=self.uitkomsten[doel]))
                else:
                    loop(self.vragen[doel], verder, nu)

        loop(self.vragen[self.start], [], {})
        return gevonden

    def randen(self) -> list[tuple[str, str, int, str]]:
        """Every route: (question, answer, index of the route, target)."""
        return [(v.id, a.id, i, r.naar) for v in self.vragen.values() for a in v.antwoorden
                for i, r in enumerate(a.routes)]


_STROMEN: dict[int, tuple[dict, Stroom]] = {}


def stroom(handboek: Handboek) -> Stroom:
    """The checked flow of this handbook's bundle (built once per bundle)."""
    data = handboek.bundel["herindicatie"]
    gevonden = _STROMEN.get(id(data))
    if gevonden is None or gevonden[0] is not data:
        gevonden = (data, Stroom(data))
        _STROMEN[id(data)] = gevonden
    return gevonden[1]


# -- the calculator contract ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Invoer:
    antwoorden: tuple[tuple[str, str], ...]  # (question id, answer id), in the order given


VOORBEELD = Invoer(antwoorden=(
    ("zorgvorm", "perspectief-1"), ("loopt", "kort"), ("hulpvraag", "zelfde"), ("feiten", "nee"), ("langdurig", "nee"),
))


def lees_invoer(velden: dict) -> Invoer:
    """Answers per question id, as given in the URL or a form. The flow itself is in the bundle, so whether an
    answer exists is checked by bereken(); here only its form: one answer per question, an id of letters, digits
    and hyphens. Other parameters (not a question id) are ignored."""
    fouten, antwoorden = {}, []
    for sleutel, waarde in (velden or {}).items():
        if not isinstance(sleutel, str) or not VRAAG_ID.fullmatch(sleutel) or sleutel == WIJZIG:
            continue
        if isinstance(waarde, (list, tuple)):
            waarden = [str(w).strip() for w in waarde if str(w).strip()]
            if len(set(waarden)) > 1:
                aantal = len(set(waarden))
                fouten[sleutel] = f"Kies één antwoord bij de vraag '{sleutel}'; er zijn er {aantal} gegeven."
                continue
            waarde = waarden[0] if waarden else ""
        waarde = "" if waarde is None else str(waarde).strip().lower()
        if not waarde:
            continue
        if not ID.fullmatch(waarde):
            fouten[sleutel] = f"'{waarde[:40]}' is geen antwoord op de vraag '{sleutel}'. Kies een van de antwoorden."
            continue
        antwoorden.append((sleutel, waarde))
    if fouten:
        raise InvoerFout(fouten)
    return Invoer(antwoorden=tuple(antwoorden))


def _gelijk(a: str, b: str) -> bool:
    return a.split() == b.split()


def _zorgvorm_voorwaarden(handboek: Handboek, zorgvorm_ids: tuple[str, ...], soort: str,
                          al_gezegd: list[Tekst]) -> list[Tekst]:
    """What the product data says (voorwaarden.herindicatie / .garantiefase) for the chosen zorgvormen: once per
    distinct text, and not when the outcome already says the same words."""
    teksten: list[Tekst] = []
    gezien = [t.tekst for t in al_gezegd]
    for zv_id in zorgvorm_ids:
        zorgvorm = handboek.zorgvormen.get(zv_id)
        blok = zorgvorm.voorwaarden.get(soort) if zorgvorm else None
        if blok and blok.get("tekst") and not any(_gelijk(blok["tekst"], g) for g in gezien):
            gezien.append(blok["tekst"])
            teksten.append(Tekst(f"Bij {zorgvorm.naam}: {blok['tekst']}", blok["bron"]))
    return teksten


def _redenering(handboek: Handboek, s: Stroom, stand: Stand) -> tuple[list[Tekst], list[Tekst]]:
    """The outcome's reasoning and its reminders, for the answers on this path."""
    antwoorden = stand.antwoorden
    einde = stand.einde
    uitleg = [t for t in einde.uitleg if _geldt(t.als, antwoorden)]
    zorgvormen = tuple(z for _, a in stand.pad for z in a.zorgvormen)
    for soort in einde.voorwaarden:
        uitleg += _zorgvorm_voorwaarden(handboek, zorgvormen, soort, uitleg)
    meldingen = [t for _, a in stand.pad for t in a.meldingen] + list(einde.meldingen) + list(s.meldingen)
    meldingen = [t for t in dict.fromkeys(meldingen) if _geldt(t.als, antwoorden)]
    return uitleg, meldingen


def _met_bron(t: Tekst) -> str:
    return f"{' '.join(t.tekst.split())} ({t.bron})"


def bereken(handboek: Handboek, invoer: Invoer) -> Uitkomst:
    """The outcome of a complete path: kop = its title, antwoord = the verdict, stappen = the answers given and
    then the handbook's reasoning, each with its section."""
    s = stroom(handboek)
    stand = s.loop(dict(invoer.antwoorden))
    if stand.fout:
        raise InvoerFout({stand.vraag.id: stand.fout})
    if stand.einde is None:
        raise InvoerFout({stand.vraag.id: f"Beantwoord ook de vraag '{stand.vraag.vraag}'. {stand.vraag.fout}"})
    uitleg, meldingen = _redenering(handboek, s, stand)
    stappen = [f"{v.vraag} Antwoord: {a.label} ({v.bron})" for v, a in stand.pad] + [_met_bron(t) for t in uitleg]
    bronnen = list(dict.fromkeys([stand.einde.bron] + [t.bron for t in uitleg]))
    return Uitkomst(
        kop=stand.einde.titel,
        antwoord=stand.einde.antwoord,
        stappen=stappen,
        bronnen=bronnen,
        meldingen=[_met_bron(t) for t in meldingen],
    )


# -- the browser ---------------------------------------------------------------------------------------------


def _schoon(velden) -> dict[str, str]:
    """Lenient reading for the browser: one string per parameter (the first of a repeated one)."""
    schoon = {}
    if not isinstance(velden, dict):
        return schoon
    for sleutel, waarde in velden.items():
        if isinstance(waarde, (list, tuple)):
            waarde = waarde[0] if waarde else ""
        if isinstance(sleutel, str) and isinstance(waarde, (str, int, float)) and str(waarde).strip():
            schoon[sleutel] = str(waarde).strip()
    return schoon


def _vraag_dict(vraag: Vraag, nummer: int) -> dict:
    return {
        "id": vraag.id, "vraag": vraag.vraag, "hint": vraag.hint, "fout_leeg": vraag.fout, "bron": vraag.bron,
        "nummer": nummer,
        "antwoorden": [{"id": a.id, "label": a.label, "hint": a.hint} for a in vraag.antwoorden],
    }


def volgende(handboek: Handboek, velden) -> dict:
    """For the browser (JSON-able): {"vraag": {...}} or {"uitkomst": {...}}, plus "pad" (the answers on the path
    before it, as summary rows) and "velden" (the answers to keep in the URL, in path order).

    velden["wijzig"] = a question on the path shows that question again with its answer chosen; the answers after
    it stay in "velden", so that choosing again keeps those that are still on the new path."""
    s = stroom(handboek)
    velden = _schoon(velden)
    wijzig = velden.pop(WIJZIG, None)
    stand = s.loop(velden, wijzig=wijzig if wijzig in s.vragen else None)
    rijen = [{"vraag": v.id, "tekst": v.vraag, "antwoord": a.id, "label": a.label} for v, a in stand.pad]
    bewaard = dict(stand.antwoorden)
    if stand.vraag is not None and stand.gekozen is not None:
        # Changing an earlier answer: keep the later answers that are still on the path with the current one.
        rest = s.loop(velden)
        bewaard = rest.antwoorden
    antwoord = {"pad": rijen, "velden": bewaard}
    if stand.einde is not None:
        uitleg, meldingen = _redenering(handboek, s, stand)
        antwoord["uitkomst"] = {
            "id": stand.einde.id, "titel": stand.einde.titel, "antwoord": stand.einde.antwoord,
            "redenering": [{"tekst": " ".join(t.tekst.split()), "bron": t.bron} for t in uitleg],
            "meldingen": [{"tekst": " ".join(t.tekst.split()), "bron": t.bron} for t in meldingen],
            "bronnen": list(dict.fromkeys([stand.einde.bron] + [t.bron for t in uitleg])),
        }
    else:
        vraag = _vraag_dict(stand.vraag, len(rijen) + 1)
        vraag["gekozen"] = stand.gekozen
        vraag["fout"] = stand.fout or None
        antwoord["vraag"] = vraag
        if stand.gekozen is not None:
            antwoord["wijzig"] = stand.vraag.id
    return antwoord


def volgende_json(velden_json: str) -> str:
    """volgende() on the bundle tools.browser has loaded: a JSON string of {question id: answer id} in, JSON out."""
    from tools import browser  # imported here: tools.browser imports the calculators, not the other way round

    try:
        velden = json.loads(velden_json)
    except (TypeError, ValueError):
        velden = {}
    return json.dumps(volgende(browser._handboek, velden), ensure_ascii=False)


# -- the diagram ---------------------------------------------------------------------------------------------


def schema_svg(handboek: Handboek) -> str:
    """The whole flow as an accessible inline SVG (a <figure>), laid out at build time from the same data."""
    from tools import stroomschema

    s = stroom(handboek)
    knopen = [stroomschema.Knoop(v.id, v.vraag, "vraag", onderschrift=v.bron.split(" ")[0]) for v in s.vragen.values()]
    knopen += [stroomschema.Knoop(u.id, u.titel, "uitkomst", onderschrift=u.bron.split(" ")[0])
               for u in s.uitkomsten.values()]
    pijlen: dict[tuple[str, str], list[str]] = {}
    for vraag in s.vragen.values():
        for antwoord in vraag.antwoorden:
            for route in antwoord.routes:
                label = antwoord.kort
                if route.als:
                    delen = []
                    for v in route.als:
                        namen = [a.kort for a in s.vragen[v.vraag].antwoorden if a.id in v.antwoorden]
                        delen.append(" of ".join(namen) if v.vraag == "zorgvorm" else f"{s.vragen[v.vraag].kort}: "
                                     + " of ".join(namen))
                    label += f" (bij {'; '.join(delen)})"
                elif len(antwoord.routes) > 1:
                    label += " (anders)"
                pijlen.setdefault((vraag.id, route.naar), []).append(label)
    beschrijving = [f"Stroomschema '{s.titel}' ({s.bron}): {len(s.vragen)} vragen en {len(s.uitkomsten)} "
                    f"uitkomsten. Het begint bij de vraag '{s.vragen[s.start].vraag}'."]
    for vraag in s.vragen.values():
        delen = []
        for (van, naar), labels in pijlen.items():
            if van == vraag.id:
                doel = s.vragen[naar].vraag if naar in s.vragen else f"uitkomst '{s.uitkomsten[naar].titel}'"
                delen.append(f"{', '.join(labels)}: naar {doel}")
        beschrijving.append(f"Vraag '{vraag.vraag}' — " + "; ".join(delen) + ".")
    svg = stroomschema.teken(
        knopen,
        [stroomschema.Pijl(van, naar, ", ".join(labels)) for (van, naar), labels in pijlen.items()],
        start=s.start,
        titel=f"Stroomschema {s.titel.lower()}",
        beschrijving=" ".join(beschrijving),
        prefix="herindicatie",
    )
    return stroomschema.figuur(
        svg,
        onderschrift=f"Het hele stroomschema: rechthoeken zijn vragen, afgeronde vlakken uitkomsten, met de paragraaf "
                     f"van het handboek. Gemaakt uit dezelfde gegevens als de vragen hierboven ({s.bron}).",
        label=f"Stroomschema {s.titel.lower()}; schuif horizontaal om alles te zien",
    )
