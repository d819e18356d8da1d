/**
 * Step 3: build the report from the source and the choices, and write it to new sheets. A second
 * report of the same period first asks: replace the earlier one (its sheets deleted and written
 * anew) or keep both. Afterwards the result shows the overall rates against the targets, and focus
 * goes to its link (or back to the button), so a keyboard user is not left on the page's body.
 */
import { buildReport } from "../core/report/build";
import type { ReportDocument } from "../core/report/document";
import type { ReportOptions } from "../core/report/options";
import { type CivilDate, periodLabel, periodOf } from "../core/periods";
import { unclassifiedStatuses } from "../core/statistics";
import type { Issue, StatTable } from "../core/table/model";
import { activateSheet } from "../excel/sheets";
import { visibleSheetNames } from "../excel/yearSheets";
import { previousReport, recordReport, ReportRecord, saveMapping } from "../excel/settings";
import { writeReport } from "../excel/write";
import { issueText, words } from "../i18n/problem";
import { byId, el, replaceChildren } from "./dom";
import { clearOutcome, showMessage, showProgress } from "./feedback";
import { Chosen, formChoices, readChoices } from "./form";
import { renderIssues } from "./issues-view";
import { errorText } from "./lifecycle";
import { renderResult } from "./result-view";
import { mappingOf, prepare, Source } from "./source";
import { issueActions, onSelectIssue, renderSource } from "./source-panel";
import { setBusy, state, today, ui } from "./state";

const periodKey = (doc: ReportDocument) => `${doc.data.period.start}/${doc.data.period.end}`;
const issueKey = (i: Issue) => `${i.where}\n${issueText(i, "vi")}`;

/** Another source of the report than the sheet ("Thêm tệp…", files-pane.ts): while active, the report is its. */
export interface OtherSource {
  readonly active: boolean;
  build(options: ReportOptions): Promise<void>;
}

let other: OtherSource | undefined;

export function setOtherSource(source: OtherSource): void {
  other = source;
}

/** "So với cùng kỳ" (year-view.ts): with last year's sheet chosen, the report of step 3 is compared with it. */
export interface Comparison {
  compared(table: StatTable, options: ReportOptions): ReportDocument | undefined;
}

let comparison: Comparison | undefined;

export function setComparison(c: Comparison): void {
  comparison = c;
}

/** The form's report options for the other reports (the year's), each wrong field's error shown beside it. */
export function formOptions(): ReportOptions | undefined {
  const chosen = readChoices();
  if (!chosen) showMessage("message", "error", state.s.fieldsBlocked);
  return chosen ? reportOptions(chosen) : undefined;
}

/** The report's options from the choices and the form. */
function reportOptions(chosen: Chosen): ReportOptions {
  const form = formChoices();
  return {
    office: form.office || undefined,
    reportDate: chosen.date,
    targets: chosen.targets,
    lang: ui.reportLang().value === "en" ? "en" : "vi",
    countTerminatedMoney: form.countTerminatedMoney,
    today: today(),
  };
}

/** The report document, or undefined when the source's own problems block it (shown where they are). */
function documentOf(source: Source, chosen: Chosen): { doc: ReportDocument; listed: Set<string> } | undefined {
  const { s } = state;
  const prepared = prepare(source, chosen.date);
  if (unclassifiedStatuses(prepared).length > 0) {
    renderSource();
    showMessage("message", "error", s.statusesBlocked);
    document.querySelector<HTMLElement>("#statuses li.status.unclassified select")?.focus();
    return undefined;
  }
  const options = reportOptions(chosen);
  const doc = comparison?.compared(prepared.table, options) ?? buildReport(prepared.table, options);
  const listed = new Set(prepared.table.issues.map(issueKey));
  if (doc.data.errors.length === 0) return { doc, listed };
  // The table's own errors are listed under "Cần kiểm tra" already: only the report's others are added.
  showMessage("message", "error", s.blocked);
  const fresh = doc.data.errors.filter((i) => !listed.has(issueKey(i)));
  replaceChildren(byId("report-issues"), renderIssues(fresh, state.lang, issueActions(), "report-issue-list"));
  byId("checks").hidden = false;
  document.querySelector<HTMLElement>("#checks li.error button")?.focus();
  return undefined;
}

