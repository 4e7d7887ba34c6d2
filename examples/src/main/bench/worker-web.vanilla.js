// 1000 elements from a worker in hand-written JavaScript: a worker cannot touch the DOM, so it sends
// what to build and the page builds it. Timed three ways, as the Pekoe page is: the items in one
// message, one message and answer per item, and the markup in one message.
"use strict";
var worker = new Worker("worker-web.vanilla-worker.js");
var list = null;
var start = 0;

function row(text) {
  var item = document.createElement("li");
  item.className = "row";
  item.textContent = text;
  return item;
}

function newList() {
  var made = document.createElement("ul");
  made.className = "rows";
  return made;
}

function finish(name) {
  document.getElementById("work-" + name).textContent = String(performance.now() - start);
}

worker.onmessage = function (event) {
  var message = event.data;
  if (message.kind === "items") {
    var made = newList();
    for (var i = 0; i < message.items.length; i++) {
      made.appendChild(row(message.items[i]));
    }
    document.getElementById("app-batched").appendChild(made);
    finish("batched");
    start = performance.now();
    list = newList();
    document.getElementById("app-alone").appendChild(list);
    worker.postMessage("alone");
  } else if (message.kind === "item") {
    list.appendChild(row(message.text));
    worker.postMessage("next");
  } else if (message.kind === "alone-done") {
    finish("alone");
    start = performance.now();
    worker.postMessage("markup");
  } else if (message.kind === "markup") {
    document.getElementById("app-markup").innerHTML = message.markup;
    finish("markup");
    document.getElementById("done").textContent = "done";
  }
};
start = performance.now();
worker.postMessage("items");
