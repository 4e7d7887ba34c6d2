// The sentinel of the XSS tests: a payload of the corpus that runs calls top.__pekoeXss(id) or posts
// 'pekoe-xss:<id>' to the top window; each call is recorded, as its id, in window.__pekoeXssCalls.
(function () {
  var calls = window.__pekoeXssCalls = [];
  window.__pekoeXss = function (id) {
    calls.push(String(id));
  };
  window.addEventListener('message', function (event) {
    if (typeof event.data === 'string' && event.data.indexOf('pekoe-xss:') === 0) {
      calls.push(event.data.substring('pekoe-xss:'.length));
    }
  });
})();
