/**
 * Warnings and errors with their cell addresses. An address is a button: activating it (click, Enter
 * or Space) selects that cell in the sheet.
 */
import type { Issue } from "../core/table/model";
import { el } from "./dom";
import type { Strings } from "./i18n";

/** Beyond this many the list is cut: a broken column must not bury the pane. */
const MAX_SHOWN = 100;

export function renderIssues(issues: Issue[], s: Strings, onSelect: (issue: Issue) => void, id: string): HTMLElement | null {
  if (issues.length === 0) return null;
  const sorted = [...issues.filter((i) => i.severity === "error"), ...issues.filter((i) => i.severity === "warning")];
  const items = sorted.slice(0, MAX_SHOWN).map((issue) => {
    // Core messages often start with the address already; it is shown once, as the button.
    const message = issue.where && issue.message.startsWith(`${issue.where}: `) ? issue.message.slice(issue.where.length + 2) : issue.message;
    const badge = el("span", { class: `badge ${issue.severity}` }, issue.severity === "error" ? s.error : s.warning);
    const address = issue.where
      ? el("button", { class: "link", attrs: { type: "button", title: s.selectCell(issue.where) } }, issue.where)
      : null;
    address?.addEventListener("click", () => onSelect(issue));
    return el("li", { class: issue.severity }, badge, " ", address, address ? " " : null, el("span", { class: "issue-text" }, message));
  });
  if (sorted.length > MAX_SHOWN) items.push(el("li", { class: "more-issues" }, s.moreIssues(sorted.length - MAX_SHOWN)));
  return el("div", { class: "issues", id }, el("h3", {}, s.toCheck), el("ul", {}, ...items));
}
