// Reads and writes stores the way PyScript's storage (idb-map) lays them out, with no Pekoe:
// IndexedDB database "IDBMap/@pyscript/NAME", object store "entries", out-of-line string keys,
// values as PyScript's Flatted text. Without IndexedDB, Pekoe's localStorage layout: the item
// "IDBMap/@pyscript/NAME" holds a JSON object from each key to the same text.
(function () {
  var PREFIX = 'IDBMap/@pyscript/';

  function open(name, then) {
    var request = indexedDB.open(PREFIX + name);
    request.onupgradeneeded = function () {
      if (!request.result.objectStoreNames.length) {
        request.result.createObjectStore('entries');
      }
    };
    request.onsuccess = function () { then(request.result); };
  }

  function readAll(name, then) {
    var out = {};
    if (typeof indexedDB === 'undefined') {
      then(JSON.parse(localStorage.getItem(PREFIX + name) || '{}'));
      return;
    }
    open(name, function (db) {
      var t = db.transaction('entries', 'readonly');
      var cursor = t.objectStore('entries').openCursor();
      cursor.onsuccess = function () {
        if (cursor.result) {
          out[cursor.result.key] = cursor.result.value;
          cursor.result.continue();
        }
      };
      t.oncomplete = function () { db.close(); then(out); };
    });
  }

  /** Adds {key: text} to the store (other keys stay), then sets window.__written. */
  window.storageWrite = function (name, entries) {
    window.__written = false;
    if (typeof indexedDB === 'undefined') {
      var stored = JSON.parse(localStorage.getItem(PREFIX + name) || '{}');
      for (var k in entries) {
        stored[k] = entries[k];
      }
      localStorage.setItem(PREFIX + name, JSON.stringify(stored));
      window.__written = true;
      return;
    }
    open(name, function (db) {
      var t = db.transaction('entries', 'readwrite');
      var store = t.objectStore('entries');
      for (var key in entries) {
        store.put(entries[key], key);
      }
      t.oncomplete = function () { db.close(); window.__written = true; };
    });
  };

  /** Reads the store every 20 ms until it has count entries, then sets window.__read to their JSON. */
  window.storageAwait = function (name, count) {
    window.__read = null;
    (function poll() {
      readAll(name, function (out) {
        if (Object.keys(out).length >= count) {
          window.__read = JSON.stringify(out);
        } else {
          setTimeout(poll, 20);
        }
      });
    })();
  };
})();
