// Screens chosen by the URL fragment: "#/spaces/12" -> the screen whose path is
// "/spaces/:space_id", with params {space_id: "12"}. Screens are registered in
// screens/registry.js; see docs/web-client.md for the screen interface.

export class Router {
  constructor() {
    this.routes = [];
  }

  /** Add a screen: {id, path: "/spaces/:space_id", title, session: "required"|"none", render}. */
  add(screen) {
    const names = [];
    const source = screen.path.replace(/:(\w+)/g, (_, name) => {
      names.push(name);
      return "([^/]+)";
    });
    this.routes.push({ screen, names, pattern: new RegExp(`^${source}$`) });
  }

  /** The screen and params for a fragment ("#/spaces/12"), or null. */
  match(hash) {
    const path = hash.startsWith("#") ? hash.slice(1) : hash;
    for (const { screen, names, pattern } of this.routes) {
      const found = pattern.exec(path);
      if (found) {
        const params = Object.fromEntries(
          names.map((name, i) => [name, decodeURIComponent(found[i + 1])]),
        );
        return { screen, params };
      }
    }
    return null;
  }
}

/** Show the screen for `path` now. Setting location.hash would route later, on the browser's
 * own hashchange event: two navigations in a row (a socket closed by "sign out everywhere",
 * then that request's answer) then drew the second screen and had it redrawn by the first
 * one's late event, losing its message. pushState fires no event; this routes once, at once. */
export function navigate(path) {
  const target = `#${path}`;
  if (location.hash !== target) history.pushState(null, "", target);
  window.dispatchEvent(new HashChangeEvent("hashchange"));
}
