"""Decodeer de genummerde (gele) cellen van de stapelingsmatrix (handboek 2.9) uit de tekstextractie.

In de pdf is de matrix een gekleurde tabel; de tekstextractie heeft de kleuren verloren en alleen de
voetnootnummers (1-13) van de gele cellen bewaard. Elke matrixregel ziet er zo uit:

    <rijlabel> <cel><cel>...<cel> [opmerking]

Slotregel:
  * Rijen en kolommen staan in dezelfde volgorde (``RIJEN``): 31 posities, waarvan 5 kopregels
    ("Segment 1: ...", "Segment 2: Wonen", "Segment 3: ...", "Segment 4: Ambulant", "Overig").
    Ook een kopregel bezet een kolomslot (dat altijd leeg is).
  * Elke cel na het rijlabel is een slot: een lege cel is twee spaties, een genummerde cel is de
    cijfers plus één spatie ("1 ", "10 "). Na de laatste cel volgt nog één spatie.
  * De slots worden van RECHTS naar links gelezen (rechts verankerd). Bij vier rijen (Ambulante hulp
    Perspectief 1 en Duurzaam: 1 spatie, Perspectief 2 en GGZ: 2 spaties) heeft de extractie direct
    na het label spaties weggelaten; links lezen zou daar cellen verschuiven (bij GGZ zou voetnoot 9
    op de kopkolom "Segment 4" vallen). Rechts verankerd klopt elke rij: geen nummer valt op een
    kopkolom en alle nummers liggen in de gevulde helft (kolom op of vóór de rij).
  * Tekst achter de cellen (de "NB:" bij Logeren) wordt eerst afgeknipt. Ontbreken links slots,
    dan zijn die leeg.

``decodeer(tekst)`` geeft {(rij_id, kolom_id): voetnoot} voor elke genummerde cel, in
matrixvolgorde (rij, dan kolom). De rij is altijd het onderdeel dat later in de matrix staat
(of hetzelfde, op de diagonaal). Alleen de standaardbibliotheek; deterministisch.

Gebruik:  python scripts/decodeer_stapelingsmatrix.py [pad/naar/tekstextractie.txt]
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

#: (label zoals gedrukt in de matrix, id van het onderdeel; None voor een kopregel)
RIJEN: tuple[tuple[str, str | None], ...] = (
    ("Segment 1: Behandeling met verblijf", None),
    ("Opnamevervangende behandeling", "opnamevervangende-behandeling"),
    ("Behandeling met verblijf", "behandeling-met-verblijf"),
    ("Segment 2: Wonen", None),
    ("Pleegzorg", "pleegzorg"),
    ("Gezinshuizen", "gezinshuizen"),
    ("Kleinschalige woonleefgroepen", "kleinschalige-woonleefgroep"),
    ("Zelfstandig wonen training", "zelfstandig-wonen-training"),
    ("Logeren", "logeren"),
    ("Beschermd wonen", "beschermd-wonen"),
    ("Segment 3: Dagbesteding/dagbehandeling", None),
    ("Ontwikkelgroep: EMB & Opgroeiproblematiek jonge kind", "ontwikkelgroepen"),
    ("Terug naar school: Schoolvervangende dagbehandeling", "schoolvervangende-dagbehandeling"),
    ("Terug naar school: Naschoolse dagbehandeling", "naschoolse-dagbehandeling"),
    ("Duurzame daginvulling: Respijtzorg 1 en 2", "respijtzorg-dagbesteding"),
    ("Duurzame daginvulling: Naschoolse dagbesteding", "naschoolse-dagbesteding"),
    ("Duurzame daginvulling: Schoolvervangende dagbesteding", "schoolvervangende-dagbesteding"),
    ("Segment 4: Ambulant", None),
    ("Ambulante hulp Perspectief 1", "perspectief-1"),
    ("Ambulante hulp Perspectief 2", "perspectief-2"),
    ("Ambulante hulp Duurzaam", "duurzaam"),
    ("GGZ", "ggz"),
    ("Vaktherapie", "vaktherapie"),
    ("Dyslexie diagnostiek & behandeling", "dyslexie"),
    ("Overig", None),
    ("LTA", "lta"),
    ("Drangtraject", "drangtraject"),
    ("Kindergeneeskunde", "kindergeneeskunde"),
    ("Medicijncontrole", "medicijncontrole"),
    ("Crisishulp", "crisishulp"),
    ("Vervoer", "vervoer"),
)
AANTAL_SLOTS = len(RIJEN)  # 31
AANTAL_VOETNOTEN = 13


def _cellen(rest: str) -> list[int | None]:
    """Lees de slots van een regel (alles na het rijlabel), rechts verankerd."""
    opmerking = re.search(r"[^\s\d]", rest)  # bv. "NB: Logeren etmaal ..."
    if opmerking:
        rest = rest[: opmerking.start()]
    if not rest.endswith(" "):
        raise ValueError(f"matrixregel eindigt niet op een spatie: {rest!r}")
    rest = rest[:-1]  # de spatie na de laatste cel
    cellen: list[int | None] = []
    eind = len(rest)
    while len(cellen) < AANTAL_SLOTS:
        if eind < 2:  # links afgevallen (lege) slots
            if rest[:max(eind, 0)].strip():
                raise ValueError(f"onleesbaar begin van matrixregel: {rest!r}")
            cellen.append(None)
            eind = 0
            continue
        if rest[eind - 1] != " ":
            raise ValueError(f"slot eindigt niet op een spatie: {rest!r}")
        if rest[eind - 2].isdigit():
            begin = eind - 2
            while begin > 0 and rest[begin - 1].isdigit():
                begin -= 1
            cellen.append(int(rest[begin : eind - 1]))
            eind = begin
        else:
            cellen.append(None)
            eind -= 2
    if rest[:eind].strip():
        raise ValueError(f"tekst vóór de eerste cel: {rest[:eind]!r}")
    return cellen[::-1]


def _matrixregels(tekst: str) -> list[str]:
    """Zoek de 31 opeenvolgende (niet-lege) matrixregels, in de volgorde van RIJEN."""
    regels = [r for r in tekst.splitlines() if r.strip()]
    for start, regel in enumerate(regels):
        if regel.strip() != RIJEN[0][0]:
            continue
        blok = regels[start : start + AANTAL_SLOTS]
        if len(blok) == AANTAL_SLOTS and all(
            r.lstrip().startswith(label) and re.fullmatch(r"[ \d]*( [^\s\d].*)?", r.lstrip()[len(label):])
            for r, (label, _) in zip(blok, RIJEN)
        ):
            return blok
    raise ValueError("stapelingsmatrix (2.9) niet gevonden in de tekst")


def decodeer(tekst: str) -> dict[tuple[str, str], int]:
    """Geef {(rij_id, kolom_id): voetnoot} voor elke genummerde cel van de stapelingsmatrix."""
    uitkomst: dict[tuple[str, str], int] = {}
    for rij_nr, (regel, (label, rij_id)) in enumerate(zip(_matrixregels(tekst), RIJEN)):
        cellen = _cellen(regel.lstrip()[len(label):])
        for kolom_nr, voetnoot in enumerate(cellen):
            if voetnoot is None:
                continue
            kolom_id = RIJEN[kolom_nr][1]
            if rij_id is None or kolom_id is None:
                raise ValueError(f"voetnoot {voetnoot} op een kopregel/kopkolom ({label!r}, kolom {kolom_nr})")
            if kolom_nr > rij_nr:
                raise ValueError(f"voetnoot {voetnoot} buiten de gevulde helft ({rij_id}, {kolom_id})")
            if not 1 <= voetnoot <= AANTAL_VOETNOTEN:
                raise ValueError(f"onbekende voetnoot {voetnoot} ({rij_id}, {kolom_id})")
            uitkomst[(rij_id, kolom_id)] = voetnoot
    return uitkomst


if __name__ == "__main__":
    standaard = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "003_4d6f3bba8cd51930.txt"
    pad = sys.argv[1] if len(sys.argv) > 1 else standaard
    with open(pad, encoding="utf-8") as f:
        cellen = decodeer(f.read())
    for (rij, kolom), voetnoot in cellen.items():
        print(f"{rij}\t{kolom}\t{voetnoot}")
    print(f"# {len(cellen)} genummerde cellen", file=sys.stderr)
