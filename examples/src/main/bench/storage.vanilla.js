// 10,000 keys written to IndexedDB in one transaction by hand-written JavaScript, timed to its commit.
"use strict";
var start = performance.now();
var open = indexedDB.open("bench-vanilla", 1);
open.onupgradeneeded = function () {
  open.result.createObjectStore("entries");
};
open.onsuccess = function () {
  var transaction = open.result.transaction("entries", "readwrite");
  var entries = transaction.objectStore("entries");
  for (var i = 0; i < 10000; i++) {
    entries.put(i, "k" + i);
  }
  transaction.oncomplete = function () {
    document.getElementById("work").textContent = String(performance.now() - start);
    document.getElementById("done").textContent = "done";
  };
};
