"""Amounts in euro: exact decimals, Dutch notation."""
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")


def naar_decimal(waarde) -> Decimal:
    """An amount from YAML/JSON (int, float or numeric string) as an exact Decimal.

    Floats go through str() so 1306.2 becomes Decimal('1306.2'), not its binary approximation.
    """
    if isinstance(waarde, bool):
        raise ValueError(f"geen bedrag: {waarde!r}")
    try:
        return Decimal(str(waarde))
    except InvalidOperation:
        raise ValueError(f"geen bedrag: {waarde!r}") from None


def heeft_hoogstens_centen(waarde) -> bool:
    return naar_decimal(waarde) == naar_decimal(waarde).quantize(CENT)


def afronden(bedrag: Decimal) -> Decimal:
    """Round to whole cents, half up, as invoices do."""
    return bedrag.quantize(CENT, rounding=ROUND_HALF_UP)


def euro(bedrag: Decimal) -> str:
    """'€ 1.306,20' — Dutch thousands separator and decimal comma."""
    bedrag = afronden(bedrag)
    teken = "-" if bedrag < 0 else ""
    heel, cent = f"{abs(bedrag):.2f}".split(".")
    groepen = []
    while heel:
        groepen.insert(0, heel[-3:])
        heel = heel[:-3]
    return f"{teken}€ {'.'.join(groepen)},{cent}"
