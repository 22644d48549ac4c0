// Small repairs to the theme's markup that axe-core flags as serious; run after the theme has built each page.
document$.subscribe(() => {
  // The search overlay is a dialog and needs a name.
  document.querySelector(".md-search")?.setAttribute("aria-label", "Zoeken");
  // Wide tables scroll sideways: make each scroll area reachable by keyboard and give it a name.
  for (const vak of document.querySelectorAll(".md-typeset__scrollwrap")) {
    vak.tabIndex = 0;
    vak.setAttribute("role", "region");
    vak.setAttribute("aria-label", "Tabel, horizontaal te scrollen");
  }
});
