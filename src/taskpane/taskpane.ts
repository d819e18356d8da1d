/**
 * The task pane: 1) recognise the table on the active sheet (statistics table or case register) and
 * let the user correct it, 2) targets, office, report date, 3) build the report and write it to a new
 * sheet. Figures come from the core; the pane only gathers choices and shows results. Any failure
 * is shown in Office's display language (Vietnamese or English) and the workbook is left as it was.
 */
import { buildReport, type ReportOptions } from "../core/report/build";
import { todayOf } from "../core/today";
import { CivilDate, isoDate, lastCompleteMonthEnd, periodLabel, periodOf } from "../core/periods";
import { defaultReportDate, moneyUnitRead, SheetStatistics, unclassifiedStatuses } from "../core/statistics";
import type { Issue } from "../core/table/model";
import { readActiveTable } from "../excel/read";
import { selectCell } from "../excel/select";
import { loadMapping, saveMapping } from "../excel/settings";
import { writeReport } from "../excel/write";
import { byId, el, replaceChildren } from "./dom";
import { IssueActions, renderExcludedRows, renderIssues, renderNotes } from "./issues-view";
import { langOf, type Lang } from "../i18n/lang";
import { issueText, words } from "../i18n/problem";
import { columnsNeeded } from "./columns";
import { errorText, Lifecycle, missingRequirementsText, startLifecycle } from "./lifecycle";
import { renderTableMapping, renderTableUnit } from "./mapping-view";
import { firstDataRow, FormChoices, mappingOf, prepare, recognizeSource, SavedMapping, Source, withMapping, withRowExcluded } from "./source";
import { renderRegister } from "./status-view";
import type * as YearModule from "./year-view";
import type { YearView } from "./year-view";
import { loadBundle } from "./bundle";
import { dateOfField, reportOptionsOf } from "./reportForm";
import { PaneFiles } from "./files-pane";

interface State {
  lang: Lang;
  /** the pane's words in that language */
  s: PaneWords;
  source?: Source;
  saved?: SavedMapping;
  /** the office name last filled in from a table, so a typed one is not overwritten */
  autoOffice: string;
  /** the report date last filled in (ISO, as the field holds it), so a date the user typed is kept */
  autoDate: string;
  busy: boolean;
}

type PaneWords = ReturnType<typeof words>["pane"];

const state: State = { lang: "vi", s: words("vi").pane, autoOffice: "", autoDate: "", busy: false };
let lifecycle: Lifecycle | undefined;
let year: YearView | undefined;
/** The sheets the pane wrote (its reports): activating them is no change of sheet, and they are no table of the year. */
function ownSheets(names: string[]): void {
  lifecycle?.ownSheets(names);
  year?.own(names);
}
/** the units' workbooks picked with "Thêm tệp…": when there are any, the report is theirs */
let files: PaneFiles | undefined;

const ui = {
  app: () => byId("app"),
  recognize: () => byId<HTMLButtonElement>("recognize"),
  build: () => byId<HTMLButtonElement>("build"),
  targetCases: () => byId<HTMLInputElement>("target-cases"),
  targetMoney: () => byId<HTMLInputElement>("target-money"),
  office: () => byId<HTMLInputElement>("office"),
  reportDate: () => byId<HTMLInputElement>("report-date"),
  countTerminated: () => byId<HTMLInputElement>("count-terminated"),
  reportLang: () => byId<HTMLSelectElement>("report-lang"),
};

/** Static texts of the page, by their data-i18n key. */
function applyLanguage(): void {
  document.documentElement.lang = state.lang;
  document.querySelectorAll<HTMLElement>("[data-i18n]").forEach((node) => {
    const text = state.s[node.dataset.i18n as keyof PaneWords];
    if (typeof text === "string") node.textContent = text;
  });
  ui.targetCases().placeholder = state.s.targetPlaceholder;
  ui.targetMoney().placeholder = state.s.targetPlaceholder;
}

