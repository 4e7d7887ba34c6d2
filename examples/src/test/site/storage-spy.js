// Records the key of every IndexedDB put in window.__puts, to see which changes a page has handed
// to IndexedDB at a given moment.
(function () {
  var put = IDBObjectStore.prototype.put;
  window.__puts = [];
  IDBObjectStore.prototype.put = function (value, key) {
    window.__puts.push(String(key));
    return put.apply(this, arguments);
  };
})();
