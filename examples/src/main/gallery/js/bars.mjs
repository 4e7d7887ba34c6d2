// A tiny bar chart, written for the Pekoe gallery: the modules page imports it on demand with
// jsImport("./js/bars.mjs"). Like a chart library's label formatter, label(name, value) gives each
// bar its text: the page hands it a Java lambda.

/** Draws one labelled bar per row ({name, value}) into target, each as long as its share of the largest value. */
export function draw(target, rows, label) {
  const largest = Math.max(...rows.map((row) => row.value));
  target.replaceChildren();
  for (const row of rows) {
    const text = document.createElement("span");
    text.className = "bar-label";
    text.textContent = label(row.name, row.value);
    const bar = document.createElement("span");
    bar.className = "bar";
    bar.style.width = (100 * row.value / largest).toFixed(1) + "%";
    const line = document.createElement("div");
    line.className = "bar-row";
    line.append(text, bar);
    target.append(line);
  }
  return rows.length;
}
