// Tariff tables: filter rows by text and sort by any column. Plain DOM, no framework.

function celwaarde(rij, kolom) {
  const tekst = rij.cells[kolom]?.textContent.trim() ?? "";
  const bedrag = tekst.match(/^€\s?([\d.]+,\d\d)/);
  if (bedrag) return Number(bedrag[1].replace(/\./g, "").replace(",", "."));
  const maanden = tekst.match(/^(\d+) maanden/);
  return maanden ? Number(maanden[1]) : tekst;
}

function vergelijk(a, b) {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1; // amounts before "—" or a status text
  if (typeof b === "number") return 1;
  return a.localeCompare(b, "nl", { numeric: true });
}

function maakSorteerbaar(tabel) {
  const koppen = [...tabel.tHead.rows[0].cells];
  koppen.forEach((kop, kolom) => {
    const knop = document.createElement("button");
    knop.type = "button";
    knop.className = "tabel__sorteer";
    knop.append(...kop.childNodes);
    kop.append(knop);
    knop.addEventListener("click", () => {
      const oplopend = kop.getAttribute("aria-sort") !== "ascending";
      for (const andere of koppen) andere.removeAttribute("aria-sort");
      kop.setAttribute("aria-sort", oplopend ? "ascending" : "descending");
      const rijen = [...tabel.tBodies[0].rows];
      rijen.sort((a, b) => vergelijk(celwaarde(a, kolom), celwaarde(b, kolom)) * (oplopend ? 1 : -1));
      tabel.tBodies[0].append(...rijen);
    });
  });
}

function koppelFilter(veld, tabellen, telling) {
  const rijen = tabellen.flatMap((tabel) => [...tabel.tBodies[0].rows]);
  const filter = () => {
    const zoek = veld.value.trim().toLocaleLowerCase("nl");
    let zichtbaar = 0;
    for (const rij of rijen) {
      rij.hidden = zoek !== "" && !rij.textContent.toLocaleLowerCase("nl").includes(zoek);
      if (!rij.hidden) zichtbaar += 1;
    }
    telling.textContent = zoek ? `${zichtbaar} van ${rijen.length} producten` : "";
  };
  veld.addEventListener("input", filter);
  filter();
}

document$.subscribe(() => {
  const tabellen = [...document.querySelectorAll(".tarieven table")];
  tabellen.forEach(maakSorteerbaar);
  const veld = document.querySelector("#tarief-filter");
  if (veld) koppelFilter(veld, tabellen, document.querySelector(".tabelfilter__telling"));
});
