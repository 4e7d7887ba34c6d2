// JavaScript values for the JsValue and JsCallback fixtures (interop/*): a classic script, since the
// test site's Content-Security-Policy allows no inline script.
(function () {
  function Point(x, y) { this.x = x; this.y = y; }
  Point.prototype.norm = function () { return this.x * this.x + this.y * this.y; };
  function kind(v) {
    if (v instanceof Uint8Array) return 'Uint8Array ' + JSON.stringify(Array.prototype.slice.call(v));
    if (typeof v === 'function') return 'function';
    if (v === undefined) return 'undefined';
    if (v === null) return 'Null null';
    return Object.prototype.toString.call(v).slice(8, -1) + ' ' + JSON.stringify(v);
  }
  var guarded = {};
  Object.defineProperty(guarded, 'secret', { get: function () { throw new Error('no access'); } });
  Object.defineProperty(guarded, 'value', {
    get: function () { return 0; },
    set: function (v) { if (v < 0) throw new RangeError('value must not be negative'); }
  });
  window.interop = {
    text: 'tea', count: 42, zero: 0, fraction: 2.5, large: 3000000000, tooBig: 9007199254740993, flag: true,
    nothing: null, undefinedValue: undefined,
    bytes: new Uint8Array([0, 127, 128, 255]),
    list: [1, 'two', [3]],
    object: { a: 1, b: { c: 'd' } },
    date: new Date(0),
    nested: { name: 'nested', whoAmI: function () { return this.name; },
      inner: { name: 'inner', who: function () { return this.name; } } },
    add: function (a, b) { return a + b; },
    thisType: function () { return this === window.interop ? 'bound to interop' : 'not bound'; },
    nothingBack: function () { },
    describe: function (v) { return kind(v); },
    describeAll: function () {
      return arguments.length + ': ' + Array.prototype.map.call(arguments, kind).join(', ');
    },
    fail: function (v) { throw new TypeError('bad input ' + v); },
    failWithText: function () { throw 'plain text'; },
    Point: Point,
    frozen: Object.freeze({ x: 1 }),
    guarded: guarded,
    written: {},
    later: function (f) { setTimeout(function () { f('a', 'b'); }, 0); }
  };
})();
