/**
 * The JSON printed by `thads report --json`: the report's figures in the shape scripts rely on
 * (period, rows, total, warnings, errors; names fixed), plus the summary, the units of a
 * consolidation and the sources read. Rates, targets and gaps are fractions; money in nghìn đồng.
 */
import { isoDate, Period } from "../core/periods";
import type { MeasureResult, ReportData, ReportDocument, ReportRow } from "../core/report/document";
import { statTableRows, type TableFigures } from "../core/report/statTable";
import type { Issue } from "../core/table/model";
import type { Lang } from "../i18n/lang";
import { issueText, renderProblem, words } from "../i18n/problem";
import type { Source } from "./source";

export interface JsonIssue {
  where: string;
  message: string;
}

/** An issue as the JSON gives it: its message in the command's language. */
export const jsonIssue = (i: Issue, lang: Lang = "vi"): JsonIssue => ({ where: i.where, message: issueText(i, lang) });

/** One measure's figures, with `met` and (as scripts read it) its status word "Đạt" / "Chưa đạt". */
function measure(m: MeasureResult) {
  const { met, notMet } = words("vi").report;
  return { ...m, status: m.met === null ? null : m.met ? met : notMet };
}

function row(r: ReportRow, table: TableFigures | undefined) {
  const rank = r.rank !== undefined ? { rank: r.rank } : {};
  return { name: r.name, ...rank, cases: measure(r.cases), money: measure(r.money), ...(table ? { table } : {}) };
}

/** The rows and total, each with its statistics-table figures (`table`: every category it has). */
function figures(data: ReportData, table: ReturnType<typeof statTableRows>) {
  const rows = data.rows.map((r, i) => row(r, table.rows[i]?.name === r.name ? table.rows[i].figures : undefined));
  return { rows, total: row(data.total, table.total) };
}

/** The statistics table of the report: the members of one source, or one row per unit in a consolidation. */
function statTableOf(doc: ReportDocument, sources: Source[]): ReturnType<typeof statTableRows> {
  if (!doc.units) return statTableRows(sources[0].table);
  const all = statTableRows({ members: sources.flatMap((s) => s.table.members) });
  const units = doc.units.map((u, i) => ({ name: u.name, figures: statTableRows(sources[i].table).total }));
  return { rows: units, total: all.total };
}

function sourceJson(s: Source) {
  return {
    file: s.file,
    sheet: s.sheetName,
    kind: s.kind,
    ...(s.statuses ? { statuses: s.statuses } : {}),
  };
}

/** How each source's table was read (money converted from đồng, its unit assumed), in `lang`. */
export function sourceNotes(sources: Source[], lang: Lang): string[] {
  return sources.flatMap((s) => (s.table.notes ?? []).map((n) => renderProblem(n, lang)));
}

/** The report as JSON; `sources[i]` is the file of `doc.units[i]` in a consolidation. */
export function reportJson(doc: ReportDocument, sources: Source[], lang: Lang = "vi") {
  const { data } = doc;
  return {
    office: data.office,
    period: data.period,
    ...figures(data, statTableOf(doc, sources)),
    summary: data.summary,
    belowTarget: data.belowTarget,
    ...(doc.units
      ? {
          units: doc.units.map((u, i) => ({
            name: u.name,
            file: sources[i]?.file,
            sheet: u.sheetName,
            ...figures(u.data, statTableRows(sources[i].table)),
          })),
        }
      : {}),
    sources: sources.map(sourceJson),
    /** how the tables were read: money converted from đồng, or its unit assumed */
    notes: sourceNotes(sources, lang),
    warnings: data.warnings.map((i) => jsonIssue(i, lang)),
    errors: data.errors.map((i) => jsonIssue(i, lang)),
  };
}

/** The JSON when no report could be built (a file unreadable or unrecognised): the errors only. */
export function failureJson(period: Period, errors: JsonIssue[]) {
  return {
    period: { fiscalYear: period.fiscalYear, months: period.months, start: isoDate(period.start), end: isoDate(period.end) },
    rows: [],
    total: null,
    warnings: [],
    errors: errors.map((i) => ({ where: i.where, message: i.message })),
  };
}
