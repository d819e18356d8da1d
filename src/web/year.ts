/**
 * The page's year reports: "So với cùng kỳ" (this year's files against last year's, picked here) and
 * "Diễn biến theo tháng" (the files of step 1: one workbook with a sheet per month, or one file per
 * month). The workbooks downloaded are the command's: `thads report … --compare …` and `thads trend …`
 * build the same documents from the same core calls, and reportBytes writes them as the command does.
 */
import type { ReportOptions } from "../core/report/options";
import { reportFileBase } from "../core/report/files";
import type { ReportDocument } from "../core/report/document";
import type { Issue } from "../core/table/model";
import { buildComparedFiles, sameMonthsLastYearEnd } from "../core/year/comparedReport";
import { monthTableOf } from "../core/year/titled";
import { buildTrend } from "../core/year/trend";
import { projectionSentence, trendDocument } from "../core/year/trendSheet";
import type { Lang } from "../i18n/lang";
import { words } from "../i18n/problem";
import { byId, el, replaceChildren } from "../taskpane/dom";
import { renderIssues } from "../taskpane/issues-view";
import { reportBytes } from "../xlsx/write";
import type { PickedFile } from "../taskpane/fileSource";
import { readTitled, type TitledOutcome } from "./yearFiles";

type Messages = (kind: "error" | "success" | "info", lines: string[]) => HTMLElement | null;

/** What the page lends the year's reports: its files, its form, its way of showing and downloading. */
export interface YearPageHost {
  lang: Lang;
  /** the files of step 1 */
  picked: () => PickedFile[];
  /** the report options of the form, or what is wrong with it */
  options: () => { options?: ReportOptions; problems: string[] };
  messages: Messages;
  download: (bytes: Uint8Array, name: string) => void;
  /** runs one action at a time, an unexpected failure shown */
  guarded: (action: () => Promise<void>) => () => void;
}

const baseNameOf = (name: string) => name.replace(/\.[^.]*$/, "");
const tablesOf = (outcomes: TitledOutcome[]) => outcomes.flatMap((o) => ("tables" in o ? [{ name: o.name, tables: o.tables }] : []));
const errorsOf = (outcomes: TitledOutcome[]) => outcomes.flatMap((o) => ("error" in o ? [o.error] : []));

/** The result of one of the year's reports: the document to download, or the lines why not. */
interface Made {
  doc?: ReportDocument;
  /** files that could not be used, and (with no document) the problems that stop it */
  errors: string[];
  issues: Issue[];
  sentence?: string;
}

/** This year's files (first sheet recognised, at the form's date) against last year's (their own title's period). */
export async function comparedOfFiles(now: PickedFile[], previous: PickedFile[], options: ReportOptions, lang: Lang): Promise<Made> {
  const date = options.reportDate;
  const read = async (files: PickedFile[], choices: Parameters<typeof readTitled>[1]) => Promise.all(files.map((f) => readTitled(f, choices, lang, true)));
  const [thisYear, lastYear] = [await read(now, { date, fallback: date }), await read(previous, { fallback: sameMonthsLastYearEnd(date) })];
  const errors = [...errorsOf(thisYear), ...errorsOf(lastYear)];
  const [a, b] = [tablesOf(thisYear), tablesOf(lastYear)];
  if (a.length === 0 || b.length === 0) return { errors: [words(lang).files.noFiles, ...errors], issues: [] };
  const files = a.map((f) => ({ baseName: baseNameOf(f.name), table: f.tables[0].table }));
  const prev = b.map((f) => {
    const { table, titlePeriod } = f.tables[0];
    return { baseName: baseNameOf(f.name), table, source: f.name, book: f.name, ...(titlePeriod ? { titlePeriod } : {}) };
  });
  const { doc } = buildComparedFiles(files, prev, options, a.map((f) => f.name).join(", "));
  return { doc, errors, issues: doc.data.errors.length > 0 ? doc.data.errors : doc.data.warnings, sentence: doc.data.summary };
}

