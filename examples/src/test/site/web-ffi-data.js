// JavaScript values for the Ffi.toJava fixture (ffi/to-java): a classic script, since the test
// site's Content-Security-Policy allows no inline script.
window.ffiSamples = {
  nested: { a: 1, b: [1, 2.5, 'x', true, null], c: { d: 'e' } },
  integer: 42,
  fraction: 2.5,
  tooBig: 9007199254740993,
  negativeZero: -0,
  text: 'tea',
  flag: false,
  nothing: null,
  missing: undefined,
  bytes: new Uint8Array([0, 127, 128, 255]),
  emptyArray: [],
  emptyObject: {},
  date: new Date(0)
};
window.ffiNull = null;
window.ffiTarget = { a: 1, keep: 'kept' };
