"""A flow diagram as inline SVG, laid out at build time with the standard library only.

Questions are boxes, outcomes rounded end boxes, answers labelled arrows. The layout is layered (Sugiyama style):
every box gets the layer of its longest path from the start; an arrow's label sits in the half-layer just below its
source, as a box of its own, and an arrow that skips layers runs through invisible waypoints. Boxes within a layer
are ordered to reduce crossings (barycentre sweeps) and then placed as close above or below their neighbours as
the order allows (isotonic regression per layer). Text widths are estimated from Helvetica/Arial metrics, so the
diagram needs no font files and requests nothing from elsewhere.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from html import escape

LETTERTYPE = "Helvetica, Arial, 'Liberation Sans', 'Nimbus Sans', sans-serif"
KLEUR_TEKST = "#1f1f1f"
KLEUR_LIJN = "#3949ab"
KLEUR_VRAAG = "#ffffff"
KLEUR_UITKOMST = "#e8eaf6"
KLEUR_RAND_UITKOMST = "#1a237e"
KLEUR_LABELRAND = "#9fa8da"

BREEDTE = {"vraag": 180.0, "uitkomst": 170.0}
LABEL_MAX = 130.0
GROOTTE = {"vraag": 13.0, "uitkomst": 13.0, "label": 12.0, "onderschrift": 11.0}
REGEL = 1.3  # line height as a multiple of the font size
BINNEN = 8.0  # padding inside a box
TUSSEN = 14.0  # horizontal gap between boxes in a layer
LAAG_TUSSEN = 26.0  # vertical gap between layers
RAND = 16.0  # margin around the drawing
PUNT = 12.0  # width kept free around the waypoint of a long arrow
DEMPING = 0.0  # how much an arrow may swing sideways through its waypoints (0: vertical at each one)

# Advance widths of Helvetica (per 1000 units of font size) for printable ASCII; other letters are mapped to
# their base letter (é → e), anything else counts as a wide letter.
_BREEDTES = dict(zip(
    " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~",
    [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278] + [556] * 10
    + [278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722,
       778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500,
       556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500,
       500, 500, 334, 260, 334, 584],
))
_BIJZONDER = {"’": 222, "‘": 222, "“": 333, "”": 333, "–": 556, "—": 1000, "…": 1000, "→": 1000,
              "€": 556}


def tekstbreedte(tekst: str, grootte: float, vet: bool = False) -> float:
    """Estimated width in px of a line of text (with a small margin: fonts differ a little per system)."""
    eenheden = 0
    for teken in tekst:
        if teken in _BIJZONDER:
            eenheden += _BIJZONDER[teken]
            continue
        basis = unicodedata.normalize("NFD", teken)[0]
        eenheden += _BREEDTES.get(basis, 600)
    return eenheden / 1000 * grootte * (1.1 if vet else 1.0) * 1.04


def ombreken(tekst: str, maximum: float, grootte: float, vet: bool = False) -> list[str]:
    """Greedy line breaking at spaces; a single word wider than the maximum gets a line of its own."""
    regels: list[str] = []
    for woord in tekst.split():
        if regels and tekstbreedte(f"{regels[-1]} {woord}", grootte, vet) <= maximum:
            regels[-1] += f" {woord}"
        else:
            regels.append(woord)
    return regels or [""]


@dataclass(frozen=True)
class Knoop:
    id: str
    tekst: str
    soort: str  # "vraag" or "uitkomst"
    onderschrift: str = ""  # small text under the box's text, e.g. the handbook section


@dataclass(frozen=True)
class Pijl:
    van: str
    naar: str
    label: str


@dataclass
class _Item:
    """A box in a layer: a node, an arrow's label, or a waypoint of a long arrow."""

    id: str
    soort: str  # "vraag", "uitkomst", "label" or "punt"
    laag: int
    breedte: float = 0.0
    hoogte: float = 0.0
    regels: list[str] = field(default_factory=list)
    onderschrift: str = ""
    boven: list[str] = field(default_factory=list)  # neighbours in the layer above
    onder: list[str] = field(default_factory=list)  # neighbours in the layer below
    x: float = 0.0  # centre
    y: float = 0.0  # top
    plek: int = 0  # position in its layer


