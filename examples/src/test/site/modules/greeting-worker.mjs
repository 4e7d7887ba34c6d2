// A module the config's js_modules.worker names "greeting_worker": imported in workers only.
export const scope = self.constructor.name;
