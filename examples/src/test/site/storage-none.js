// Hides both IndexedDB and localStorage from the page, as an old or locked-down browser would.
Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
Object.defineProperty(window, 'localStorage', { value: undefined, configurable: true });
