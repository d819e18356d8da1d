/**
 * What the pane tells the user of an action: the one-line message of the action bar, the progress
 * bars, a field's own error beside it, and clearing an outcome that no longer holds.
 */
import { byId, el, replaceChildren } from "./dom";

export type MessageKind = "error" | "success" | "info" | "none";

export function showMessage(id: string, kind: MessageKind, text = ""): void {
  const box = byId(id);
  if (kind === "none") replaceChildren(box);
  else replaceChildren(box, el("div", { class: `message ${kind}` }, el("p", {}, text)));
}

/** Shows (fraction 0..1) or hides (undefined) the progress of `id`, with a line saying what is done. */
export function showProgress(id: string, fraction: number | undefined, text = ""): void {
  const box = byId(`${id}-progress`);
  box.hidden = fraction === undefined;
  const bar = byId<HTMLProgressElement>(`${id}-bar`);
  bar.value = Math.round((fraction ?? 0) * 100);
  byId(`${id}-text`).textContent = text;
}

/**
 * A field's error, beside it and tied to it (aria-describedby, aria-invalid); no text clears it.
 * The error's element is `<field id>-error`, made on first use.
 */
export function setFieldError(input: HTMLInputElement, text: string | undefined): void {
  const id = `${input.id}-error`;
  let box = document.getElementById(id);
  if (!box && text) {
    box = el("p", { id, class: "field-error" });
    input.insertAdjacentElement("afterend", box);
  }
  input.setAttribute("aria-invalid", String(text !== undefined));
  if (text) input.setAttribute("aria-describedby", id);
  else input.removeAttribute("aria-describedby");
  if (box) {
    box.textContent = text ?? "";
    box.hidden = !text;
  }
}

/** The outcome of the last "Tạo báo cáo" (message, result, its problems): gone once an input changes. */
export function clearOutcome(): void {
  showMessage("message", "none");
  replaceChildren(byId("report-issues"));
  const result = byId("result");
  replaceChildren(result);
  result.hidden = true;
  result.removeAttribute("aria-labelledby");
  byId("replace-offer").hidden = true;
}