export async function build(): Promise<void> {
  if (state.busy) return;
  clearOutcome();
  const source = state.source;
  if (!source && !other?.active) return showMessage("message", "error", state.s.noSource);
  const chosen = readChoices();
  if (!chosen) return showMessage("message", "error", state.s.fieldsBlocked);
  if (other?.active) return other.build(reportOptions(chosen));
  if (!source) return;
  let made: ReturnType<typeof documentOf>;
  try {
    made = documentOf(source, chosen);
  } catch (error) {
    return showMessage("message", "error", errorText(error, state.lang));
  }
  if (!made) return;
  const { doc, listed } = made;
  setBusy(true);
  showProgress("build", 0, state.s.building);
  const previous = previousReport(source.grid.sheetName, periodKey(doc), await visibleSheetNames().catch(() => []));
  if (!previous) return write(source, chosen, doc, listed);
  showProgress("build", undefined);
  setBusy(false);
  offerReplace(previous, (replace) => void write(source, chosen, doc, listed, replace ? previous : undefined));
}

/** Asks whether to replace the earlier report of the period or keep both; Escape cancels. */
function offerReplace(previous: ReportRecord, decide: (replace: boolean) => void): void {
  const offer = byId("replace-offer");
  byId("replace-offer-text").textContent = state.s.replaceOffer(previous.sheets[0]);
  offer.hidden = false;
  const choose = (replace: boolean) => () => {
    offer.hidden = true;
    decide(replace);
  };
  byId("replace-report").onclick = choose(true);
  byId("keep-report").onclick = choose(false);
  offer.onkeydown = (event) => {
    if (event.key !== "Escape") return;
    offer.hidden = true;
    ui.build().focus();
  };
  byId("replace-report").focus();
}

async function write(source: Source, chosen: Chosen, doc: ReportDocument, listed: Set<string>, replacing?: ReportRecord): Promise<void> {
  const { s } = state;
  setBusy(true);
  showProgress("build", 0, s.building);
  let focus: HTMLElement = ui.build();
  try {
    const { sheetNames: written } = await writeReport(doc, {
      replacing: replacing?.sheets,
      onProgress: (fraction) => showProgress("build", fraction, s.writing(Math.round(fraction * 100))),
    });
    showMessage("message", "success", replacing ? s.replaced(written[0]) : s.success(written[0]));
    focus = showResult(doc, chosen.date, written[0]);
    const fresh = doc.data.warnings.filter((i) => !listed.has(issueKey(i)));
    replaceChildren(byId("report-issues"), renderIssues(fresh, state.lang, { onSelect: onSelectIssue }, "report-issue-list"));
    if (fresh.length > 0) byId("checks").hidden = false;
    await recordReport({ sheets: written, source: source.grid.sheetName, period: periodKey(doc) }).catch(() => undefined);
    const note = (text: string) => byId("result").append(el("div", { class: "message info" }, el("p", {}, text)));
    await saveMapping(source.grid.sheetName, source.signature, mappingOf(source, formChoices())).then(
      () => note(words(state.lang).excel.mappingSaved),
      () => note(s.mappingNotSaved),
    );
  } catch (error) {
    showMessage("message", "error", errorText(error, state.lang));
  } finally {
    showProgress("build", undefined);
    setBusy(false);
    focus.focus();
  }
}

/** The result card (of the sheet's report, or of the files', files-pane.ts); returns its link to the report sheet, where focus goes. */
export function showResult(doc: ReportDocument, reportDate: CivilDate, sheet: string): HTMLElement {
  const result = byId("result");
  const open = () => void activateSheet(sheet).catch(() => showMessage("message", "error", state.s.openFailed(sheet)));
  replaceChildren(result, ...renderResult(doc.data, periodLabel(periodOf(reportDate), state.lang), sheet, state.lang, open));
  result.hidden = false;
  result.setAttribute("aria-labelledby", "result-title");
  return byId("open-report");
}
