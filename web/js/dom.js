// Building the page safely: every string goes in as text (textContent or a Text node), never
// as HTML. The page's CSP enforces Trusted Types with no policy, so `innerHTML = "..."` throws.

/**
 * h("button", {type: "submit", onclick: fn}, "Save") builds an element. Attributes are set with
 * setAttribute (`text` sets textContent, `on*` adds listeners); children are nodes or strings
 * (strings become Text nodes).
 */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "text") element.textContent = String(value);
    else if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else if (name === "class") element.className = value;
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Replace an element's children. */
export function replace(parent, ...children) {
  parent.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined));
}

let fieldSerial = 0;

/** A labelled form field: <label for> + <input id>, both returned in a wrapper. */
export function field(label, attrs) {
  const id = attrs.id ?? `f${++fieldSerial}`;
  const input = h(attrs.tag ?? "input", { ...attrs, tag: null, id });
  return h("div", { class: "field" }, h("label", { for: id, text: label }), input);
}

/** A region that reads its message out to screen readers (role=alert) when it changes. */
export function messageBox(kind = "error") {
  return h("p", {
    class: `message message-${kind}`,
    role: kind === "error" ? "alert" : "status",
    hidden: true,
  });
}

export function say(box, text) {
  box.textContent = text ?? "";
  box.hidden = !text;
}
