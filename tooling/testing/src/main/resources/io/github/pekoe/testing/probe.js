// The lifecycle probe of Pekoe's page tests: both lanes inject it into every page before any page
// script runs, and a page may load it itself. It records Pekoe's lifecycle events into
// window.__probe: "ready:<script>" and "done:<script>" for each Java script (named by its src
// attribute or its trimmed text), then "all-done", setting allDone. It also records each
// Content-Security-Policy violation the page reports (refused inline code or style, a string where
// Trusted Types require a trusted value) into violations.
(function () {
  if (window.__probe) {
    return;
  }
  var probe = window.__probe = { allDone: false, events: [], violations: [] };

  document.addEventListener('securitypolicyviolation', function (event) {
    probe.violations.push(event.effectiveDirective + ' refused ' + (event.blockedURI || 'a value')
        + (event.sample ? ': ' + event.sample : '') + ' (' + (event.sourceFile || '') + ':' + event.lineNumber + ')');
  }, true);

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
