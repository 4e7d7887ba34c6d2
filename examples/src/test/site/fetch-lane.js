// Loaded before the Pekoe bundle by the fetch test pages. With "?xhr" in the page's URL it removes
// the browser's fetch, so Pekoe takes its XMLHttpRequest path as it does in HtmlUnit; the tests run
// the same page that way in Chromium to prove both paths give the same results.
if (window.location.search.indexOf('xhr') >= 0) {
  window.fetch = undefined;
}
