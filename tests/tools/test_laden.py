"""Every broken fixture under tests/fixtures/kapot/ stops loading with exactly the message in its verwacht.txt."""
import shutil
from pathlib import Path

import pytest

from tools.laden import DataFout, laad_bundel, main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
KAPOT = sorted(p.name for p in (FIXTURES / "kapot").iterdir())


def _maak_data(tmp_path: Path, geval: str | None = None) -> Path:
    """A copy of the valid base data named handbook_data/, with one case's files laid over it."""
    doel = tmp_path / "handbook_data"
    shutil.copytree(FIXTURES / "basis", doel)
    if geval:
        for bestand in (FIXTURES / "kapot" / geval).rglob("*.yaml"):
            relatief = bestand.relative_to(FIXTURES / "kapot" / geval)
            (doel / relatief).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(bestand, doel / relatief)
    return doel


def test_basis_is_geldig(tmp_path):
    bundel = laad_bundel(_maak_data(tmp_path))
    assert [p["code"] for zv in bundel["producten"][0]["zorgvormen"] for p in zv["producten"]] == ["45L11", "45L14"]


def test_er_zijn_minstens_tien_kapotte_voorbeelden():
    assert len(KAPOT) >= 10


@pytest.mark.parametrize("geval", KAPOT)
def test_kapot_bestand_geeft_duidelijke_melding(tmp_path, geval):
    verwacht = (FIXTURES / "kapot" / geval / "verwacht.txt").read_text(encoding="utf-8").splitlines()
    with pytest.raises(DataFout) as fout:
        laad_bundel(_maak_data(tmp_path, geval))
    assert fout.value.meldingen == verwacht


def test_valideer_commando_noemt_alle_fouten_en_faalt(tmp_path, capsys):
    data = _maak_data(tmp_path, "bedrag-als-tekst")
    (data / "producten" / "ambulant.yaml").write_text(
        (data / "producten" / "ambulant.yaml").read_text().replace("code: 45L14", "code: 45l14")
    )
    assert main([str(data)]) == 1
    uitvoer = capsys.readouterr().err
    assert uitvoer.startswith("2 fouten in ")
    assert 'regulier: moet een bedrag zijn, kreeg "1.306,2O"' in uitvoer
    assert 'code: heeft niet de juiste vorm, kreeg "45l14"' in uitvoer


def test_valideer_commando_meldt_wat_in_orde_is(tmp_path, capsys):
    assert main([str(_maak_data(tmp_path))]) == 0
    assert capsys.readouterr().out.startswith("In orde: handboek 2.1, 2 productcodes in 1 zorgvormen")


def test_bestand_zonder_schema_wordt_niet_stil_overgeslagen(tmp_path):
    data = _maak_data(tmp_path)
    (data / "contacten.yaml").write_text("telefoon: 14 077\n")
    with pytest.raises(DataFout) as fout:
        laad_bundel(data)
    assert fout.value.meldingen == [
        "handbook_data/contacten.yaml: er is geen schema voor dit bestand (verwacht schema/contacten.schema.json)"
    ]
