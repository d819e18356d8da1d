/**
 * `thads report FILE.xlsx … --date … --target-cases … --target-money …`: reads the workbooks, builds
 * the report with the core (one file: its report; several: the consolidation, one unit per file) and
 * writes it as .xlsx, or prints it as JSON. Exit status 0 report produced, 1 problems in the files or
 * their data (listed with cell addresses, nothing written), 2 wrong usage (with the usage text).
 */
import * as path from "path";
import { isoDate, periodOf, type CivilDate } from "../core/periods";
import type { ReportDocument } from "../core/report/document";
import { documentOfFiles } from "../core/report/files";
import type { Issue } from "../core/table/model";
import type { Lang } from "../i18n/lang";
import { issueText, words } from "../i18n/problem";
import { ProblemError } from "../i18n/problemError";
import { XlsxFileError } from "../xlsx/errors";
import { writeReport } from "../xlsx/write";
import { parseCommand, ReportCommand, reportOptionsOf, UsageError } from "./args";
import { comparedJson, comparedReport, previousCommand } from "./compare";
import { failureJson, jsonIssue, JsonIssue, reportJson as plainReportJson, sourceNotes } from "./json";
import { freeReportPath } from "./output";
import { Progress, ProgressSink } from "./progress";
import { fileTables, loadSource, NotRecognisedError, Source } from "./source";
import { trend } from "./trend";
import { todayOf } from "../core/today";

export interface Io {
  stdout: ProgressSink;
  stderr: ProgressSink;
  cwd: string;
  today: CivilDate;
}

type Messages = ReturnType<typeof words>["cli"];

export const EXIT_OK = 0;
export const EXIT_DATA = 1;
export const EXIT_USAGE = 2;

/** Warnings printed on the terminal; the JSON has them all. */
const MAX_WARNINGS_SHOWN = 20;

/** "  - Sheet1!C7: message", without repeating an address the message already names. */
function issueLine(i: JsonIssue): string {
  const prefix = i.where && !i.message.includes(i.where) ? `${i.where}: ` : "";
  return `  - ${prefix}${i.message}`;
}

export function printIssues(sink: ProgressSink, heading: string, issues: JsonIssue[], limit = Infinity, more?: (n: number) => string) {
  if (issues.length === 0) return;
  const lines = [heading, ...issues.slice(0, limit).map(issueLine)];
  if (issues.length > limit && more) lines.push(`  ${more(issues.length - limit)}`);
  sink.write(lines.join("\n") + "\n");
}


/** The error of a file that cannot be read or holds nothing recognised; anything else is thrown again. */
export function fileError(err: unknown, file: string, lang: Lang): JsonIssue {
  if (err instanceof XlsxFileError) return { where: file, message: err.describe(lang) };
  if (err instanceof NotRecognisedError) {
    return { where: file, message: words(lang).cli.notRecognised(path.basename(file), err.reasons.map((r) => issueText(r, lang))) };
  }
  throw err;
}

/** Reads every file, so that all unreadable ones are listed at once. */
async function readAll(cmd: ReportCommand, progress: Progress) {
  const sources: Source[] = [];
  const errors: JsonIssue[] = [];
  for (const file of cmd.files) {
    try {
      sources.push(await loadSource(file, cmd, progress));
    } catch (err) {
      errors.push(fileError(err, file, cmd.lang));
    }
  }
  return { sources, errors };
}

/**
 * Reads every file for one report date: --date, else the end of the period the first titled table
 * names, else the last month's end. Files read for another date (a consolidation of tables whose
 * titles disagree, or registers beside a titled table) are read again for the one date, so their
 * cases are cut at it and their titles' periods warned about.
 */
async function loadAll(cmd: ReportCommand, progress: Progress) {
  const first = await readAll(cmd, progress);
  if (cmd.dateGiven) return { ...first, cmd };
  const reportDate = first.sources.find((s) => s.kind === "table" && s.titlePeriod?.kind === "period")?.reportDate ?? cmd.reportDate;
  const settled = { ...cmd, reportDate, dateGiven: true };
  const agree = first.sources.every((s) => isoDate(s.reportDate) === isoDate(reportDate));
  return agree ? { ...first, cmd: settled } : { ...(await readAll(settled, progress)), cmd: settled };
}

/** Unclassified register statuses, each with its row count: what the user has to fix. */
function unclassifiedLines(sources: Source[], t: Messages): string[] {
  return sources.flatMap((s) =>
    (s.statuses ?? []).filter((st) => st.category === null).map((st) => `  ${path.basename(s.file)}: ${t.unclassified(st.text, st.count)}`),
  );
}

