// Wires the calculator forms ([data-rekenhulp]) to the Python in tools/, booted by python.js.
// Only pages with a calculator include this script, so only they load the Python runtime.

import { toonStartfout, toonVeldfout } from "./formulier.js";
import { startPython } from "./python.js";

const STAPPEN = 3;

function zetStatus(blok, stap, tekst) {
  const status = blok.querySelector(".rekenhulp__status");
  status.querySelector("progress").value = stap;
  status.querySelector(".rekenhulp__statustekst").textContent = tekst;
}

// Form fields and URL parameters as {name: value}, or {name: [values]} for a name that repeats (checkboxes).
function alsVelden(paren) {
  const velden = {};
  for (const [naam, waarde] of paren) {
    if (waarde === "") continue;
    if (!(naam in velden)) velden[naam] = waarde;
    else velden[naam] = [].concat(velden[naam], waarde);
  }
  return velden;
}

function leesVelden(formulier) {
  return alsVelden(new FormData(formulier).entries());
}

function alsQuery(velden) {
  const query = new URLSearchParams();
  for (const [naam, waarde] of Object.entries(velden)) {
    for (const w of [].concat(waarde)) query.append(naam, w);
  }
  return `?${query}`;
}

function vulVelden(formulier, velden) {
  for (const veld of formulier.elements) {
    if (!veld.name) continue;
    const waarden = [].concat(velden[veld.name] ?? []);
    if (veld.type === "radio" || veld.type === "checkbox") {
      if (veld.type === "checkbox" || waarden.length) veld.checked = waarden.includes(veld.value);
    } else if (veld.tagName !== "BUTTON") {
      veld.value = waarden[0] ?? (veld.tagName === "SELECT" ? veld.value : "");
    }
  }
}

function toonFouten(blok, fouten) {
  const samenvatting = blok.querySelector(".rekenhulp__foutsamenvatting");
  const lijst = samenvatting.querySelector("ul");
  lijst.replaceChildren();
  for (const veldblok of blok.querySelectorAll("[data-veld]")) {
    toonVeldfout(veldblok, fouten[veldblok.dataset.veld]);
  }
  for (const melding of Object.values(fouten)) {
    const regel = document.createElement("li");
    regel.textContent = melding;
    lijst.append(regel);
  }
  samenvatting.hidden = Object.keys(fouten).length === 0;
  if (!samenvatting.hidden) samenvatting.focus();
}

function toonUitkomst(blok, uitkomst) {
  const sectie = blok.querySelector(".rekenhulp__uitkomst");
  sectie.querySelector(".rekenhulp__kop").textContent = uitkomst.kop;
  sectie.querySelector(".rekenhulp__antwoord").textContent = uitkomst.antwoord;
  const stappen = sectie.querySelector(".rekenhulp__stappen");
  stappen.replaceChildren(...uitkomst.stappen.map((tekst) => {
    const regel = document.createElement("li");
    regel.textContent = tekst;
    return regel;
  }));
  sectie.querySelector(".rekenhulp__meldingen").replaceChildren(...(uitkomst.meldingen || []).map((tekst) => {
    const regel = document.createElement("li");
    regel.textContent = tekst;
    return regel;
  }));
  sectie.querySelector(".rekenhulp__bronnen").textContent =
    `Handboek: ${uitkomst.bronnen.join(", ")}. Deze uitkomst is indicatief; de beschikking is leidend.`;
  sectie.hidden = false;
}

function reken(blok, browser, velden) {
  const antwoord = JSON.parse(browser.reken(blok.dataset.rekenhulp, JSON.stringify(velden)));
  if (antwoord.ok) {
    toonFouten(blok, {});
    toonUitkomst(blok, antwoord.uitkomst);
    return true;
  }
  blok.querySelector(".rekenhulp__uitkomst").hidden = true;
  toonFouten(blok, antwoord.fouten);
  return false;
}

async function koppel(blok) {
  const formulier = blok.querySelector("form");
  const knop = formulier.querySelector("button[type=submit]");
  let browser;
  try {
    browser = await startPython((stap, tekst) => zetStatus(blok, stap, tekst));
  } catch (fout) {
    toonStartfout(blok, `De rekenhulp kan niet starten: ${fout.message}. Het rekenvoorbeeld en de tarieven op ` +
      "deze pagina blijven geldig. Probeer de pagina later opnieuw te laden.");
    return;
  }
  zetStatus(blok, STAPPEN, "De rekenhulp is klaar voor gebruik.");
  blok.querySelector(".rekenhulp__status progress").hidden = true;
  knop.disabled = false;

  const uitUrl = () => alsVelden(new URLSearchParams(window.location.search).entries());
  formulier.addEventListener("submit", (gebeurtenis) => {
    gebeurtenis.preventDefault();
    const velden = leesVelden(formulier);
    if (reken(blok, browser, velden)) {
      const query = alsQuery(velden);
      if (query !== window.location.search) history.pushState(velden, "", query);
      blok.querySelector(".rekenhulp__uitkomst").focus();
    }
  });
  window.addEventListener("popstate", () => {
    const velden = uitUrl();
    vulVelden(formulier, velden);
    if (Object.keys(velden).length) reken(blok, browser, velden);
    else blok.querySelector(".rekenhulp__uitkomst").hidden = true;
  });
  // ?… is a shared result: fill the form and compute. #… only fills the form (links from product pages).
  const vooraf = alsVelden(new URLSearchParams(window.location.hash.slice(1)).entries());
  if (Object.keys(vooraf).length) vulVelden(formulier, vooraf);
  const begin = uitUrl();
  if (Object.keys(begin).length) {
    vulVelden(formulier, begin);
    reken(blok, browser, { ...leesVelden(formulier), ...begin });
  }
  window.dispatchEvent(new CustomEvent("rekenhulp:klaar", { detail: blok.dataset.rekenhulp }));
}

for (const blok of document.querySelectorAll("[data-rekenhulp]")) koppel(blok);
