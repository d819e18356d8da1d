/**
 * Building the pane's elements. Text always goes in as text nodes (textContent), never as HTML:
 * cells of the user's workbook are shown here, and a cell may hold markup.
 */
type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  id?: string;
  /** attributes set with setAttribute (for, aria-*, type, role, …) */
  attrs?: Record<string, string>;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.id) node.id = props.id;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Removes every child, then appends the new ones. */
export function replaceChildren(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} missing from taskpane.html`);
  return node as T;
}

/** A <select> of (value, label) options with one selected. */
export function select(id: string, options: [string, string][], selected: string, label?: string): HTMLSelectElement {
  const node = el("select", { id, attrs: label ? { "aria-label": label } : {} });
  for (const [value, text] of options) {
    const option = el("option", {}, text);
    option.value = value;
    option.selected = value === selected;
    node.appendChild(option);
  }
  return node;
}

/** A labelled field: the label is tied to the control for screen readers and clicks. */
export function field(label: string, control: HTMLElement): HTMLElement {
  return el("div", { class: "field" }, el("label", { attrs: { for: control.id } }, label), control);
}