def _rangen(knopen: dict[str, Knoop], pijlen: list[Pijl], start: str) -> dict[str, int]:
    """Longest-path layering from the start. The graph must be acyclic and every node reachable."""
    uit: dict[str, list[str]] = {k: [] for k in knopen}
    for p in pijlen:
        uit[p.van].append(p.naar)
    volgorde: list[str] = []
    staat: dict[str, int] = {}  # 1 = on the stack, 2 = done

    def bezoek(k: str):
        staat[k] = 1
        for n in uit[k]:
            if staat.get(n) == 1:
                raise ValueError(f"het stroomschema heeft een kringloop via '{n}'")
            if n not in staat:
                bezoek(n)
        staat[k] = 2
        volgorde.append(k)

    bezoek(start)
    los = sorted(set(knopen) - set(staat))
    if los:
        raise ValueError(f"niet bereikbaar vanaf de start: {', '.join(los)}")
    rang = {k: 0 for k in knopen}
    for k in reversed(volgorde):
        for n in uit[k]:
            rang[n] = max(rang[n], rang[k] + 1)
    return rang


def _kruisingen(lagen: list[list[str]], items: dict[str, _Item]) -> int:
    totaal = 0
    for boven in lagen[:-1]:
        plek = {i: n for n, i in enumerate(boven)}
        randen = []
        for i in boven:
            for o in items[i].onder:
                randen.append((plek[i], items[o].plek))
        randen.sort()
        for a in range(len(randen)):
            for b in range(a + 1, len(randen)):
                if randen[a][0] < randen[b][0] and randen[a][1] > randen[b][1]:
                    totaal += 1
    return totaal


def _nummer(lagen: list[list[str]], items: dict[str, _Item]):
    for laag in lagen:
        for n, i in enumerate(laag):
            items[i].plek = n


def _paar_kruisingen(a: _Item, b: _Item, items: dict[str, _Item]) -> int:
    """Crossings between the arrows of a and those of b (a left of b), above and below."""
    totaal = 0
    for buren_a, buren_b in ((a.boven, b.boven), (a.onder, b.onder)):
        for x in buren_a:
            for y in buren_b:
                if items[x].plek > items[y].plek:
                    totaal += 1
    return totaal


def _verwissel(lagen: list[list[str]], items: dict[str, _Item]):
    """Swap neighbours in a layer while that removes crossings (the 'transpose' step of dot)."""
    beter = True
    while beter:
        beter = False
        for laag in lagen:
            for n in range(len(laag) - 1):
                a, b = items[laag[n]], items[laag[n + 1]]
                if _paar_kruisingen(b, a, items) < _paar_kruisingen(a, b, items):
                    laag[n], laag[n + 1] = laag[n + 1], laag[n]
                    a.plek, b.plek = n + 1, n
                    beter = True


def _ordenen(lagen: list[list[str]], items: dict[str, _Item], rondes: int = 24):
    """Barycentre sweeps and swaps, keeping the order with the fewest crossings."""
    _nummer(lagen, items)
    beste = ([list(l) for l in lagen], _kruisingen(lagen, items))
    for ronde in range(rondes):
        omlaag = ronde % 2 == 0
        reeks = range(1, len(lagen)) if omlaag else range(len(lagen) - 2, -1, -1)
        for n in reeks:
            def zwaartepunt(i: str) -> float:
                buren = items[i].boven if omlaag else items[i].onder
                if not buren:
                    return items[i].plek
                return sum(items[b].plek for b in buren) / len(buren)

            lagen[n].sort(key=lambda i: (zwaartepunt(i), items[i].plek))
            for plek, i in enumerate(lagen[n]):
                items[i].plek = plek
        _verwissel(lagen, items)
        k = _kruisingen(lagen, items)
        if k < beste[1]:
            beste = ([list(l) for l in lagen], k)
    lagen[:] = beste[0]
    _nummer(lagen, items)


def _isotoon(doel: list[float], gewicht: list[float]) -> list[float]:
    """Weighted least squares fit of a non-decreasing sequence (pool adjacent violators)."""
    blokken: list[list[float]] = []  # [value, weight, count]
    for d, g in zip(doel, gewicht):
        blokken.append([d, g, 1])
        while len(blokken) > 1 and blokken[-2][0] > blokken[-1][0]:
            b = blokken.pop()
            a = blokken[-1]
            totaal = a[1] + b[1]
            a[0] = (a[0] * a[1] + b[0] * b[1]) / totaal
            a[1] = totaal
            a[2] += b[2]
    uit: list[float] = []
    for waarde, _, aantal in blokken:
        uit += [waarde] * aantal
    return uit


