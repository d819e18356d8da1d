/**
 * `thads trend BOOK.xlsx` (one table per month, one sheet each) or `thads trend T10.xlsx T11.xlsx …`
 * (one file per month): the year month by month and its projection (core/year/trend.ts), written as
 * the "Diễn biến" sheet or printed as JSON. Each table's period comes from its title, else from its
 * sheet name (one workbook) or its file name (one file per month). Exit statuses as `thads report`.
 */
import * as path from "path";
import type { Issue } from "../core/table/model";
import { buildTrend, trendJson, type MonthTable } from "../core/year/trend";
import { projectionSentence, trendDocument } from "../core/year/trendSheet";
import { monthTableOf } from "../core/year/titled";
import { words } from "../i18n/problem";
import type { ReportCommand } from "./args";
import { jsonIssue, JsonIssue } from "./json";
import { EXIT_DATA, EXIT_OK, fileError, type Io, printIssues, writeOut } from "./main";
import { Progress } from "./progress";
import { loadTables, type Source } from "./source";

/** Month tables of the files: every sheet of one workbook, or the first table of each file. */
async function monthTables(cmd: ReportCommand, progress: Progress): Promise<{ months: MonthTable[]; errors: JsonIssue[] }> {
  const months: MonthTable[] = [];
  const errors: JsonIssue[] = [];
  const onePerFile = cmd.files.length > 1;
  for (const file of cmd.files) {
    let sources: Source[];
    try {
      // each month read for the period its own title names: --date is no month's
      sources = await loadTables(file, { ...cmd, dateGiven: false }, progress);
    } catch (err) {
      errors.push(fileError(err, file, cmd.lang));
      continue;
    }
    for (const s of onePerFile ? sources.slice(0, 1) : sources) months.push(monthTableOf(s, onePerFile ? path.basename(file) : undefined));
  }
  return { months, errors };
}

export async function trend(cmd: ReportCommand, io: Io): Promise<number> {
  const t = words(cmd.lang).cli;
  const progress = new Progress(io.stderr, !cmd.json);
  const json = (value: unknown) => io.stdout.write(JSON.stringify(value, null, 2) + "\n");
  const { months, errors: fileErrors } = await monthTables(cmd, progress);
  if (fileErrors.length > 0) {
    for (const e of fileErrors) io.stderr.write(`${e.message}\n`);
    if (cmd.json) json({ period: null, months: [], projection: null, target: cmd.targets, warnings: [], errors: fileErrors });
    return EXIT_DATA;
  }
  const result = buildTrend(months, { targets: cmd.targets, lang: cmd.lang, countTerminatedMoney: cmd.countTerminatedMoney });
  const render = (i: Issue) => jsonIssue(i, cmd.lang);
  if (result.errors.length > 0 || cmd.json) {
    if (result.errors.length > 0) printIssues(io.stderr, t.errorsHeading(result.errors.length), result.errors.map(render));
    if (cmd.json) json(trendJson(result, render));
    return result.errors.length > 0 ? EXIT_DATA : EXIT_OK;
  }
  const office = cmd.office ?? months.find((m) => m.table.office)?.table.office ?? "";
  const doc = trendDocument(result, cmd.lang, office)!;
  const out = await writeOut(doc, cmd, io);
  if (out === undefined) return EXIT_DATA;
  printIssues(io.stderr, t.warningsHeading(result.warnings.length), result.warnings.map(render));
  io.stdout.write(`${words(cmd.lang).year.trendWritten(out)}\n${projectionSentence(result, cmd.lang)}\n`);
  return EXIT_OK;
}
