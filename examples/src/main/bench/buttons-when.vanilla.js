// 1000 buttons in hand-written JavaScript: one listener added to each .k button, timed.
"use strict";
function show(target, text) {
  var line = document.createElement("div");
  line.textContent = text;
  document.getElementById(target).appendChild(line);
}
function clicked() {
  show("clicks", "clicked");
}
var start = performance.now();
var buttons = document.querySelectorAll(".k");
for (var i = 0; i < buttons.length; i++) {
  buttons[i].addEventListener("click", clicked);
}
show("bind", String(performance.now() - start));
show("out", "hello");
