/**
 * The standalone page (dist/web/index.html): the report from .xlsx files picked or dropped in any
 * browser, with no Office and no network. The files are read as the command reads them and shown
 * with the pane's views to correct them (taskpane/files-view.ts, the pane's "Thêm tệp…"), the report
 * is the command's (documentOfFiles) and its workbook the command's bytes (reportBytes), downloaded
 * under the name the command gives it. The page only gathers choices and shows results.
 */
import { readFraction } from "../core/coerce";
import { isError } from "../core/errors";
import { clean } from "../core/numbers";
import { todayOf } from "../core/today";
import { CivilDate, isoDate, isValidDate, lastCompleteMonthEnd, periodLabel, periodOf } from "../core/periods";
import { reportFileBase } from "../core/report/files";
import type { ReportOptions } from "../core/report/options";
import type { Measure } from "../core/table/model";
import { langOf, type Lang } from "../i18n/lang";
import { words } from "../i18n/problem";
import { byId, el, replaceChildren } from "../taskpane/dom";
import { PickedFiles } from "../taskpane/files-view";
import { renderIssues } from "../taskpane/issues-view";
import { reportBytes } from "../xlsx/write";
import { mountYear } from "./year";

const lang: Lang = langOf(navigator.language);
const t = words(lang);
let busy = false;

const input = (id: string) => byId<HTMLInputElement>(id);
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Static texts by their data-i18n key: "web.x" from the page's words, else the pane's. */
function applyLanguage(): void {
  document.documentElement.lang = lang;
  document.title = t.web.title;
  document.querySelectorAll<HTMLElement>("[data-i18n]").forEach((node) => {
    const key = node.dataset.i18n ?? "";
    const text = key.startsWith("web.") ? t.web[key.slice(4) as keyof typeof t.web] : t.pane[key as keyof typeof t.pane];
    if (typeof text === "string") node.textContent = text;
  });
  input("target-cases").placeholder = t.pane.targetPlaceholder;
  input("target-money").placeholder = t.pane.targetPlaceholder;
}

function messages(kind: "error" | "success" | "info", lines: string[]): HTMLElement | null {
  return lines.length === 0 ? null : el("div", { class: `message ${kind}` }, ...lines.map((line) => el("p", {}, line)));
}

function reportDate(): CivilDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input("report-date").value);
  const d = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
  return d && isValidDate(d) ? d : undefined;
}

function showPeriod(): void {
  const d = reportDate();
  byId("period").textContent = d ? periodLabel(periodOf(d), lang) : "—";
}

/** The targets read as the core reads every rate ("81,5", "0,815", "81,5%"), or what is wrong with them. */
function targets(): { targets?: Record<Measure, number>; problems: string[] } {
  const s = t.pane;
  const problems: string[] = [];
  const read = (measure: Measure, id: string): number => {
    const text = input(id).value.trim();
    const fraction = readFraction(text, s.measureWord[measure]);
    input(id).setAttribute("aria-invalid", String(isError(fraction)));
    if (!isError(fraction)) return clean(fraction);
    problems.push(text === "" ? s.targetMissing(s.measureWord[measure]) : s.targetInvalid(s.measureWord[measure], text));
    return 0;
  };
  const result = { cases: read("cases", "target-cases"), money: read("money", "target-money") };
  return problems.length > 0 ? { problems } : { targets: result, problems };
}

/** The picked files, each with its line and, on demand, the pane's views to correct how it is read. */
const files = new PickedFiles(byId("picked"), {
  lang,
  reportDate: () => reportDate() ?? lastCompleteMonthEnd(today()),
  onChange: () => {
    replaceChildren(byId("message"));
    replaceChildren(byId("report-issues"));
  },
});

function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const link = el("a", { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/** The report options the form gives, or what is wrong with it. */
function formOptions(): { options?: ReportOptions; problems: string[] } {
  const date = reportDate();
  const chosen = targets();
  const problems = [...chosen.problems, ...(date ? [] : [t.pane.dateInvalid])];
  if (!chosen.targets || !date) return { problems };
  const options: ReportOptions = {
    reportDate: date,
    targets: chosen.targets,
    office: input("office").value.trim() || undefined,
    lang: byId<HTMLSelectElement>("report-lang").value === "en" ? "en" : "vi",
    countTerminatedMoney: input("count-terminated").checked,
    today: today(),
  };
  return { options, problems };
}

async function build(): Promise<void> {
  const box = byId("message");
  replaceChildren(box);
  replaceChildren(byId("report-issues"));
  const { options, problems } = formOptions();
  if (!options) return replaceChildren(box, messages("error", problems));
  const made = files.report(options);
  if ("problems" in made) return replaceChildren(box, messages("error", made.problems));
  const { doc } = made;
  const skipped = messages("error", made.skipped);
  const noSelect = {}; // no sheet to select a cell in: addresses are shown as text
  if (doc.data.errors.length > 0) {
    replaceChildren(box, messages("error", [t.files.blocked]), skipped);
    return replaceChildren(byId("report-issues"), renderIssues(doc.data.errors, lang, noSelect, "report-issue-list"));
  }
  const name = `${reportFileBase(doc.sheets[0].name)}.xlsx`;
  download(await reportBytes(doc), name);
  replaceChildren(box, messages("success", [t.web.downloaded(name), doc.data.summary]), skipped);
  replaceChildren(byId("report-issues"), renderIssues(doc.data.warnings, lang, noSelect, "report-issue-list"));
}

/** Runs one action at a time, any unexpected failure shown as a line rather than lost. */
function guarded(action: () => Promise<void>): () => void {
  return () => {
    if (busy) return;
    busy = true;
    byId("app").setAttribute("aria-busy", "true");
    action()
      .catch((err) => replaceChildren(byId("message"), messages("error", [t.cli.unexpected(err instanceof Error ? err.message : String(err))])))
      .finally(() => {
        busy = false;
        byId("app").setAttribute("aria-busy", "false");
      });
  };
}

async function pick(picked: FileList | null | undefined): Promise<void> {
  await files.add([...(picked ?? [])]);
}

/** The system's date, or the day the tests set as the THADS_TODAY global (core/today.ts). */
function today(): CivilDate {
  return todayOf((globalThis as { THADS_TODAY?: unknown }).THADS_TODAY);
}

function start(): void {
  applyLanguage();
  input("report-date").value = isoDate(lastCompleteMonthEnd(today()));
  // The report in the page's language unless the user chooses the other.
  byId<HTMLSelectElement>("report-lang").value = lang;
  showPeriod();
  input("report-date").addEventListener("input", () => {
    showPeriod();
    // A register's cases after the date drop out of the period.
    files.render();
  });
  const chooser = input("files");
  chooser.addEventListener("change", () => guarded(() => pick(chooser.files))());
  const drop = byId("drop");
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    guarded(() => pick(e.dataTransfer?.files))();
  });
  byId("build").addEventListener("click", guarded(build));
  mountYear({ lang, picked: () => files.picked(), options: formOptions, messages, download, guarded }, byId("app"));
  byId("app").setAttribute("aria-busy", "false");
}

start();
