// A worker in hand-written JavaScript: started, asked once, timed until its answer.
"use strict";
var start = performance.now();
var worker = new Worker("worker.vanilla-worker.js");
worker.onmessage = function (event) {
  document.getElementById("work").textContent = String(performance.now() - start);
  document.getElementById("done").textContent = "done " + event.data;
};
worker.postMessage(7);
