/**
 * The pane's year reports, mounted among its other reports: "So với cùng kỳ" (a sheet of the open
 * workbook holding the same period last year: the report written at step 3 gains the comparison
 * columns and sentence) and "Diễn biến theo tháng" (offered when two tables or more name their month:
 * writes the Diễn biến sheet). The documents are the command's (`thads report --compare`, `thads
 * trend`), written by the Office.js writer; the pane only gathers choices and shows results.
 */
import { periodName } from "../core/periods";
import type { ReportDocument } from "../core/report/document";
import type { ReportOptions } from "../core/report/options";
import type { Recognized } from "../core/source";
import type { Issue, StatTable } from "../core/table/model";
import { monthSheets, type YearSheet } from "../core/year/sheets";
import { reportOfSheet } from "../excel/settings";
import { writeReport } from "../excel/write";
import type { Lang } from "../i18n/lang";
import { words } from "../i18n/problem";
import { byId, el, replaceChildren } from "./dom";
import { renderIssues } from "./issues-view";
import { comparedWithSheet, recognisedSheet, scanSheets, trendOfSheets } from "./yearSheets";

/** What the pane lends the year's reports. */
export interface YearPaneHost {
  lang: () => Lang;
  /** the sheet the pane reports on, left out of the list of last year's */
  sourceSheet: () => string | undefined;
  /** the form's report options; undefined when the form shows what is wrong with it */
  options: () => ReportOptions | undefined;
  /** tells the pane of the sheets this view wrote */
  ownSheets: (names: string[]) => void;
  busy: () => boolean;
  setBusy: (busy: boolean) => void;
  onSelectIssue: (issue: Issue) => void;
  /** the message of an error, in the pane's language */
  errorText: (error: unknown) => string;
}

export interface YearView {
  /** Looks at the workbook's other sheets again: after the source sheet is recognised. */
  refresh: () => Promise<void>;
  /** The report compared with the sheet chosen as last year's; undefined when none is chosen. */
  compared: (table: StatTable, options: ReportOptions) => ReportDocument | undefined;
  /** Sheets the pane wrote (its reports): never looked at as tables of the year. */
  own: (names: string[]) => void;
}

const message = (kind: "error" | "success" | "info", lines: string[]) =>
  el("div", { class: `message ${kind}` }, ...lines.filter((l) => l !== "").map((l) => el("p", {}, l)));

/** The section's elements, by role. */
function elements(host: YearPaneHost) {
  const w = words(host.lang()).year.reports;
  const previous = el("select", { id: "previous-sheet" });
  const trend = el("button", { id: "build-trend", class: "btn btn-secondary", attrs: { type: "button" } }, w.buildTrend);
  const offer = el("p", { id: "trend-offer", class: "hint" });
  const trendPart = el("div", { id: "trend-part" }, el("h3", {}, w.trendHeading), offer, trend);
  const section = el("div", { id: "year-reports" },
    el("h3", {}, w.compareHeading),
    el("div", { class: "field" }, el("label", { attrs: { for: "previous-sheet" } }, w.previousSheet), previous),
    el("p", { class: "hint", id: "previous-hint" }, w.previousSheetHint),
    trendPart,
    el("div", { id: "year-message", attrs: { role: "status", "aria-live": "polite" } }),
    el("div", { id: "year-issues" }),
  );
  return { section, previous, trend, offer, trendPart };
}

const show = (...nodes: (HTMLElement | null)[]) => replaceChildren(byId("year-message"), ...nodes);

/** The section's state: the sheets looked at, the sheet of last year chosen (read whole), the sheets the pane wrote. */
class YearReports implements YearView {
  private sheets: YearSheet[] = [];
  private chosen?: Recognized;
  private readonly owned = new Set<string>();
  constructor(private readonly host: YearPaneHost, private readonly parts: ReturnType<typeof elements>) {}

  private get w() {
    return words(this.host.lang()).year.reports;
  }

  /** The list of last year's candidates and the trend's offer, from the sheets looked at. */
  private render(): void {
    const { host, w, parts } = this;
    const { previous, offer, trendPart } = parts;
    const others = this.sheets.filter((s) => s.sheetName !== host.sourceSheet());
    const keep = previous.value;
    const label = (s: YearSheet) => w.sheetOption(s.sheetName, s.period ? periodName(s.period, host.lang()) : undefined);
    replaceChildren(previous, el("option", { attrs: { value: "" } }, w.noComparison), ...others.map((s) => el("option", { attrs: { value: s.sheetName } }, label(s))));
    previous.value = others.some((s) => s.sheetName === keep) ? keep : "";
    byId("previous-hint").textContent = others.length > 0 ? w.previousSheetHint : w.noOtherSheet;
    const months = monthSheets(this.sheets);
    trendPart.hidden = months.length < 2;
    if (months.length >= 2) offer.textContent = w.trendOffer(months.length, months[0].sheetName, months[months.length - 1].sheetName);
  }

  async refresh(): Promise<void> {
    show(message("info", [this.w.looking]));
    try {
      this.sheets = await scanSheets((name) => this.owned.has(name) || reportOfSheet(name) !== undefined);
      this.render();
      // the sheet chosen is read again: it may have been edited since
      const name = this.parts.previous.value;
      this.chosen = name === "" ? undefined : await recognisedSheet(name);
      show();
    } catch (error) {
      show(message("error", [this.host.errorText(error)]));
    }
  }

  async choose(): Promise<void> {
    const name = this.parts.previous.value;
    this.chosen = undefined;
    if (name === "") return show();
    this.chosen = await recognisedSheet(name);
    show(this.chosen ? message("info", [this.w.previousRead(name)]) : message("error", [this.w.previousGone(name)]));
  }

  async writeTrend(): Promise<void> {
    const { host } = this;
    const options = host.options();
    if (!options) return;
    const { trend, doc, sentence } = await trendOfSheets(this.sheets, options);
    const issues = (list: Issue[]) => replaceChildren(byId("year-issues"), renderIssues(list, host.lang(), { onSelect: host.onSelectIssue }, "year-issue-list"));
    if (!doc) {
      show(message("error", [words(host.lang()).pane.blocked]));
      return issues(trend.errors);
    }
    const { sheetNames } = await writeReport(doc);
    this.own(sheetNames);
    host.ownSheets(sheetNames);
    show(message("success", [this.w.trendWrittenSheet(sheetNames[0]), sentence]));
    issues(trend.warnings);
  }

  own(names: string[]): void {
    names.forEach((n) => this.owned.add(n));
  }

  compared(table: StatTable, options: ReportOptions): ReportDocument | undefined {
    if (!this.chosen) return undefined;
    return comparedWithSheet(table, this.chosen, options, this.host.sourceSheet() ?? "").doc;
  }
}

export function mountYearView(host: YearPaneHost, parent: HTMLElement): YearView {
  const parts = elements(host);
  parent.append(parts.section);
  const view = new YearReports(host, parts);
  /** One action at a time; a failure is a line in the user's language and the workbook is left as it was. */
  const guarded = (action: () => Promise<void>) => () => {
    if (host.busy()) return;
    host.setBusy(true);
    replaceChildren(byId("year-issues"));
    action()
      .catch((error) => show(message("error", [host.errorText(error)])))
      .finally(() => host.setBusy(false));
  };
  parts.previous.addEventListener("change", guarded(() => view.choose()));
  parts.trend.addEventListener("click", guarded(() => view.writeTrend()));
  parts.trendPart.hidden = true;
  return view;
}
