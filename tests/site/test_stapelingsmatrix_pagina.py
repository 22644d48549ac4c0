"""The stapelingsmatrix page: the full grid from the data, not colour-only, with every rule reachable."""
import re

from tests.site.test_gebouwde_site import lees


def test_volledig_raster_met_symbool_en_tekst_per_cel(site, bundel):
    html = (site / "stapelingsmatrix" / "index.html").read_text(encoding="utf-8")
    onderdelen = bundel["stapelingsmatrix"]["onderdelen"]
    cellen = re.findall(r'<td><a class="stapeling stapeling--(\w+)[^"]*" href="#([\w-]+)"[^>]*>(.)', html)
    assert len(cellen) == len(onderdelen) ** 2
    symbool = {"mogelijk": "✓", "niet": "✗", "voorwaarden": "!", "onbekend": "?"}
    assert all(symbool[status] == teken for status, _, teken in cellen)
    assert html.count('<span class="visueel-verborgen">') == len(onderdelen) ** 2


def test_elke_cel_met_een_regel_linkt_naar_die_regel(site, bundel):
    html = (site / "stapelingsmatrix" / "index.html").read_text(encoding="utf-8")
    for c in bundel["stapelingsmatrix"]["combinaties"]:
        anker = "paar-" + "--".join(sorted((c["a"], c["b"])))
        if c["status"] == "onbekend":
            assert f'id="{anker}"' not in html
        else:
            assert f'id="{anker}"' in html and f'href="#{anker}"' in html


def test_reconstructie_en_toelichting_staan_op_de_pagina(site, bundel):
    tekst, _ = lees(site / "stapelingsmatrix" / "index.html")
    assert "Deze matrix is daarom gereconstrueerd" in tekst
    assert "Hardheidsclausule: De stapelingen zijn in principe hard." in tekst
    for voetnoot in bundel["stapelingsmatrix"]["voetnoten"]:
        assert " ".join(voetnoot["tekst"].split())[:60] in tekst
