// The benchmark probe, loaded first by every benchmark page (Pekoe, hand-written JavaScript and
// PyScript alike). It watches the page with a MutationObserver and records, with performance.now()
// (milliseconds since navigation start):
//   hello  - when #out first holds the text "hello";
//   scripts - at that moment, the latest responseEnd (Resource Timing) of the scripts received so far;
//   done   - when #done first holds text;
//   ready  - when the page has its result and, if this script's data-ready names an event
//            (java:all-done, py:all-done), that event has reached the window;
//   clicks - after clickAll(): milliseconds from the first click to the 1000th output in #clicks.
// The runner reads window.bench; the figures the page measures itself are the text of #bind and #work.
(function () {
  "use strict";
  var script = document.currentScript;
  var readyEvent = script.getAttribute("data-ready");
  var result = script.getAttribute("data-result") || "hello";
  var bench = window.bench = { marks: {}, ready: false, clicks: null, errors: [] };
  var eventSeen = !readyEvent;
  var clickStart = null;
  var clickTarget = 0;

  function mark(name) {
    if (!(name in bench.marks)) {
      bench.marks[name] = performance.now();
    }
  }

  function scriptsArrived() {
    var last = 0;
    var entries = performance.getEntriesByType("resource");
    for (var i = 0; i < entries.length; i++) {
      if (entries[i].initiatorType === "script" && entries[i].responseEnd > last) {
        last = entries[i].responseEnd;
      }
    }
    return last;
  }

  function text(id) {
    var element = document.getElementById(id);
    return element ? element.textContent : "";
  }

  function check() {
    if (!("hello" in bench.marks) && text("out").indexOf("hello") >= 0) {
      mark("hello");
      bench.marks.scripts = scriptsArrived();
    }
    if (!("done" in bench.marks) && text("done").length > 0) {
      mark("done");
    }
    if (!bench.ready && eventSeen && (result in bench.marks)) {
      bench.ready = true;
    }
    if (clickStart !== null && bench.clicks === null) {
      var clicks = document.getElementById("clicks");
      if (clicks && clicks.childElementCount >= clickTarget) {
        bench.clicks = performance.now() - clickStart;
      }
    }
  }

  function enabled(buttons) {
    for (var i = 0; i < buttons.length; i++) {
      if (buttons[i].disabled) {
        return false;
      }
    }
    return true;
  }

  // Clicks every .k button once, from page script, once none is disabled (PyScript disables them
  // until its interpreter is ready); bench.clicks is set when #clicks has one output per button.
  bench.clickAll = function () {
    var buttons = document.querySelectorAll(".k");
    if (!enabled(buttons)) {
      requestAnimationFrame(bench.clickAll);
      return;
    }
    clickTarget = buttons.length + document.getElementById("clicks").childElementCount;
    clickStart = performance.now();
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].click();
    }
    check();
  };

  if (readyEvent) {
    window.addEventListener(readyEvent, function () {
      eventSeen = true;
      check();
    }, true);
  }
  // An error no code catches ends the wait for ready: the runner reports it instead of timing out.
  window.addEventListener("error", function (event) {
    bench.errors.push(String(event.message));
  });
  window.addEventListener("unhandledrejection", function (event) {
    bench.errors.push(String(event.reason));
  });
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  check();
})();
