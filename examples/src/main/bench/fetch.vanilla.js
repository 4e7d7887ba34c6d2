// 100 sequential fetch calls in hand-written JavaScript, each JSON answer read, timed.
"use strict";
var start = performance.now();
var sum = 0;
function call(left) {
  if (left === 0) {
    document.getElementById("work").textContent = String(performance.now() - start);
    document.getElementById("done").textContent = "done " + sum;
    return;
  }
  fetch("api/ping").then(function (response) {
    return response.json();
  }).then(function (answer) {
    sum += answer.n;
    call(left - 1);
  });
}
call(100);
