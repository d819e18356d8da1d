/**
 * The pane's "Thêm tệp…": the units' workbooks picked (files-view.ts) and their consolidated report
 * written into the open workbook by the Office.js writer, the report `thads report a.xlsx b.xlsx …`
 * makes. The files' views with the file reader and ExcelJS are a bundle of their own (files.js,
 * webpack.config.js says why not an import() chunk), fetched from the add-in's own origin the first
 * time files are picked, so the pane's first load does not carry them.
 */
import { loadBundle } from "./bundle";
import type { CivilDate } from "../core/periods";
import type { ReportOptions } from "../core/report/options";
import type { Issue } from "../core/table/model";
import { writeReport } from "../excel/write";
import type { Lang } from "../i18n/lang";
import { words } from "../i18n/problem";
import { byId, el, replaceChildren } from "./dom";
import type * as FilesView from "./files-view";
import type { PickedFiles } from "./files-view";
import { showResult } from "./build";
import { clearOutcome } from "./feedback";
import { renderIssues } from "./issues-view";
import { errorText } from "./lifecycle";

/** What the pane lends the files: its language, its report date, its busy state, progress and messages. */
export interface PaneHooks {
  lang: Lang;
  reportDate(): CivilDate;
  setBusy(busy: boolean): void;
  showProgress(id: string, fraction: number | undefined, text?: string): void;
  showMessage(id: string, kind: "error" | "success" | "info" | "none", text?: string): void;
  /** the sheets the report was written to: the pane's own from now on */
  ownSheets(names: string[]): void;
}

/** files.js (files-view.ts, webpack.config.js), from taskpane.html's own folder on the add-in's server, loaded once. */
const filesBundle = (failed: string) => loadBundle<typeof FilesView>("files.js", "thadsFiles", failed);

/** The cells of a file's warnings are in that file, not in the workbook: shown as text. */
const NO_SELECT = {};

/** The files section of the pane: its picker here, the files' views (and ExcelJS) fetched on first pick. */
export class PaneFiles {
  private view?: PickedFiles;
  private readonly host = el("div", { id: "picked" });
  private readonly input = el("input", { id: "add-files", attrs: { type: "file", multiple: "", accept: ".xlsx", hidden: "" } });

  constructor(section: HTMLElement, private readonly hooks: PaneHooks) {
    const t = words(hooks.lang).files;
    const add = el("button", { class: "btn btn-secondary", id: "add-files-button", attrs: { type: "button" } }, t.add);
    add.addEventListener("click", () => this.input.click());
    this.input.addEventListener("change", () => void this.pick([...(this.input.files ?? [])]));
    replaceChildren(section, el("h3", {}, t.heading), el("p", { class: "hint" }, t.hint), add, this.input, this.host);
  }

  /** Whether files were picked: "Tạo báo cáo" then makes their report. */
  get active(): boolean {
    return this.view?.active ?? false;
  }

  /** Redraws the files' lines and views (the report date changed). */
  render(): void {
    this.view?.render();
  }

  private async pick(files: File[]): Promise<void> {
    if (files.length === 0) return;
    this.input.disabled = true;
    try {
      this.view ??= await this.load();
      await this.view.add(files);
    } catch (error) {
      // The reader could not be fetched (the add-in's server is unreachable): said, nothing else changes.
      if (!this.view) replaceChildren(this.host);
      this.hooks.showMessage("message", "error", errorText(error, this.hooks.lang));
    } finally {
      this.input.value = "";
      this.input.disabled = false;
    }
  }

  private async load(): Promise<PickedFiles> {
    replaceChildren(this.host, el("p", { class: "hint" }, words(this.hooks.lang).files.loading));
    const { PickedFiles } = await filesBundle(words(this.hooks.lang).files.loadFailed);
    return new PickedFiles(this.host, {
      lang: this.hooks.lang,
      reportDate: this.hooks.reportDate,
      onChange: clearOutcome,
      sayReportFromFiles: true,
    });
  }

  /** "Tạo báo cáo" with files picked. */
  build(options: ReportOptions): Promise<void> {
    return this.view ? writeFilesReport(this.view, options, this.hooks) : Promise.resolve();
  }
}

/** The report's errors or warnings under "Cần kiểm tra", shown when there are any. */
function listIssues(issues: Issue[], lang: Lang): void {
  replaceChildren(byId("report-issues"), renderIssues(issues, lang, NO_SELECT, "report-issue-list"));
  if (issues.length > 0) byId("checks").hidden = false;
}

/** "Tạo báo cáo" with files picked: the consolidation written to new sheets, or why it cannot be yet. */
async function writeFilesReport(files: PickedFiles, options: ReportOptions, hooks: PaneHooks): Promise<void> {
  const s = words(hooks.lang).pane;
  const made = files.report(options);
  if ("problems" in made) return hooks.showMessage("message", "error", made.problems.join("\n"));
  const { doc } = made;
  // The files that could not be used: how many, after the outcome; each is named on its line in the list.
  const skipped = made.skipped.length > 0 ? `\n${made.skipped[0]}` : "";
  if (doc.data.errors.length > 0) {
    hooks.showMessage("message", "error", `${words(hooks.lang).files.blocked}${skipped}`);
    return listIssues(doc.data.errors, hooks.lang);
  }
  hooks.setBusy(true);
  hooks.showProgress("build", 0, s.building);
  let focus: HTMLElement | undefined;
  try {
    const { sheetNames } = await writeReport(doc, {
      onProgress: (fraction) => hooks.showProgress("build", fraction, s.writing(Math.round(fraction * 100))),
    });
    hooks.ownSheets(sheetNames);
    hooks.showMessage("message", "success", `${s.success(sheetNames[0])}${skipped}`);
    focus = showResult(doc, options.reportDate, sheetNames[0]);
    listIssues(doc.data.warnings, hooks.lang);
  } catch (error) {
    hooks.showMessage("message", "error", errorText(error, hooks.lang));
  } finally {
    hooks.showProgress("build", undefined);
    hooks.setBusy(false);
    focus?.focus();
  }
}
