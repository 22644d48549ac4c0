// The herindicatie questions ([data-stroom="herindicatie"]): one question at a time, answered by the Python in
// tools/rekenhulpen/herindicatie.py (volgende_json), booted by python.js. The answers live in the URL query
// (?zorgvorm=…&loopt=…), so a path can be shared and back/forward work; "wijzig=<vraag>" shows an earlier
// question again while keeping the later answers.

import { toonStartfout, toonVeldfout } from "./formulier.js";
import { startPython } from "./python.js";

const STAPPEN = 3;
const WIJZIG = "wijzig";

const blok = document.querySelector('[data-stroom="herindicatie"]');

function zetStatus(stap, tekst) {
  const status = blok.querySelector(".rekenhulp__status");
  status.querySelector("progress").value = stap;
  status.querySelector(".rekenhulp__statustekst").textContent = tekst;
}

function uitUrl() {
  const velden = {};
  for (const [naam, waarde] of new URLSearchParams(window.location.search)) {
    if (waarde !== "" && !(naam in velden)) velden[naam] = waarde;
  }
  return velden;
}

function alsQuery(velden) {
  const query = new URLSearchParams(velden).toString();
  return query ? `?${query}` : window.location.pathname;
}

// The URL that belongs to an answer from Python: the answers on the path, and which question is being changed.
function urlVan(stand) {
  const velden = { ...stand.velden };
  if (stand.wijzig) velden[WIJZIG] = stand.wijzig;
  return alsQuery(velden);
}

function element(naam, tekst, eigenschappen = {}) {
  const el = document.createElement(naam);
  if (tekst !== undefined) el.textContent = tekst;
  Object.assign(el, eigenschappen);
  return el;
}

function toonPad(stand) {
  const sectie = blok.querySelector(".stroom__pad");
  const lijst = sectie.querySelector("dl");
  lijst.replaceChildren();
  for (const rij of stand.pad) {
    const groep = element("div", undefined, { className: "stroom__rij" });
    const link = element("a", "Wijzig", {
      href: alsQuery({ ...stand.velden, [WIJZIG]: rij.vraag }),
      className: "stroom__wijzig",
    });
    link.dataset.vraag = rij.vraag;
    link.append(element("span", ` het antwoord op: ${rij.tekst}`, { className: "visueel-verborgen" }));
    const vraag = element("dt", rij.tekst);
    const antwoord = element("dd", rij.label);
    const actie = element("dd");
    actie.append(link);
    // a summary row: question, answer, change link side by side (wrapping on small screens)
    Object.assign(groep.style, {
      display: "flex", flexWrap: "wrap", gap: "0.2rem 1rem", padding: "0.5rem 0",
      borderBottom: "1px solid var(--md-default-fg-color--lightest)",
    });
    Object.assign(vraag.style, { flex: "1 1 16rem", fontWeight: "700", margin: "0" });
    Object.assign(antwoord.style, { flex: "1 1 16rem", margin: "0" });
    Object.assign(actie.style, { flex: "0 0 auto", margin: "0" });
    groep.append(vraag, antwoord, actie);
    lijst.append(groep);
  }
  sectie.hidden = stand.pad.length === 0;
  blok.querySelector(".stroom__opnieuw").hidden = stand.pad.length === 0 && !stand.wijzig;
}

function toonFout(vraag, melding) {
  const samenvatting = blok.querySelector(".rekenhulp__foutsamenvatting");
  toonVeldfout(blok.querySelector("fieldset"), melding);
  const lijst = samenvatting.querySelector("ul");
  lijst.replaceChildren();
  if (melding) {
    const regel = element("li");
    regel.append(element("a", melding, { href: `#herindicatie-${vraag.id}-${vraag.antwoorden[0].id}` }));
    lijst.append(regel);
  }
  samenvatting.hidden = !melding;
}

function toonVraag(vraag) {
  const formulier = blok.querySelector("form");
  const veld = formulier.querySelector("fieldset");
  veld.dataset.veld = vraag.id;
  veld.querySelector("legend h2").textContent = vraag.vraag;
  const hint = veld.querySelector(".rekenhulp__hint");
  hint.textContent = vraag.hint || "";
  hint.hidden = !vraag.hint;
  const keuzes = veld.querySelector(".stroom__keuzes");
  keuzes.replaceChildren(...vraag.antwoorden.map((antwoord) => {
    const label = element("label");
    const invoer = element("input", undefined, {
      type: "radio", name: vraag.id, value: antwoord.id, id: `herindicatie-${vraag.id}-${antwoord.id}`,
      checked: antwoord.id === vraag.gekozen,
    });
    label.append(invoer, ` ${antwoord.label}`);
    if (antwoord.hint) label.append(" ", element("span", `(${antwoord.hint})`, { className: "rekenhulp__hint" }));
    return label;
  }));
  toonFout(vraag, vraag.fout);
  formulier.hidden = false;
  blok.querySelector(".rekenhulp__uitkomst").hidden = true;
}

