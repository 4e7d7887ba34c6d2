// 1000 buttons in hand-written JavaScript: each names its handler in data-click, looked up by name.
"use strict";
function show(target, text) {
  var line = document.createElement("div");
  line.textContent = text;
  document.getElementById(target).appendChild(line);
}
var handlers = {
  clicked: function () {
    show("clicks", "clicked");
  }
};
var named = document.querySelectorAll("[data-click]");
for (var i = 0; i < named.length; i++) {
  named[i].addEventListener("click", handlers[named[i].getAttribute("data-click")]);
}
show("out", "hello");
