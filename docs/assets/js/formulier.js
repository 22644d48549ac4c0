// Shared by the calculator scripts: show or clear one field's error, in text and for assistive technology.
export function toonVeldfout(veldblok, melding) {
  const foutregel = veldblok.querySelector(".rekenhulp__fout");
  foutregel.hidden = !melding;
  foutregel.textContent = melding || "";
  veldblok.classList.toggle("rekenhulp__veld--fout", Boolean(melding));
  for (const invoer of veldblok.querySelectorAll("input, select, textarea")) {
    if (melding) invoer.setAttribute("aria-invalid", "true");
    else invoer.removeAttribute("aria-invalid");
  }
}

// When Python cannot start: turn the loading status into an alert that says why and what still holds.
export function toonStartfout(blok, tekst) {
  const status = blok.querySelector(".rekenhulp__status");
  status.setAttribute("role", "alert");
  status.classList.add("rekenhulp__status--fout");
  status.querySelector("progress").hidden = true;
  status.querySelector(".rekenhulp__statustekst").textContent = tekst;
}
