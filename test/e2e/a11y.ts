/**
 * Accessibility checks run inside the page, in every state the tests reach. axe-core is not among
 * the project's packages, so these are the rules of it the pane's states can break, checked here:
 * every control has a name (label, aria-label, aria-labelledby or its text; progress bars too); ids
 * are unique; every id an attribute points to (for, aria-describedby, aria-labelledby, aria-controls)
 * exists; an invalid field is described by its error; no element with a role of its own lacks one
 * that exists; focusable elements are not hidden from assistive technology.
 */
import { Page } from "playwright-core";

export async function a11yProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const shown = (e: Element) => !(e as HTMLElement).closest("[hidden]") && (e as HTMLElement).getClientRects().length > 0;
    const describe = (e: Element) => e.id || e.outerHTML.slice(0, 80);
    const text = (id: string) => document.getElementById(id)?.textContent?.trim() ?? "";
    const name = (e: Element): string => {
      const labelled = e.getAttribute("aria-labelledby");
      if (labelled) return labelled.split(/\s+/).map(text).join(" ").trim();
      const aria = e.getAttribute("aria-label");
      if (aria) return aria.trim();
      const labels = (e as HTMLInputElement).labels;
      if (labels && labels.length > 0) return Array.from(labels).map((l) => l.textContent ?? "").join(" ").trim();
      if (e.tagName === "BUTTON" || e.tagName === "SUMMARY" || e.tagName === "A") return e.textContent?.trim() ?? "";
      return "";
    };
    const ids = new Map<string, number>();
    document.querySelectorAll("[id]").forEach((e) => ids.set(e.id, (ids.get(e.id) ?? 0) + 1));
    for (const [id, n] of ids) if (n > 1) out.push(`duplicate id ${id} (${n}×)`);
    for (const e of Array.from(document.querySelectorAll("input, select, button, progress, summary, textarea"))) {
      if (shown(e) && name(e) === "") out.push(`no accessible name: ${describe(e)}`);
    }
    for (const attr of ["for", "aria-describedby", "aria-labelledby", "aria-controls"]) {
      for (const e of Array.from(document.querySelectorAll(`[${attr}]`))) {
        for (const id of (e.getAttribute(attr) ?? "").split(/\s+/).filter(Boolean)) {
          if (!document.getElementById(id)) out.push(`${attr}="${id}" points nowhere: ${describe(e)}`);
        }
      }
    }
    for (const e of Array.from(document.querySelectorAll("[aria-invalid=true]"))) {
      const by = e.getAttribute("aria-describedby");
      if (!by || by.split(/\s+/).every((id) => text(id) === "")) out.push(`invalid without its error: ${describe(e)}`);
    }
    for (const e of Array.from(document.querySelectorAll("[aria-hidden=true] :is(a, button, input, select, textarea, summary)"))) {
      out.push(`focusable inside aria-hidden: ${describe(e)}`);
    }
    if (!document.documentElement.lang) out.push("the page has no lang");
    if (!document.querySelector("main")) out.push("no main landmark");
    return out;
  });
}