function showMessage(id: string, kind: "error" | "success" | "info" | "none", text = ""): void {
  const box = byId(id);
  if (kind === "none") replaceChildren(box);
  else replaceChildren(box, el("div", { class: `message ${kind}` }, el("p", {}, text)));
}

function showProgress(id: string, fraction: number | undefined, text = ""): void {
  const box = byId(`${id}-progress`);
  box.hidden = fraction === undefined;
  const bar = byId<HTMLProgressElement>(`${id}-bar`);
  bar.value = Math.round((fraction ?? 0) * 100);
  byId(`${id}-text`).textContent = text;
}

function setBusy(busy: boolean): void {
  state.busy = busy;
  ui.build().disabled = busy;
  ui.recognize().disabled = busy;
  ui.app().setAttribute("aria-busy", String(busy));
}

function onSelectIssue(issue: Issue): void {
  selectCell(issue).catch(() => showMessage("recognize-message", "error", state.s.selectFailed(issue.where)));
}

/** What an issue list offers: select the cell, and leave a data row with an error out of the report. */
function issueActions(): IssueActions {
  const source = state.source;
  if (!source) return { onSelect: onSelectIssue };
  const first = firstDataRow(source);
  return {
    onSelect: onSelectIssue,
    onExclude: (row) => setRowExcluded(row, true),
    excludable: (issue) => issue.row !== undefined && issue.row >= first,
  };
}

/**
 * Leaves a row out of the report or puts it back: the table is prepared again and its problems
 * redrawn; the outcome of an earlier "Tạo báo cáo" no longer holds, so it is cleared. Focus moves to
 * the row's other button, so a keyboard user stays where they were.
 */
function setRowExcluded(row: number, excluded: boolean): void {
  if (!state.source || state.busy) return;
  showMessage("message", "none");
  replaceChildren(byId("report-issues"));
  update(withRowExcluded(state.source, row, excluded));
  const next = excluded ? `#excluded-rows .include-row[data-row="${row}"]` : `#source-issues .exclude-row[data-row="${row}"]`;
  (document.querySelector<HTMLElement>(next) ?? byId("build")).focus();
}

// ---------- Step 2: the report date and the period ----------

function reportDate(): CivilDate | undefined {
  return dateOfField(ui.reportDate());
}

/** Fills the report date in, unless the user typed one: the title's period end, else the last month's end. */
function offerReportDate(source: Source | undefined): void {
  if (ui.reportDate().value !== state.autoDate) return;
  const fallback = lastCompleteMonthEnd(today());
  state.autoDate = isoDate(source ? defaultReportDate(source, fallback) : fallback);
  ui.reportDate().value = state.autoDate;
  showPeriod();
}

function showPeriod(): void {
  const d = reportDate();
  byId("period").textContent = d ? periodLabel(periodOf(d), state.lang) : "—";
}

function formChoices(): FormChoices {
  return {
    targetCases: ui.targetCases().value.trim(),
    targetMoney: ui.targetMoney().value.trim(),
    office: ui.office().value.trim(),
    countTerminatedMoney: ui.countTerminated().checked,
  };
}

function applyForm(form: FormChoices): void {
  ui.targetCases().value = form.targetCases;
  ui.targetMoney().value = form.targetMoney;
  if (form.office) ui.office().value = form.office;
  ui.countTerminated().checked = form.countTerminatedMoney;
}

// ---------- Step 1: recognition ----------

function currentDateOrDefault(): CivilDate {
  return reportDate() ?? lastCompleteMonthEnd(today());
}

function civil(date: Date): CivilDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** The system's date, or the day the tests set as the THADS_TODAY global (core/today.ts). */
function today(): CivilDate {
  return todayOf((globalThis as { THADS_TODAY?: unknown }).THADS_TODAY);
}

