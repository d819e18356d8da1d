/**
 * Workbooks picked from disk, in the pane ("Thêm tệp…") and on the page: one line per file (the
 * sheet recognised, what it holds and how many members; or why it cannot be used), and for one file
 * at a time the pane's own mapping, status and issue views to correct how it is read. The report of
 * the files is the command's (documentOfFiles); nothing is computed here. Reading files needs
 * ExcelJS: the pane imports this module, and with it ./fileSource, only when the user picks files.
 */
import type { CivilDate } from "../core/periods";
import { documentOfFiles, FileTable } from "../core/report/files";
import type { ReportDocument } from "../core/report/document";
import type { ReportOptions } from "../core/report/options";
import { moneyUnitRead, SheetStatistics, unclassifiedStatuses } from "../core/statistics";
import type { Lang } from "../i18n/lang";
import { words } from "../i18n/problem";
import { el, replaceChildren } from "./dom";
import { FileOutcome, FileSource, PickedFile, readPicked } from "./fileSource";
import { renderExcludedRows, renderIssues, renderNotes } from "./issues-view";
import { renderTableMapping, renderTableUnit } from "./mapping-view";
import { firstDataRow, prepare, Source, withRowExcluded } from "./source";
import { renderRegister } from "./status-view";
import { listedWithStatuses, renderStatuses } from "./statuses-view";

export interface FilesOptions {
  lang: Lang;
  /** the report date as the form holds it now: a register's cases depend on it */
  reportDate: () => CivilDate;
  /** the files or their corrections changed: an earlier report's outcome no longer holds */
  onChange: () => void;
  /** the pane says the report will be of the files; the page has no other source */
  sayReportFromFiles?: boolean;
}

type Picked = { name: string; arrayBuffer(): Promise<ArrayBuffer> };

/** One file read; even an unforeseen failure is that file's line, so that the others still report. */
async function readOne(file: PickedFile, lang: Lang): Promise<FileOutcome> {
  try {
    return await readPicked(file, lang);
  } catch (err) {
    return { name: file.name, error: `${file.name}: ${words(lang).cli.unexpected(err instanceof Error ? err.message : String(err))}` };
  }
}

/** The outcome of the files for "Tạo báo cáo": the document, or the lines saying why not yet. */
export type FilesReport = { doc: ReportDocument; skipped: string[] } | { problems: string[] };

/** Ids of the views are theirs on the sheet's source; a file's copy gets this prefix so both may be shown. */
const ID_PREFIX = "file-";

export class PickedFiles {
  private files: FileSource[] = [];
  /** every file picked as read from disk, in order: the page's year reports read them again their own way */
  private raw: PickedFile[] = [];
  private errors: { name: string; error: string }[] = [];
  /** the file whose views are shown */
  private shown?: string;
  private readonly list = el("ul", { class: "file-list", id: "file-list" });
  private readonly status = el("div", { id: "file-status", attrs: { role: "status", "aria-live": "polite" } });
  private readonly detail = el("div", { id: "file-detail" });

  /** Draws into `host` (a picker of the front end's own hands the files to add). */
  constructor(host: HTMLElement, private readonly options: FilesOptions) {
    replaceChildren(host, this.status, this.list, this.detail);
  }

  /** Whether any file was picked: the report is then of the files. */
  get active(): boolean {
    return this.files.length + this.errors.length > 0;
  }

  /** Reads the files (a file of the same name as one picked before replaces it) and shows what each holds. */
  async add(picked: Picked[]): Promise<void> {
    if (picked.length === 0) return;
    const t = words(this.options.lang).files;
    for (const file of picked) {
      this.say(t.reading(file.name));
      const bytes: PickedFile = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
      const outcome = await readOne(bytes, this.options.lang);
      this.forget(file.name);
      this.raw.push(bytes);
      if ("file" in outcome) this.files.push(outcome.file);
      else this.errors.push(outcome);
    }
    this.say("");
    this.changed();
  }

  /** Drops every file. */
  clear(): void {
    this.raw = [];
    this.files = [];
    this.errors = [];
    this.changed();
  }

  /** Redraws the lines and the shown file's views (the report date changed, or a choice). */
  render(): void {
    const { lang } = this.options;
    const t = words(lang).files;
    const date = this.options.reportDate();
    const lines = this.files.map((file) => this.fileLine(file, prepare(file.source, date)));
    const failed = this.errors.map((e) => el("li", { class: "file error" }, el("span", { class: "file-line" }, e.error)));
    const clear = el("button", { class: "btn btn-secondary btn-small", id: "clear-files", attrs: { type: "button" } }, t.clear);
    clear.addEventListener("click", () => this.clear());
    const note = this.options.sayReportFromFiles && this.files.length > 0 ? el("li", { class: "hint" }, t.reportFromFiles(this.files.length)) : null;
    if (this.active) replaceChildren(this.list, ...lines, ...failed, note, el("li", {}, clear));
    else replaceChildren(this.list);
    this.renderDetail(date);
  }

