// The worker of worker.vanilla.html: squares what the page sends.
"use strict";
onmessage = function (event) {
  postMessage(event.data * event.data);
};
