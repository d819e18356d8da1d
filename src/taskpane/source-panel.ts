/**
 * The recognised source as the pane shows it: the summary, the mapping under "Sửa cột", the problems
 * found (each once) and, for a register, its statuses grouped by category. Every correction the user
 * makes prepares the table again through the core and redraws; the outcome of an earlier
 * "Tạo báo cáo" no longer holds and is cleared.
 */
import type { SheetStatistics } from "../core/statistics";
import { moneyUnitRead } from "../core/statistics";
import type { Issue } from "../core/table/model";
import { loadMapping } from "../excel/settings";
import { selectCell } from "../excel/select";
import { byId, replaceChildren } from "./dom";
import { clearOutcome, showMessage } from "./feedback";
import { applyForm, currentDateOrDefault } from "./form";
import { IssueActions, renderExcludedRows, renderIssues, renderNotes } from "./issues-view";
import { errorText } from "./lifecycle";
import { renderTableMapping, renderTableUnit } from "./mapping-view";
import { firstDataRow, prepare, SavedMapping, Source, withMapping, withRowExcluded } from "./source";
import { civil, state } from "./state";
import { listedWithStatuses, renderStatuses } from "./statuses-view";
import { renderRegister } from "./status-view";
import { renderSkipHidden } from "./hidden-view";
import { mountOwn } from "./slots";
import { renderSummary } from "./summary-view";

export function onSelectIssue(issue: Issue): void {
  selectCell(issue).catch(() => showMessage("recognize-message", "error", state.s.selectFailed(issue.where)));
}

/** What an issue list offers: select the cell, and leave a data row with an error out of the report. */
export function issueActions(): IssueActions {
  const source = state.source;
  if (!source) return { onSelect: onSelectIssue };
  const first = firstDataRow(source);
  return {
    onSelect: onSelectIssue,
    onExclude: (row) => setRowExcluded(row, true),
    excludable: (issue) => issue.row !== undefined && issue.row >= first,
  };
}

/** Leaves a row out or puts it back; focus moves to the row's other button, so a keyboard user stays put. */
function setRowExcluded(row: number, excluded: boolean): void {
  if (!state.source || state.busy) return;
  update(withRowExcluded(state.source, row, excluded));
  const next = excluded ? `#excluded-rows .include-row[data-row="${row}"]` : `#source-issues .exclude-row[data-row="${row}"]`;
  (document.querySelector<HTMLElement>(next) ?? byId("build")).focus();
}

/** Empties what the pane shows of a source. */
export function clearSource(): void {
  for (const id of ["summary", "source", "source-issues", "statuses-box"]) replaceChildren(byId(id));
  byId("mapping").hidden = true;
  byId("checks").hidden = true;
  byId("target-column-note").hidden = true;
  mountOwn("options", "hidden-rows");
}

/** Redraws what was recognised and the problems found, from the current source and choices. */
export function renderSource(): void {
  const { source } = state;
  if (!source) return clearSource();
  let prepared: SheetStatistics;
  try {
    prepared = prepare(source, currentDateOrDefault());
  } catch (error) {
    showMessage("recognize-message", "error", errorText(error, state.lang));
    return;
  }
  replaceChildren(byId("summary"), renderSummary(source, prepared, state.lang));
  byId("mapping").hidden = false;
  if (source.kind === "table") {
    replaceChildren(
      byId("source"),
      renderTableMapping(source, state.lang, (layout) => update({ ...source, layout })),
      renderTableUnit(source.moneyUnit ?? moneyUnitRead(prepared), state.lang, (moneyUnit) => update({ ...source, moneyUnit })),
    );
    replaceChildren(byId("statuses-box"));
    byId("target-column-note").hidden = source.layout.columns.cases.target === undefined && source.layout.columns.money.target === undefined;
  } else {
    replaceChildren(byId("source"), renderRegister(source, state.lang, (choices) => update({ ...source, ...choices })));
    const statuses = renderStatuses(source, prepared.statuses ?? [], state.lang, (reclassified) => update({ ...source, reclassified }));
    replaceChildren(byId("statuses-box"), statuses);
    byId("target-column-note").hidden = true;
  }
  renderHiddenChoice(source);
  renderProblems(prepared, source);
}

/** Leaving hidden and filtered rows out, offered in the "options" slot when the sheet read has some. */
function renderHiddenChoice(source: Source): void {
  const offer = (source.grid.hiddenRows?.length ?? 0) > 0;
  const choice = () => renderSkipHidden(source.skipHidden ?? false, state.lang, (skipHidden) => update({ ...source, skipHidden }));
  mountOwn("options", "hidden-rows", ...(offer ? [choice()] : []));
}

function renderProblems(prepared: SheetStatistics, source: Source): void {
  const box = byId("source-issues");
  const issues = prepared.table.issues.filter((i) => !listedWithStatuses(i));
  replaceChildren(
    box,
    renderNotes(prepared.table.notes ?? [], state.lang),
    renderIssues(issues, state.lang, issueActions(), "source-issue-list"),
    renderExcludedRows(source.excludedRows, state.lang, (row) => setRowExcluded(row, false)),
  );
  byId("checks").hidden = box.childElementCount === 0 && byId("statuses-box").childElementCount === 0;
}

/** A correction of the source: shown at once, and any earlier report outcome is stale. */
export function update(source: Source): void {
  state.source = source;
  clearOutcome();
  renderSource();
}

/** Offers the mapping saved for this sheet and header, if there is one of the same kind. */
export function offerSaved(source: Source): void {
  const offer = byId("saved-offer");
  const found = loadMapping<SavedMapping>(source.grid.sheetName, source.signature);
  state.saved = found && found.mapping.kind === source.kind ? found.mapping : undefined;
  offer.hidden = !state.saved;
  if (found && state.saved) byId("saved-offer-text").textContent = state.s.savedOffer(civil(new Date(found.savedAt)));
}

export function useSaved(): void {
  if (!state.source || !state.saved) return;
  applyForm(state.saved.form);
  byId("saved-offer").hidden = true;
  update(withMapping(state.source, state.saved));
  showMessage("recognize-message", "info", state.s.savedApplied);
}