/**
 * Writes the document to --out, else to a free name from its first sheet's in the working directory;
 * the path written, or undefined when the file could not be written (the reason printed).
 */
export async function writeOut(doc: ReportDocument, cmd: ReportCommand, io: Io): Promise<string | undefined> {
  const out = cmd.out !== undefined ? path.resolve(io.cwd, cmd.out) : freeReportPath(io.cwd, doc.sheets[0].name);
  try {
    await writeReport(doc, out, cmd.force);
    return out;
  } catch (err) {
    if (!(err instanceof XlsxFileError)) throw err;
    io.stderr.write(`${err.describe(cmd.lang)}\n`);
    return undefined;
  }
}

async function report(asked: ReportCommand, io: Io): Promise<number> {
  const t = words(asked.lang).cli;
  const progress = new Progress(io.stderr, !asked.json);
  const json = (value: unknown) => io.stdout.write(JSON.stringify(value, null, 2) + "\n");

  const { sources, errors: fileErrors, cmd } = await loadAll(asked, progress);
  // --compare: the same period last year, read as any input (cli/compare.ts), its title period its own
  const previous = cmd.compare !== undefined ? await readAll(previousCommand(cmd, cmd.compare), progress) : undefined;
  fileErrors.push(...(previous?.errors ?? []));
  if (fileErrors.length > 0) {
    for (const e of fileErrors) io.stderr.write(`${e.message}\n`);
    if (cmd.json) json(failureJson(periodOf(cmd.reportDate), fileErrors));
    return EXIT_DATA;
  }

  const compared = previous ? comparedReport(sources, previous.sources, cmd) : undefined;
  const doc = compared?.doc ?? documentOfFiles(fileTables(sources), reportOptionsOf(cmd));
  const reportJson = (d: ReportDocument, s: Source[], lang: Lang) =>
    compared ? comparedJson(plainReportJson(d, s, lang), compared.comparison, cmd) : plainReportJson(d, s, lang);
  const errors: Issue[] = doc.data.errors;
  if (errors.length > 0) {
    printIssues(io.stderr, t.errorsHeading(errors.length), errors.map((i) => jsonIssue(i, cmd.lang)));
    const unclassified = unclassifiedLines(sources, t);
    if (unclassified.length > 0) io.stderr.write(unclassified.join("\n") + "\n");
    if (cmd.json) json(reportJson(doc, sources, cmd.lang));
    return EXIT_DATA;
  }
  if (cmd.json) {
    json(reportJson(doc, sources, cmd.lang));
    return EXIT_OK;
  }

  const out = await writeOut(doc, cmd, io);
  if (out === undefined) return EXIT_DATA;
  const notes = sourceNotes(sources, cmd.lang);
  if (notes.length > 0) io.stderr.write([t.notesHeading, ...notes.map((n) => `  - ${n}`)].join("\n") + "\n");
  printIssues(io.stderr, t.warningsHeading(doc.data.warnings.length), doc.data.warnings.map((i) => jsonIssue(i, cmd.lang)), MAX_WARNINGS_SHOWN, t.moreWarnings);
  io.stdout.write(`${t.written(out)}\n${doc.data.summary}\n`);
  return EXIT_OK;
}

/** What went wrong where nothing expected it: in the command's language when the error carries a problem. */
function unexpectedText(err: unknown, lang: Lang): string {
  if (err instanceof ProblemError) return err.describe(lang);
  return err instanceof Error ? err.message : String(err);
}

/** Runs the command; never throws (an unexpected failure is one line, exit status 1). */
export async function main(argv: string[], io: Io): Promise<number> {
  let cmd;
  try {
    cmd = parseCommand(argv, io.today);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(`${err.message}\n\n${words(err.lang).cli.usage}`);
    return EXIT_USAGE;
  }
  if (cmd.command === "help") {
    io.stdout.write(words(cmd.lang).cli.usage);
    return EXIT_OK;
  }
  try {
    return cmd.command === "trend" ? await trend(cmd, io) : await report(cmd, io);
  } catch (err) {
    io.stderr.write(`${words(cmd.lang).cli.unexpected(unexpectedText(err, cmd.lang))}\n`);
    return EXIT_DATA;
  }
}

/** Entry point of bin/thads.js. */
export function run(): void {
  // THADS_TODAY=YYYY-MM-DD: the day the tests run the command on (their samples are from 2021).
  const today = todayOf(process.env.THADS_TODAY);
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), today }).then(
    (code) => {
      process.exitCode = code;
    },
  );
}