function toonUitkomst(uitkomst) {
  const sectie = blok.querySelector(".rekenhulp__uitkomst");
  sectie.querySelector(".rekenhulp__kop").textContent = uitkomst.titel;
  sectie.querySelector(".rekenhulp__antwoord").textContent = uitkomst.antwoord;
  sectie.querySelector(".rekenhulp__stappen").replaceChildren(
    ...uitkomst.redenering.map((r) => element("li", `${r.tekst} (${r.bron})`)),
  );
  sectie.querySelector(".rekenhulp__meldingen").replaceChildren(
    ...uitkomst.meldingen.map((m) => element("li", `${m.tekst} (${m.bron})`)),
  );
  sectie.querySelector(".stroom__meldingenkop").hidden = uitkomst.meldingen.length === 0;
  sectie.querySelector(".rekenhulp__bronnen").textContent =
    `Handboek: ${uitkomst.bronnen.join("; ")}.`;
  blok.querySelector("form").hidden = true;
  sectie.hidden = false;
}

function toon(stand, { focus }) {
  toonPad(stand);
  if (stand.uitkomst) toonUitkomst(stand.uitkomst);
  else toonVraag(stand.vraag);
  if (focus) {
    const doel = stand.uitkomst ? blok.querySelector("#herindicatie-uitkomst-kop") : blok.querySelector("#herindicatie-vraag");
    doel.focus();
  }
}

async function start() {
  const formulier = blok.querySelector("form");
  const knop = formulier.querySelector("button[type=submit]");
  let module;
  try {
    const browser = await startPython(zetStatus);
    module = browser.rekenhulp("herindicatie");
  } catch (fout) {
    toonStartfout(blok, `De vragen kunnen niet starten: ${fout.message}. Het voorbeeld en het stroomschema op ` +
      "deze pagina blijven geldig. Probeer de pagina later opnieuw te laden.");
    return;
  }
  const vraagPython = (velden) => JSON.parse(module.volgende_json(JSON.stringify(velden)));
  let stand;

  // Show the state of the current URL; tidy the URL if it held answers that are not on the path.
  const volgUrl = ({ focus }) => {
    stand = vraagPython(uitUrl());
    const schoon = urlVan(stand);
    if (schoon !== window.location.search && !(schoon === window.location.pathname && !window.location.search)) {
      history.replaceState(null, "", schoon);
    }
    toon(stand, { focus });
  };

  formulier.addEventListener("submit", (gebeurtenis) => {
    gebeurtenis.preventDefault();
    const gekozen = formulier.querySelector("input[type=radio]:checked");
    if (!gekozen) {
      toonFout(stand.vraag, stand.vraag.fout_leeg);
      blok.querySelector(".rekenhulp__foutsamenvatting").focus();
      return;
    }
    stand = vraagPython({ ...stand.velden, [stand.vraag.id]: gekozen.value });
    history.pushState(null, "", urlVan(stand));
    toon(stand, { focus: true });
  });

  blok.addEventListener("click", (gebeurtenis) => {
    const link = gebeurtenis.target.closest("a");
    if (!link || !blok.contains(link)) return;
    if (link.classList.contains("stroom__wijzig") || link.closest(".stroom__opnieuw")) {
      gebeurtenis.preventDefault();
      const doel = link.closest(".stroom__opnieuw") ? window.location.pathname : link.getAttribute("href");
      history.pushState(null, "", doel);
      volgUrl({ focus: true });
    } else if (link.closest(".rekenhulp__foutsamenvatting")) {
      gebeurtenis.preventDefault();
      formulier.querySelector("input[type=radio]")?.focus();
    }
  });

  window.addEventListener("popstate", () => volgUrl({ focus: true }));

  zetStatus(STAPPEN, "De vragen zijn klaar voor gebruik.");
  blok.querySelector(".rekenhulp__status progress").hidden = true;
  volgUrl({ focus: false });
  knop.disabled = false;
  blok.dataset.klaar = "ja";
  window.dispatchEvent(new CustomEvent("rekenhulp:klaar", { detail: "herindicatie" }));
}

// The diagram is wider than the page: scroll its window so that the start of the flow is in view.
function toonBeginVanSchema() {
  for (const venster of document.querySelectorAll(".stroomschema__venster")) {
    const vak = venster.querySelector(".stroomschema__start rect");
    if (!vak) continue;
    const midden = Number(vak.getAttribute("x")) + Number(vak.getAttribute("width")) / 2;
    venster.scrollLeft = Math.max(0, midden - venster.clientWidth / 2);
  }
}

toonBeginVanSchema();
if (blok) start();
