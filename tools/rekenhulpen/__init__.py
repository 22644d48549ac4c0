"""Calculators. Each module offers `lees_invoer(velden)` (form fields as text → checked input, or InvoerFout) and
`bereken(handboek, invoer)` (→ Uitkomst). The browser calls them through tools.browser, pytest calls them directly.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


class InvoerFout(ValueError):
    """Input that cannot be used; .fouten maps a form field to a message for the person filling it in."""

    def __init__(self, fouten: dict[str, str]):
        self.fouten = fouten
        super().__init__("; ".join(f"{veld}: {melding}" for veld, melding in fouten.items()))


@dataclass
class Uitkomst:
    """A result as a referrer reads it: the answer, how it was reached, and where the handbook says so."""

    kop: str
    antwoord: str  # the headline: an amount, or a short verdict
    stappen: list[str]
    bronnen: list[str]
    meldingen: list[str] = field(default_factory=list)

    def als_dict(self) -> dict:
        return asdict(self)