def _plaats_laag(laag: list[str], items: dict[str, _Item], wens: dict[str, float], gewicht: dict[str, float]):
    """Put the boxes of one layer as close to their wished x as their order and the gaps allow."""
    if not laag:
        return
    verschuiving = [0.0]
    for a, b in zip(laag, laag[1:]):
        tussen = 6.0 if items[a].soort == items[b].soort == "punt" else TUSSEN
        afstand = (items[a].breedte + items[b].breedte) / 2 + tussen
        verschuiving.append(verschuiving[-1] + afstand)
    doel = [wens[i] - v for i, v in zip(laag, verschuiving)]
    passend = _isotoon(doel, [gewicht[i] for i in laag])
    for i, y, v in zip(laag, passend, verschuiving):
        items[i].x = y + v


def _x_toewijzen(lagen: list[list[str]], items: dict[str, _Item], rondes: int = 60):
    for laag in lagen:
        _plaats_laag(laag, items, {i: 0.0 for i in laag}, {i: 1.0 for i in laag})
    for ronde in range(rondes):
        richting = ronde % 3  # 0: look up, 1: look down, 2: both
        reeks = range(len(lagen)) if richting != 1 else range(len(lagen) - 1, -1, -1)
        for n in reeks:
            wens, gewicht = {}, {}
            for i in lagen[n]:
                item = items[i]
                buren = item.boven if richting == 0 else item.onder if richting == 1 else item.boven + item.onder
                if buren:
                    wens[i] = sum(items[b].x for b in buren) / len(buren)
                    # waypoints and labels want straight lines most; boxes with many arrows least
                    gewicht[i] = 4.0 if item.soort in ("punt", "label") else 1.0
                else:
                    wens[i], gewicht[i] = item.x, 0.5
            _plaats_laag(lagen[n], items, wens, gewicht)


def _pad(punten: list[tuple[float, float]]) -> str:
    """A smooth path through the points (Catmull-Rom as cubic Béziers), leaving and arriving vertically."""
    n = len(punten)
    raaklijnen = []
    for i, (x, y) in enumerate(punten):
        if i == 0:
            raaklijnen.append((0.0, punten[1][1] - y))
        elif i == n - 1:
            raaklijnen.append((0.0, y - punten[i - 1][1]))
        else:
            (xa, ya), (xb, yb) = punten[i - 1], punten[i + 1]
            raaklijnen.append(((xb - xa) * DEMPING / 2, (yb - ya) / 2))
    x0, y0 = punten[0]
    d = [f"M{x0:.1f},{y0:.1f}"]
    for i in range(n - 1):
        (xa, ya), (xb, yb) = punten[i], punten[i + 1]
        (ta, ua), (tb, ub) = raaklijnen[i], raaklijnen[i + 1]
        d.append(f"C{xa + ta / 3:.1f},{ya + ua / 3:.1f} {xb - tb / 3:.1f},{yb - ub / 3:.1f} {xb:.1f},{yb:.1f}")
    return " ".join(d)