/** Redraws what was recognised and the problems found, from the current source and choices. */
function renderSource(): void {
  const { source, s } = state;
  const view = byId("source");
  const issuesBox = byId("source-issues");
  if (!source) {
    replaceChildren(view);
    replaceChildren(issuesBox);
    return;
  }
  let prepared: SheetStatistics;
  try {
    prepared = prepare(source, currentDateOrDefault());
  } catch (error) {
    showMessage("recognize-message", "error", errorText(error, state.lang));
    return;
  }
  if (source.kind === "table") {
    replaceChildren(
      view,
      renderTableMapping(source, state.lang, (layout) => update({ ...source, layout })),
      renderTableUnit(source.moneyUnit ?? moneyUnitRead(prepared), state.lang, (moneyUnit) => update({ ...source, moneyUnit })),
    );
    const hasTargetColumn = source.layout.columns.cases.target !== undefined || source.layout.columns.money.target !== undefined;
    byId("target-column-note").hidden = !hasTargetColumn;
  } else {
    replaceChildren(view, renderRegister(source, prepared.statuses ?? [], state.lang, (choices) => update({ ...source, ...choices })));
    byId("target-column-note").hidden = true;
  }
  const unclassified = unclassifiedStatuses(prepared).length;
  const blocking = unclassified > 0 ? el("div", { class: "message error", id: "unclassified-message" }, el("p", {}, s.unclassifiedBlock(unclassified))) : null;
  replaceChildren(
    issuesBox,
    blocking,
    renderNotes(prepared.table.notes ?? [], state.lang),
    renderIssues(prepared.table.issues, state.lang, issueActions(), "source-issue-list"),
    renderExcludedRows(source.excludedRows, state.lang, (row) => setRowExcluded(row, false)),
  );
}

function update(source: Source): void {
  state.source = source;
  renderSource();
}

function offerSaved(source: Source): void {
  const offer = byId("saved-offer");
  const found = loadMapping<SavedMapping>(source.grid.sheetName, source.signature);
  state.saved = found && found.mapping.kind === source.kind ? found.mapping : undefined;
  offer.hidden = !state.saved;
  if (found && state.saved) byId("saved-offer-text").textContent = state.s.savedOffer(civil(new Date(found.savedAt)));
}

function useSaved(): void {
  if (!state.source || !state.saved) return;
  applyForm(state.saved.form);
  byId("saved-offer").hidden = true;
  update(withMapping(state.source, state.saved));
  showMessage("recognize-message", "info", state.s.savedApplied);
}