/** The trend of the files: every table of one workbook, or the first table of each of several files. */
export async function trendOfFiles(files: PickedFile[], options: ReportOptions, lang: Lang): Promise<Made> {
  const outcomes = await Promise.all(files.map((f) => readTitled(f, { fallback: options.reportDate }, lang, false)));
  const read = tablesOf(outcomes);
  const months = files.length === 1 ? read.flatMap((f) => f.tables.map((t) => monthTableOf(t))) : read.map((f) => monthTableOf(f.tables[0], f.name));
  const errors = errorsOf(outcomes);
  if (months.length === 0) return { errors: [words(lang).files.noFiles, ...errors], issues: [] };
  const trend = buildTrend(months, { targets: options.targets, lang, countTerminatedMoney: options.countTerminatedMoney });
  if (trend.errors.length > 0) return { errors, issues: trend.errors };
  const office = options.office ?? months.find((m) => m.table.office)?.table.office ?? "";
  return { doc: trendDocument(trend, lang, office), errors, issues: trend.warnings, sentence: projectionSentence(trend, lang) };
}

/** Shows what became of a report, downloading its workbook when it was made without errors. */
async function deliver(host: YearPageHost, made: Made): Promise<void> {
  const { lang, messages } = host;
  const t = words(lang);
  const skipped = made.errors.length > 0 && made.doc ? messages("error", [t.files.skipped(made.errors.length), ...made.errors]) : null;
  const list = renderIssues(made.issues, lang, {}, "year-issue-list");
  if (!made.doc || made.doc.data.errors.length > 0) {
    const lines = made.doc || made.issues.length > 0 ? [t.pane.blocked, ...made.errors] : made.errors;
    return replaceChildren(byId("year-message"), messages("error", lines), list);
  }
  const name = `${reportFileBase(made.doc.sheets[0].name)}.xlsx`;
  host.download(await reportBytes(made.doc), name);
  replaceChildren(byId("year-message"), messages("success", [t.web.downloaded(name), made.sentence ?? ""]), skipped, list);
}

/** The section "So với cùng kỳ · Diễn biến theo tháng", after the page's own steps. */
export function mountYear(host: YearPageHost, parent: HTMLElement): void {
  const w = words(host.lang).year.reports;
  let previous: PickedFile[] = [];
  const input = el("input", { id: "previous-files", attrs: { type: "file", accept: ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", multiple: "" } });
  const compare = el("button", { id: "build-compared", class: "btn btn-secondary", attrs: { type: "button" } }, w.buildCompared);
  const trend = el("button", { id: "build-trend", class: "btn btn-secondary", attrs: { type: "button" } }, w.buildTrend);
  parent.append(
    el("section", { class: "card", attrs: { "aria-labelledby": "year-title" } },
      el("h2", { id: "year-title" }, w.heading),
      el("h3", {}, w.compareHeading),
      el("div", { class: "field" }, el("label", { attrs: { for: "previous-files" } }, w.previousFiles), input),
      el("p", { class: "hint" }, w.previousHint),
      compare,
      el("h3", {}, w.trendHeading),
      el("p", { class: "hint" }, w.trendHint),
      trend,
      el("div", { id: "year-message", attrs: { role: "status", "aria-live": "polite" } }),
    ),
  );
  input.addEventListener("change", host.guarded(async () => {
    previous = await Promise.all([...(input.files ?? [])].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  }));
  /** The form's options, or its problems shown. */
  const run = (make: (options: ReportOptions) => Promise<Made>) => async () => {
    const { options, problems } = host.options();
    if (!options) return replaceChildren(byId("year-message"), host.messages("error", problems));
    await deliver(host, await make(options));
  };
  compare.addEventListener("click", host.guarded(run((options) =>
    previous.length === 0 ? Promise.resolve({ errors: [w.noPrevious], issues: [] }) : comparedOfFiles(host.picked(), previous, options, host.lang))));
  trend.addEventListener("click", host.guarded(run((options) => trendOfFiles(host.picked(), options, host.lang))));
}