  /** The report of the usable files with the user's options, as the command makes it. */
  report(options: ReportOptions): FilesReport {
    const t = words(this.options.lang).files;
    const skipped = this.errors.map((e) => e.error);
    if (this.files.length === 0) return { problems: [t.noFiles, ...skipped] };
    const prepared = this.files.map((f) => ({ file: f, statistics: prepare(f.source, options.reportDate) }));
    const unclassified = prepared.flatMap(({ file, statistics }) => {
      const count = unclassifiedStatuses(statistics).length;
      return count > 0 ? [t.unclassified(file.name, count)] : [];
    });
    if (unclassified.length > 0) return { problems: unclassified };
    const tables: FileTable[] = prepared.map(({ file, statistics }) => ({ baseName: file.baseName, table: statistics.table }));
    const doc = documentOfFiles(tables, options);
    return { doc, skipped: skipped.length > 0 ? [t.skipped(skipped.length), ...skipped] : [] };
  }

  /** A line of what is being done (reading a file), or none. */
  private say(text: string): void {
    replaceChildren(this.status, text ? el("p", { class: "hint" }, text) : null);
  }

  /** The files picked and kept, as read from disk. */
  picked(): PickedFile[] {
    return [...this.raw];
  }

  private forget(name: string): void {
    this.raw = this.raw.filter((f) => f.name !== name);
    this.files = this.files.filter((f) => f.name !== name);
    this.errors = this.errors.filter((e) => e.name !== name);
  }

  private changed(): void {
    if (this.shown && !this.files.some((f) => f.name === this.shown)) this.shown = undefined;
    this.render();
    this.options.onChange();
  }

  /** A recognised file's line: what it holds, with buttons to show its views and to drop it. */
  private fileLine(file: FileSource, statistics: SheetStatistics): HTMLElement {
    const t = words(this.options.lang).files;
    const { table } = statistics;
    const line = t.recognised({
      file: file.name,
      sheet: file.source.grid.sheetName,
      kind: file.source.kind,
      members: table.members.length,
      memberKind: table.memberKind,
    });
    const unclassified = unclassifiedStatuses(statistics).length;
    const edit = el("button", { class: "btn btn-secondary btn-small", attrs: { type: "button", title: t.editTitle(file.name), "aria-label": t.editLabel(file.name), "aria-expanded": String(this.shown === file.name) } }, t.edit);
    edit.dataset.file = file.name;
    edit.addEventListener("click", () => {
      this.shown = this.shown === file.name ? undefined : file.name;
      this.render();
      // The list was drawn anew: focus goes back to this file's button, so a keyboard user stays put.
      [...this.list.querySelectorAll<HTMLElement>("button[data-file]")].find((b) => b.dataset.file === file.name)?.focus();
    });
    const remove = el("button", { class: "btn btn-secondary btn-small", attrs: { type: "button", title: t.removeTitle(file.name), "aria-label": t.removeLabel(file.name) } }, t.remove);
    remove.addEventListener("click", () => {
      this.forget(file.name);
      this.changed();
    });
    return el(
      "li",
      { class: unclassified > 0 ? "file unclassified" : "file" },
      el("span", { class: "file-line" }, line),
      unclassified > 0 ? el("span", { class: "file-line error" }, ` ${t.unclassified(file.name, unclassified)}`) : null,
      " ",
      edit,
      " ",
      remove,
    );
  }

  /** The shown file's views, the pane's own, their ids prefixed so that the sheet's may be shown too. */
  private renderDetail(date: CivilDate): void {
    const file = this.files.find((f) => f.name === this.shown);
    if (!file) return replaceChildren(this.detail);
    const { lang } = this.options;
    const statistics = prepare(file.source, date);
    const update = (source: Source) => {
      file.source = source;
      this.render();
      this.options.onChange();
    };
    const source = file.source;
    const first = firstDataRow(source);
    const actions = { onExclude: (row: number) => update(withRowExcluded(source, row, true)), excludable: (i: { row?: number }) => (i.row ?? -1) >= first };
    const views =
      source.kind === "table"
        ? [
            renderTableMapping(source, lang, (layout) => update({ ...source, layout })),
            renderTableUnit(source.moneyUnit ?? moneyUnitRead(statistics), lang, (moneyUnit) => update({ ...source, moneyUnit })),
          ]
        : [
            renderStatuses(source, statistics.statuses ?? [], lang, (reclassified) => update({ ...source, reclassified })),
            renderRegister(source, lang, (choices) => update({ ...source, ...choices })),
          ];
    replaceChildren(
      this.detail,
      el("h3", {}, words(lang).files.detailTitle(file.name)),
      ...views,
      renderNotes(statistics.table.notes ?? [], lang),
      renderIssues(statistics.table.issues.filter((i) => !listedWithStatuses(i)), lang, actions, "issue-list"),
      renderExcludedRows(source.excludedRows, lang, (row) => update(withRowExcluded(source, row, false))),
    );
    prefixIds(this.detail, ID_PREFIX);
  }
}

/** Gives every id under `root` (and the labels' `for` pointing at them) a prefix, so that they stay unique in the page. */
function prefixIds(root: HTMLElement, prefix: string): void {
  root.querySelectorAll<HTMLElement>("[id]").forEach((node) => (node.id = `${prefix}${node.id}`));
  root.querySelectorAll<HTMLLabelElement>("label[for]").forEach((label) => (label.htmlFor = `${prefix}${label.htmlFor}`));
}
