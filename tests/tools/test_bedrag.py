from decimal import Decimal

import pytest

from tools.bedrag import euro, heeft_hoogstens_centen, naar_decimal


@pytest.mark.parametrize(
    ("bedrag", "tekst"),
    [("1306.2", "€ 1.306,20"), ("74.18", "€ 74,18"), ("19171.80", "€ 19.171,80"), ("0", "€ 0,00"),
     ("1234567.891", "€ 1.234.567,89"), ("0.005", "€ 0,01"), ("-386.64", "-€ 386,64")],
)
def test_euro_in_nederlandse_notatie(bedrag, tekst):
    assert euro(Decimal(bedrag)) == tekst


def test_float_uit_yaml_wordt_exact():
    assert naar_decimal(1306.2) == Decimal("1306.20")
    assert naar_decimal(0.1) + naar_decimal(0.2) == Decimal("0.3")


@pytest.mark.parametrize(("waarde", "goed"), [(1306.2, True), (1306.20, True), (1306.205, False), (12, True)])
def test_hoogstens_centen(waarde, goed):
    assert heeft_hoogstens_centen(waarde) is goed


@pytest.mark.parametrize("waarde", ["1.306,2O", True, None])
def test_geen_bedrag(waarde):
    with pytest.raises(ValueError):
        naar_decimal(waarde)
