/**
 * Accessibility checks run inside the page, in every state the tests reach: axe-core's WCAG 2.x A and
 * AA rules (injected from node_modules, no network), then what axe does not check and the pane's
 * states can break: an invalid field described by its error, the page's lang and main landmark, and
 * (as axe does, kept for their clearer messages) names, unique ids and the ids attributes point to.
 */
import { Page } from "playwright-core";

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}

/** axe-core's violations of the page as it stands, one line each: the rule, its help and the elements. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResult> } }).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    }),
  );
  return result.violations.map((v) => `axe ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

export async function a11yProblems(page: Page): Promise<string[]> {
  return [...(await axeViolations(page)), ...(await ownChecks(page))];
}

function ownChecks(page: Page): Promise<string[]> {
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
