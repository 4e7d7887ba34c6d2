// A module the config's js_modules.main names "greeting": on the page and in workers.
export function greet(name) {
  return "Hello, " + name + " from " + (typeof document === "undefined" ? "a worker" : "the page");
}
