// hello in hand-written JavaScript: "hello" into #out, and one click handler.
"use strict";
function show(target, text) {
  var line = document.createElement("div");
  line.textContent = text;
  document.getElementById(target).appendChild(line);
}
document.getElementById("go").addEventListener("click", function () {
  show("clicks", "clicked");
});
show("out", "hello");
