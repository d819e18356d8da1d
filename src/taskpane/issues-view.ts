/**
 * Warnings and errors with their cell addresses. An address is a button: activating it (click, Enter
 * or Space) selects that cell in the sheet. An error in a data row can be dealt with by leaving the
 * row out of the report ("Bỏ dòng này"); the rows left out are listed, each with a button to put it back.
 */
import type { Issue } from "../core/table/model";
import type { Lang } from "../i18n/lang";
import { issueText, renderProblem, words, type Problem } from "../i18n/problem";
import { el } from "./dom";

/** Beyond this many the list is cut: a broken column must not bury the pane. */
const MAX_SHOWN = 100;

export interface IssueActions {
  /** absent where there is no sheet to select in (the web page): the address is shown as text */
  onSelect?: (issue: Issue) => void;
  /** present when rows may be left out: called with the issue's (absolute) row */
  onExclude?: (row: number) => void;
  /** whether the issue's row is a data row the user may leave out */
  excludable?: (issue: Issue) => boolean;
}

export function renderIssues(issues: Issue[], lang: Lang, actions: IssueActions, id: string): HTMLElement | null {
  if (issues.length === 0) return null;
  const { pane: s, common } = words(lang);
  const { onSelect, onExclude, excludable } = actions;
  const sorted = [...issues.filter((i) => i.severity === "error"), ...issues.filter((i) => i.severity === "warning")];
  const items = sorted.slice(0, MAX_SHOWN).map((issue) => {
    // Core messages often start with the address already; it is shown once, as the button.
    const text = issueText(issue, lang);
    const message = issue.where && text.startsWith(`${issue.where}: `) ? text.slice(issue.where.length + 2) : text;
    const badge = el("span", { class: `badge ${issue.severity}` }, issue.severity === "error" ? common.error : common.warning);
    const address = issue.where && onSelect ? el("button", { class: "link", attrs: { type: "button", title: s.selectCell(issue.where) } }, issue.where) : null;
    address?.addEventListener("click", () => onSelect?.(issue));
    const where = address ?? (issue.where ? el("span", { class: "address" }, issue.where) : null);
    const row = issue.row;
    const exclude =
      onExclude && row !== undefined && issue.severity === "error" && (excludable?.(issue) ?? true)
        ? el("button", { class: "btn btn-secondary btn-small exclude-row", attrs: { type: "button", title: s.excludeRowTitle(row + 1), "data-row": String(row) } }, s.excludeRow)
        : null;
    exclude?.addEventListener("click", () => onExclude?.(row as number));
    return el("li", { class: issue.severity }, badge, " ", where, where ? " " : null, el("span", { class: "issue-text" }, message), exclude ? " " : null, exclude);
  });
  if (sorted.length > MAX_SHOWN) items.push(el("li", { class: "more-issues" }, s.moreIssues(sorted.length - MAX_SHOWN)));
  return el("div", { class: "issues", id }, el("h3", {}, s.toCheck), el("ul", {}, ...items));
}

/** The rows left out of the report (absolute 0-based), each with "Đưa lại". */
export function renderExcludedRows(rows: readonly number[], lang: Lang, onInclude: (row: number) => void): HTMLElement | null {
  if (rows.length === 0) return null;
  const s = words(lang).pane;
  const items = rows.map((row) => {
    const include = el(
      "button",
      { class: "btn btn-secondary btn-small include-row", attrs: { type: "button", title: s.includeRowTitle(row + 1), "data-row": String(row) } },
      s.includeRow,
    );
    include.addEventListener("click", () => onInclude(row));
    return el("li", {}, el("span", { class: "excluded-line" }, s.excludedLine(row + 1)), " ", include);
  });
  return el("div", { class: "excluded-rows", id: "excluded-rows" }, el("h3", {}, s.excludedRows), el("ul", {}, ...items));
}

/** How the table was read (money converted from đồng, its unit assumed): said before its problems. */
export function renderNotes(notes: readonly Problem[], lang: Lang): HTMLElement | null {
  if (notes.length === 0) return null;
  return el("div", { class: "message info", id: "source-notes" }, ...notes.map((n) => el("p", {}, renderProblem(n, lang))));
}
