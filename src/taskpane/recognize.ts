/**
 * Step 1: read the active sheet (or the selection) and recognise it. A report sheet the pane wrote
 * is never taken for a table: the pane goes back to that report's source sheet and reads it.
 */
import { readActiveTable, SheetCells } from "../excel/read";
import { reportOfSheet } from "../excel/settings";
import { activateSheet, activeSheetName } from "../excel/sheets";
import { issueText } from "../i18n/problem";
import { columnsNeeded } from "./columns";
import { byId } from "./dom";
import { clearOutcome, showMessage, showProgress } from "./feedback";
import { offerReportDate } from "./form";
import { errorText } from "./lifecycle";
import { recognizeSource, Source } from "./source";
import { offerSaved, renderSource } from "./source-panel";
import { setBusy, state, ui } from "./state";

/** With a report of the pane's active, activates its source; false when that source is gone (and says so). */
async function leaveOwnReport(): Promise<boolean> {
  const active = await activeSheetName();
  const report = reportOfSheet(active);
  if (!report) return true;
  if (!(await activateSheet(report.source))) {
    showMessage("recognize-message", "error", state.s.ownReportNoSource(active, report.source));
    return false;
  }
  showMessage("recognize-message", "info", state.s.ownReportBack(active, report.source));
  return true;
}

/** Told each time a sheet is recognised (the year's reports look at the workbook's other sheets again). */
const recognisedListeners: (() => void)[] = [];

export function whenRecognised(listener: () => void): void {
  recognisedListeners.push(listener);
}

const isEmpty = (read: SheetCells) => read.cells.every((row) => row.every((v) => v === "" || v === null || v === undefined));

function showRecognised(found: Source): void {
  state.source = found;
  const office = found.layout.office ?? "";
  if (ui.office().value.trim() === "" || ui.office().value === state.autoOffice) {
    ui.office().value = office;
    state.autoOffice = office;
  }
  offerReportDate(found);
  offerSaved(found);
  recognisedListeners.forEach((listener) => listener());
}

function showNotRecognised(read: SheetCells, reasons: Parameters<typeof issueText>[0][]): void {
  state.source = undefined;
  byId("saved-offer").hidden = true;
  if (isEmpty(read)) return showMessage("recognize-message", "error", state.s.emptySheet(read.sheetName));
  const lines = reasons.map((r) => issueText(r, state.lang));
  showMessage("recognize-message", "error", [state.s.notRecognized, ...lines, state.s.lookingFor].join("\n"));
}

export async function recognize(): Promise<void> {
  if (state.busy) return;
  setBusy(true);
  showMessage("recognize-message", "none");
  clearOutcome();
  showProgress("read", 0);
  try {
    if (!(await leaveOwnReport())) {
      state.source = undefined;
      return renderSource();
    }
    const read = await readActiveTable({
      columnsNeeded,
      onProgress: (done, total) => showProgress("read", done / Math.max(1, total), state.s.reading(done, total)),
    });
    const found = recognizeSource(read);
    if ("reasons" in found) showNotRecognised(read, found.reasons);
    else showRecognised(read.selection ? { ...found, selection: read.selection } : found);
    renderSource();
  } catch (error) {
    state.source = undefined;
    renderSource();
    showMessage("recognize-message", "error", errorText(error, state.lang));
  } finally {
    showProgress("read", undefined);
    setBusy(false);
  }
}
