/**
 * What was recognised, in a few lines: the kind of table and its sheet, its header rows, how many
 * members it has; for a selection, that only the selection was read and how to read the whole sheet.
 * The mapping itself opens under "Sửa cột" (taskpane.html).
 */
import type { SheetStatistics } from "../core/statistics";
import type { Lang } from "../i18n/lang";
import { words } from "../i18n/problem";
import { el } from "./dom";
import type { Source } from "./source";

export function renderSummary(source: Source, prepared: SheetStatistics, lang: Lang): HTMLElement {
  const s = words(lang).pane;
  const { grid } = source;
  const row = (r: number) => r + grid.origin.row + 1;
  const members = prepared.table.members.length;
  const lines =
    source.kind === "table"
      ? [
          s.summaryTable(grid.sheetName),
          s.summaryHeader(row(source.layout.headerRows.first), row(source.layout.headerRows.last)),
          s.summaryMembers(members, source.layout.memberKind),
        ]
      : [
          s.summaryRegister(grid.sheetName),
          s.summaryHeader(row(source.layout.headerRow), row(source.layout.headerRow)),
          s.summaryCases(prepared.statuses?.reduce((n, st) => n + st.count, 0) ?? 0),
          s.summaryMembers(members, source.groupBy),
        ];
  return el(
    "div",
    { class: "summary", id: "summary-lines" },
    el("ul", { class: "summary-lines" }, ...lines.map((line) => el("li", {}, line))),
    source.selection ? el("p", { class: "hint", id: "selection-note" }, s.selectionRead(source.selection)) : null,
  );
}
