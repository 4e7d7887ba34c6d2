// The lifecycle probe of the browser tests. Test pages load it before the Pekoe bundle; the
// Chromium lane also injects it into every page. It records Pekoe's lifecycle events into
// window.__probe: "ready:<script>" and "done:<script>" for each Java script (named by its src
// attribute or its trimmed text), then "all-done", setting allDone.
(function () {
  if (window.__probe) {
    return;
  }
  var probe = window.__probe = { allDone: false, events: [] };

  function name(target) {
    if (!target || !target.getAttribute) {
      return String(target);
    }
    return target.getAttribute('src') || (target.textContent || '').trim();
  }

  function record(kind) {
    document.addEventListener('java:' + kind, function (event) {
      probe.events.push(kind + ':' + name(event.target));
    }, true);
  }

  record('ready');
  record('done');
  window.addEventListener('java:all-done', function () {
    probe.allDone = true;
    probe.events.push('all-done');
  });
})();
