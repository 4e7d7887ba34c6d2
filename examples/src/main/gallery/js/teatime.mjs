// A tea timer's formatting, written for the Pekoe gallery: the modules page's config lists it in
// js_modules.main as "teatime", so it is loaded before the page's Java runs.

/** Seconds as a timer shows them: 90 is "1:30". */
export function clock(seconds) {
  const minutes = Math.floor(seconds / 60);
  return minutes + ":" + String(seconds % 60).padStart(2, "0");
}

/** How strong a cup that many seconds of steeping makes. */
export function strength(seconds) {
  return seconds < 120 ? "light" : seconds < 210 ? "medium" : "strong";
}
