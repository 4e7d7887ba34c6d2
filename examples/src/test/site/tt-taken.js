// Takes the Trusted Types policy name 'pekoe' before the Pekoe bundle runs, as another Pekoe bundle
// on the same page would.
window.trustedTypes.createPolicy('pekoe', { createHTML: function (s) { return s; } });
