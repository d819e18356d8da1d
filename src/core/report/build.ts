/**
 * From a statistics table to the report document: figures (figures.ts), then the sheet (layout.ts);
 * reportFigures and reportDocument are the two steps, apart so the bench can time each.
 * The document is built even when the table has errors; the caller shows data.errors and does not
 * write the report while there are any.
 */
import { qualifiedAddress } from "../address";
import { isoDate, monthsRemaining, Period, periodLabel, periodOf } from "../periods";
import { summarySentence } from "../summary";
import { Figures, Issue, Measure, MEASURES, Member, StatTable } from "../table/model";
import type { ReportData, ReportDocument, ReportRow, ReportSheet } from "./document";
import {
  competitionRanks,
  FigureContext,
  memberRows,
  rankingRate,
  sheetTotalDifferences,
  sumFigures,
  totalRow,
} from "./figures";
import type { Lang } from "../../i18n/lang";
import { problem, renderProblem, words, type Problem } from "../../i18n/problem";
import { layoutSheet, type ReportWords } from "./layout";
import type { ReportOptions } from "./options";
import { implausibleReportDate, implausibleTargets } from "./plausible";
import { uniqueSheetName, unitSheetName } from "./sheetName";
import { statTableRows } from "./statTable";
import { statTableSheet } from "./statTableSheet";

export type { ReportOptions } from "./options";
export { uniqueSheetName, validSheetName } from "./sheetName";

/** What every sheet of one run shares, worked out once from the options. */
interface Settings {
  lang: Lang;
  labels: ReportWords;
  period: Period;
  context: FigureContext;
  /** problems with the options themselves (targets outside 0..1, implausible targets and dates) */
  issues: Issue[];
}

function settingsOf(options: ReportOptions): Settings {
  const lang = options.lang ?? "vi";
  const period = periodOf(options.reportDate);
  const issues: Issue[] = [];
  const targets = { ...options.targets };
  for (const m of MEASURES) {
    const t = targets[m];
    if (!(Number.isFinite(t) && t >= 0 && t <= 1)) {
      issues.push({ where: "", severity: "error", problem: problem("reportTargetInvalid", { measure: m, value: t }) });
      targets[m] = 0; // keeps every figure finite; the error stops the report from being written
    }
  }
  issues.push(...implausibleTargets(targets), ...implausibleReportDate(options.reportDate, options.today));
  return {
    lang,
    labels: words(lang).report,
    period,
    context: {
      targets,
      monthsRemaining: monthsRemaining(period),
      countTerminatedMoney: options.countTerminatedMoney ?? true,
    },
    issues,
  };
}

/** The sheet name the user wanted (default "Báo cáo 11 tháng 2021"), unique in the workbook. */
function firstSheetName(options: ReportOptions, settings: Settings): string {
  return uniqueSheetName(options.sheetName ?? settings.labels.sheetName(settings.period), options.existingSheetNames ?? []);
}

const bySeverity = (issues: Issue[], severity: Issue["severity"]) => issues.filter((i) => i.severity === severity);

/**
 * A report's figures, before any sheet is laid out: what the pane shows and what the sheet is
 * built from. reportFigures and reportDocument are the two steps of buildReport.
 */
export interface ReportFigures {
  data: ReportData;
  /** lines under the summary, in the report's language */
  notes: string[];
  memberKind: StatTable["memberKind"];
  /** a register's full statistics table, written on a sheet of its own ("Biểu thống kê …") */
  statTable?: ReturnType<typeof statTableRows>;
}

interface Part extends ReportFigures {
  /** problems found while computing the figures (not those already in the table) */
  found: Issue[];
}

/** The figures of one table: member rows, ranks, total, summary and issues. */
function figuresOf(table: StatTable, settings: Settings, office: string): Part {
  const { labels, period, context } = settings;
  const found: Issue[] = [];
  if (table.members.length === 0) {
    // Named by its file and sheet: in a consolidation, or when the sheet was not the one the user meant.
    const from = table.readFrom;
    const where = from ? qualifiedAddress(from.sheet, "A1") : "";
    found.push({ where, severity: "error", problem: problem("reportNoMembers", from ?? {}) });
  }
  const rows: ReportRow[] = memberRows(table.members, context, found);
  const ranks = competitionRanks(rows.map((r) => rankingRate(r.cases)));
  rows.forEach((r, i) => (r.rank = ranks[i]));
  const sums = sumFigures(table.members);
  const total = totalRow(labels.total, table.members, context, sums);

  const notes: string[] = [];
  const mismatch = table.sheetTotal && sheetTotalMismatch(table.members, table.sheetTotal, sums);
  if (mismatch) {
    notes.push(renderProblem(mismatch, settings.lang));
    found.push({ where: table.sheetTotal?.where ?? "", severity: "warning", problem: mismatch });
  }
  if (!context.countTerminatedMoney) notes.push(labels.terminatedMoneyExcluded);
  for (const note of table.notes ?? []) notes.push(renderProblem(note, settings.lang));

  const issues = [...settings.issues, ...table.issues, ...found];
  const data: ReportData = {
    office,
    period: {
      fiscalYear: period.fiscalYear,
      months: period.months,
      start: isoDate(period.start),
      end: isoDate(period.end),
      label: periodLabel(period, settings.lang),
      monthsRemaining: context.monthsRemaining,
    },
    rows,
    total,
    summary: summaryOf(total, period, labels, settings.lang),
    belowTarget: rows.filter((r) => r.cases.met === false || r.money.met === false).map((r) => r.name),
    warnings: bySeverity(issues, "warning"),
    errors: bySeverity(issues, "error"),
  };
  return { data, notes, memberKind: table.memberKind, found };
}