def teken(knopen: list[Knoop], pijlen: list[Pijl], start: str, titel: str, beschrijving: str,
          prefix: str = "stroom") -> str:
    """The diagram as an <svg> element with <title> and <desc>."""
    per_id = {k.id: k for k in knopen}
    for p in pijlen:
        for kant in (p.van, p.naar):
            if kant not in per_id:
                raise ValueError(f"pijl naar of van onbekende knoop '{kant}'")
    rang = _rangen(per_id, pijlen, start)

    items: dict[str, _Item] = {}
    for k in knopen:
        breedte = BREEDTE[k.soort]
        regels = ombreken(k.tekst, breedte - 2 * BINNEN, GROOTTE[k.soort], vet=k.soort == "vraag")
        hoogte = len(regels) * GROOTTE[k.soort] * REGEL + 2 * BINNEN
        if k.onderschrift:
            hoogte += GROOTTE["onderschrift"] * REGEL
        items[k.id] = _Item(k.id, k.soort, 2 * rang[k.id], breedte, hoogte, regels, k.onderschrift)
    ketens: list[tuple[Pijl, list[str]]] = []
    for n, p in enumerate(pijlen):
        regels = ombreken(p.label, LABEL_MAX, GROOTTE["label"])
        breedte = max(tekstbreedte(r, GROOTTE["label"]) for r in regels) + 2 * 5
        label = _Item(f"label-{n}", "label", 2 * rang[p.van] + 1, breedte,
                      len(regels) * GROOTTE["label"] * REGEL + 2 * 3, regels)
        items[label.id] = label
        keten = [p.van, label.id]
        for laag in range(label.laag + 1, 2 * rang[p.naar]):
            punt = _Item(f"punt-{n}-{laag}", "punt", laag, PUNT, 0.0)
            items[punt.id] = punt
            keten.append(punt.id)
        keten.append(p.naar)
        for a, b in zip(keten, keten[1:]):
            items[a].onder.append(b)
            items[b].boven.append(a)
        ketens.append((p, keten))

    diepte = max(i.laag for i in items.values()) + 1
    # first order: depth-first from the start, in the order the arrows are given, and once in reverse order;
    # the one with fewer crossings after the sweeps wins
    beste = None
    for omgekeerd in (False, True):
        lagen: list[list[str]] = [[] for _ in range(diepte)]
        gezien: set[str] = set()

        def bezoek(i: str):
            if i in gezien:
                return
            gezien.add(i)
            lagen[items[i].laag].append(i)
            for o in (reversed(items[i].onder) if omgekeerd else items[i].onder):
                bezoek(o)

        bezoek(start)
        _ordenen(lagen, items)
        _nummer(lagen, items)
        kruisingen = _kruisingen(lagen, items)
        if beste is None or kruisingen < beste[0]:
            beste = (kruisingen, lagen)
    lagen = beste[1]
    _nummer(lagen, items)
    _x_toewijzen(lagen, items)

    # vertical placement: every layer as high as its highest box
    y = RAND + GROOTTE["label"] * REGEL + 4  # room for the "Start" tag
    laag_band = []  # (top, bottom) of every layer
    for laag in lagen:
        hoogte = max((items[i].hoogte for i in laag), default=0.0)
        for i in laag:
            items[i].y = y + (hoogte - items[i].hoogte) / 2
        laag_band.append((y, y + hoogte))
        y += hoogte + LAAG_TUSSEN
    links = min(items[i].x - items[i].breedte / 2 for i in items)
    for item in items.values():
        item.x += RAND - links
    breedte = max(i.x + i.breedte / 2 for i in items.values()) + RAND
    hoogte = y - LAAG_TUSSEN + RAND

    # ports: spread the arrows over the bottom of their source and the top of their target
    uit_poort, in_poort = {}, {}
    for k in knopen:
        item = items[k.id]
        for kant, buren, poort in (("onder", item.onder, uit_poort), ("boven", item.boven, in_poort)):
            volgorde = sorted(buren, key=lambda b: items[b].x)
            for n, b in enumerate(volgorde):
                ruimte = item.breedte * 0.6
                poort[(k.id, b)] = item.x - ruimte / 2 + ruimte * (n + 0.5) / len(volgorde)

    p_ = escape(prefix)
    delen = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{breedte:.0f}" height="{hoogte:.0f}" '
        f'viewBox="0 0 {breedte:.0f} {hoogte:.0f}" role="img" aria-labelledby="{p_}-schema-titel {p_}-schema-desc" '
        f'font-family="{LETTERTYPE}" class="stroomschema__svg" style="max-width:none">',
        f'<title id="{p_}-schema-titel">{escape(titel)}</title>',
        f'<desc id="{p_}-schema-desc">{escape(beschrijving)}</desc>',
        f'<defs><marker id="{p_}-pijlpunt" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
        f'orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="{KLEUR_LIJN}"/></marker></defs>',
        f'<rect width="100%" height="100%" fill="#ffffff"/>',
        '<g class="stroomschema__pijlen" fill="none">',
    ]
    for p, keten in ketens:
        van, naar = items[p.van], items[p.naar]
        # straight down through every layer (out of the source's layer, through the label's and the waypoints',
        # into the target's), curving only between layers: an arrow never cuts a box beside it
        uit_x, in_x = uit_poort[(p.van, keten[1])], in_poort[(p.naar, keten[-2])]
        punten = [(uit_x, van.y + van.hoogte), (uit_x, laag_band[van.laag][1])]
        for i in keten[1:-1]:
            boven, onder = laag_band[items[i].laag]
            punten += [(items[i].x, boven), (items[i].x, onder)]
        punten += [(in_x, laag_band[naar.laag][0]), (in_x, naar.y - 1.5)]
        punten = [q for n, q in enumerate(punten) if n == 0 or q != punten[n - 1]]
        delen.append(
            f'<path d="{_pad(punten)}" stroke="{KLEUR_LIJN}" stroke-width="1.5" '
            f'marker-end="url(#{p_}-pijlpunt)" data-van="{escape(p.van)}" data-naar="{escape(p.naar)}"/>')
    delen.append("</g>")

    delen.append('<g class="stroomschema__labels">')
    for p, keten in ketens:
        label = items[keten[1]]
        links_ = label.x - label.breedte / 2
        delen.append(f'<g id="{p_}-{label.id}" data-van="{escape(p.van)}" data-naar="{escape(p.naar)}">')
        delen.append(f'<rect x="{links_:.1f}" y="{label.y:.1f}" width="{label.breedte:.1f}" '
                     f'height="{label.hoogte:.1f}" rx="3" fill="#ffffff" stroke="{KLEUR_LABELRAND}"/>')
        delen.append(_tekstblok(label.regels, label.x, label.y + 3, GROOTTE["label"], KLEUR_TEKST))
        delen.append("</g>")
    delen.append("</g>")

    delen.append('<g class="stroomschema__knopen">')
    for k in knopen:
        item = items[k.id]
        links_ = item.x - item.breedte / 2
        vraag = k.soort == "vraag"
        klasse = ' class="stroomschema__start"' if k.id == start else ""
        delen.append(f'<g id="{p_}-knoop-{escape(k.id)}" data-soort="{k.soort}"{klasse}>')
        if k.id == start:
            delen.append(f'<text x="{links_:.1f}" y="{item.y - 5:.1f}" font-size="{GROOTTE["label"]:.0f}" '
                         f'font-weight="700" fill="{KLEUR_TEKST}">Start</text>')
        delen.append(
            f'<rect x="{links_:.1f}" y="{item.y:.1f}" width="{item.breedte:.1f}" height="{item.hoogte:.1f}" '
            f'rx="{3 if vraag else 12}" fill="{KLEUR_VRAAG if vraag else KLEUR_UITKOMST}" '
            f'stroke="{KLEUR_LIJN if vraag else KLEUR_RAND_UITKOMST}" stroke-width="{3 if k.id == start else 2}"/>')
        delen.append(_tekstblok(item.regels, item.x, item.y + BINNEN, GROOTTE[k.soort], KLEUR_TEKST, vet=vraag))
        if item.onderschrift:
            onder = item.y + BINNEN + len(item.regels) * GROOTTE[k.soort] * REGEL + GROOTTE["onderschrift"]
            delen.append(f'<text x="{item.x:.1f}" y="{onder:.1f}" font-size="{GROOTTE["onderschrift"]:.0f}" '
                         f'text-anchor="middle" fill="#3d3d3d">{escape(item.onderschrift)}</text>')
        delen.append("</g>")
    delen.append("</g></svg>")
    return "".join(delen)


def _tekstblok(regels: list[str], x: float, boven: float, grootte: float, kleur: str, vet: bool = False) -> str:
    """Centred lines of text; boven is the top of the first line."""
    gewicht = ' font-weight="700"' if vet else ""
    eerste = boven + grootte * 0.95
    tspans = "".join(
        f'<tspan x="{x:.1f}" y="{eerste + n * grootte * REGEL:.1f}">{escape(r)}</tspan>' for n, r in enumerate(regels))
    return f'<text font-size="{grootte:.0f}" text-anchor="middle" fill="{kleur}"{gewicht}>{tspans}</text>'


def figuur(svg: str, onderschrift: str, label: str) -> str:
    """The diagram in a horizontally scrollable, keyboard-focusable figure, as one block of raw HTML."""
    return (
        '<figure class="stroomschema" markdown="0">'
        f'<div class="stroomschema__venster" style="overflow-x:auto;max-width:100%" tabindex="0" role="region" '
        f'aria-label="{escape(label)}">{svg}</div>'
        f'<figcaption>{escape(onderschrift)}</figcaption></figure>'
    )