async function recognize(): Promise<void> {
  if (state.busy) return;
  setBusy(true);
  showMessage("recognize-message", "none");
  showMessage("message", "none");
  replaceChildren(byId("report-issues"));
  showProgress("read", 0);
  try {
    const read = await readActiveTable({
      columnsNeeded,
      onProgress: (done, total) => showProgress("read", done / Math.max(1, total), state.s.reading(done, total)),
    });
    const found = recognizeSource(read);
    if ("reasons" in found) {
      state.source = undefined;
      byId("saved-offer").hidden = true;
      const reasons = found.reasons.map((r) => issueText(r, state.lang));
      showMessage("recognize-message", "error", [state.s.notRecognized, ...reasons].join("\n"));
    } else {
      state.source = found;
      const office = found.layout.office ?? "";
      if (ui.office().value.trim() === "" || ui.office().value === state.autoOffice) {
        ui.office().value = office;
        state.autoOffice = office;
      }
      offerReportDate(found);
      offerSaved(found);
      void year?.refresh();
    }
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

// ---------- Step 3: the report ----------

/** The report options of the form; undefined when something is wrong with it, and then said. */
function reportOptions(): ReportOptions | undefined {
  const { options, problems } = reportOptionsOf(ui, state.s, today());
  if (!options) showMessage("message", "error", problems.join("\n"));
  return options;
}

async function build(): Promise<void> {
  if (state.busy) return;
  const { s } = state;
  showMessage("message", "none");
  replaceChildren(byId("report-issues"));
  const source = state.source;
  if (!source && !files?.active) return showMessage("message", "error", s.noSource);
  const options = reportOptions();
  if (!options) return;
  if (files?.active) return files.build(options);
  if (!source) return;

  setBusy(true);
  showProgress("build", 0, s.building);
  try {
    const prepared = prepare(source, options.reportDate);
    const unclassified = unclassifiedStatuses(prepared).length;
    if (unclassified > 0) {
      renderSource();
      return showMessage("message", "error", s.unclassifiedBlock(unclassified));
    }
    // "So với cùng kỳ": with a sheet of last year chosen, the report gains its comparison (year-view.ts)
    const doc = year?.compared(prepared.table, options) ?? buildReport(prepared.table, options);
    if (doc.data.errors.length > 0) {
      showMessage("message", "error", s.blocked);
      replaceChildren(byId("report-issues"), renderIssues(doc.data.errors, state.lang, issueActions(), "report-issue-list"));
      return;
    }
    const { sheetNames } = await writeReport(doc, {
      onProgress: (fraction) => showProgress("build", fraction, s.writing(Math.round(fraction * 100))),
    });
    ownSheets(sheetNames);
    showMessage("message", "success", s.success(sheetNames[0]));
    // Warnings of the table itself are already listed under step 1; only the report's own are added here.
    const listed = new Set(prepared.table.issues.map((i) => `${i.where}\n${issueText(i, "vi")}`));
    const fresh = doc.data.warnings.filter((i) => !listed.has(`${i.where}\n${issueText(i, "vi")}`));
    replaceChildren(byId("report-issues"), renderIssues(fresh, state.lang, { onSelect: onSelectIssue }, "report-issue-list"));
    const note = (text: string) => byId("message").append(el("div", { class: "message info" }, el("p", {}, text)));
    await saveMapping(source.grid.sheetName, source.signature, mappingOf(source, formChoices())).then(
      () => note(words(state.lang).excel.mappingSaved),
      () => note(s.mappingNotSaved),
    );
  } catch (error) {
    showMessage("message", "error", errorText(error, state.lang));
  } finally {
    showProgress("build", undefined);
    setBusy(false);
  }
}

// ---------- Start ----------

function paneHooks() {
  return { lang: state.lang, reportDate: currentDateOrDefault, setBusy, showProgress, showMessage, ownSheets };
}

function start(displayLanguage: string | undefined): void {
  state.lang = langOf(displayLanguage);
  state.s = words(state.lang).pane;
  applyLanguage();
  offerReportDate(undefined);
  ui.reportDate().addEventListener("input", () => {
    showPeriod();
    // A register's cases after the date drop out of the period; a table's title may name another period.
    if (state.source) renderSource();
    files?.render();
  });
  ui.recognize().addEventListener("click", () => void recognize());
  ui.build().addEventListener("click", () => void build());
  byId("use-saved").addEventListener("click", useSaved);
  files = new PaneFiles(byId("files"), paneHooks());
  ui.app().setAttribute("aria-busy", "false");
  const missing = missingRequirementsText(state.lang);
  if (missing) {
    setBusy(true);
    ui.app().setAttribute("aria-busy", "false");
    return showMessage("recognize-message", "error", missing);
  }
  lifecycle = startLifecycle({ read: recognize, shownSheet: () => state.source?.grid.sheetName, busy: () => state.busy });
  const host = { lang: () => state.lang, sourceSheet: () => state.source?.grid.sheetName, options: reportOptions, busy: () => state.busy, setBusy };
  const more = { ownSheets: (names: string[]) => lifecycle?.ownSheets(names), onSelectIssue, errorText: (error: unknown) => errorText(error, state.lang) };
  // The year's reports are a bundle of their own (year.js), fetched once the pane is up: its first load stays small.
  const failed = words(state.lang).year.reports.unavailable;
  loadBundle<typeof YearModule>("year.js", "thadsYear", failed).then(({ mountYearView }) => {
    year = mountYearView({ ...host, ...more }, ui.app().appendChild(el("section", { class: "card" })));
    if (state.source) void year.refresh();
  }, () => showMessage("message", "info", failed));
}

Office.onReady(() => start(Office.context.displayLanguage));