/** The sheet of figures already computed. */
function sheetOf(figures: ReportFigures, settings: Settings, sheetName: string): ReportSheet {
  return layoutSheet({
    data: figures.data,
    sheetName,
    labels: settings.labels,
    memberKind: figures.memberKind,
    monthsRemaining: settings.context.monthsRemaining,
    countTerminatedMoney: settings.context.countTerminatedMoney,
    notes: figures.notes,
  });
}

/** The "Biểu thống kê" sheet of a register's report, named apart from the sheets taken. */
function statSheetOf(figures: ReportFigures, table: ReturnType<typeof statTableRows>, settings: Settings, taken: string[]): ReportSheet {
  const { lang, labels, period } = settings;
  return statTableSheet({
    ...table,
    sheetName: uniqueSheetName(words(lang).register.statTable.sheetName(period), taken),
    office: figures.data.office,
    periodLabel: figures.data.period.label,
    memberKind: figures.memberKind,
    labels,
    lang,
  });
}

/** The sentence of THADS.SUMMARY for the total; a plain statement when there is no rate to state. */
function summaryOf(total: ReportRow, period: Period, labels: ReportWords, lang: Lang): string {
  const { cases, money } = total;
  if (cases.rate === null || money.rate === null) return labels.noRate;
  return summarySentence({
    months: period.months,
    cases: { rate: cases.rate, target: cases.target },
    money: { rate: money.rate, target: money.target },
  }, lang);
}

/** The problem saying how the source's total row differs, or undefined when it agrees. */
function sheetTotalMismatch(members: Member[], sheetTotal: Member, sums: Record<Measure, Figures>): Problem | undefined {
  const differences = sheetTotalDifferences(members, sheetTotal, sums);
  if (differences.length === 0) return undefined;
  return problem("reportSheetTotalMismatch", { cell: sheetTotal.where ?? "", differences });
}

/** The figures of the report of one statistics table (the first step of buildReport). */
export function reportFigures(table: StatTable, options: ReportOptions): ReportFigures {
  const { data, notes, memberKind } = figuresOf(table, settingsOf(options), options.office ?? table.office ?? "");
  return { data, notes, memberKind, ...(table.source === "register" ? { statTable: statTableRows(table) } : {}) };
}

/** The one-sheet document of figures made by reportFigures with the same options (the second step). */
export function reportDocument(figures: ReportFigures, options: ReportOptions): ReportDocument {
  const settings = settingsOf(options);
  const first = sheetOf(figures, settings, firstSheetName(options, settings));
  const stat = figures.statTable && statSheetOf(figures, figures.statTable, settings, [...(options.existingSheetNames ?? []), first.name]);
  return { sheets: stat ? [first, stat] : [first], data: figures.data };
}

/** The report of one statistics table: one sheet. */
export function buildReport(table: StatTable, options: ReportOptions): ReportDocument {
  return reportDocument(reportFigures(table, options), options);
}

/** A unit's issue in the consolidated list: "[Quận 1]Sheet1!C7", as Excel names a cell of another book. */
function ofUnit(unit: string, issue: Issue): Issue {
  return { ...issue, where: `[${unit}]${issue.where}` };
}

/**
 * Consolidation (tổng hợp): a first sheet with one row per unit (its members summed) and the total over
 * all units, then one sheet per unit with its own members. Every unit row is built from sums exactly as
 * a member row, so the total equals that of one table holding all the units' rows.
 */
export function consolidateReports(
  units: { name: string; table: StatTable }[],
  options: ReportOptions,
): ReportDocument {
  const settings = settingsOf(options);
  const firstName = firstSheetName(options, settings);
  const taken = [...(options.existingSheetNames ?? []), firstName];
  const parts = units.map((unit) => {
    const sheetName = uniqueSheetName(unitSheetName(unit.name), taken);
    taken.push(sheetName);
    return { unit, sheetName, part: figuresOf(unit.table, settings, unit.table.office ?? unit.name) };
  });

  const summed: StatTable = {
    memberKind: "unit",
    members: units.map((u) => ({ name: u.name, ...sumFigures(u.table.members) })),
    issues: [],
    office: options.office,
  };
  const first = figuresOf(summed, settings, options.office ?? "");
  // A unit row's own problems (a sum above 100%) come from member rows already listed under their unit,
  // so only the units' issues are listed, each with its unit's name.
  const issues = [
    ...settings.issues,
    ...parts.flatMap(({ unit, part }) => [...unit.table.issues, ...part.found].map((i) => ofUnit(unit.name, i))),
    ...(units.length === 0 ? first.found : []),
  ];
  const data: ReportData = { ...first.data, warnings: bySeverity(issues, "warning"), errors: bySeverity(issues, "error") };
  return {
    sheets: [sheetOf(first, settings, firstName), ...parts.map((p) => sheetOf(p.part, settings, p.sheetName))],
    data,
    units: parts.map(({ unit, sheetName, part }) => ({ name: unit.name, sheetName, data: part.data })),
  };
}
