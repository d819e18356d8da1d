/**
 * The one step from a sheet to the statistics table a report is built from, which the task pane,
 * the `thads` command (and later the web page) all call: a recognised statistics table is
 * extracted, a recognised case register is aggregated, with the user's choices; and every issue
 * (the reader's, the layout's notes, the figures') is merged here, in one order, so that every
 * caller shows the same warnings for the same sheet.
 */
import { problem } from "../i18n/problem";
import type { Grid } from "./grid";
import { registerCellsIn1900 } from "./dateSystem";
import { hiddenRowsChoice, withoutHiddenExclusions } from "./hiddenRows";
import type { CivilDate } from "./periods";
import { oneNotePerEncoding } from "./encoding/notes";
import { aggregateRegister, StatusCount } from "./register/aggregate";
import type { RegisterLayout } from "./register/recognize";
import type { StatusCategory } from "./register/status";
import { NotRecognized, Recognized, recognizeGrid } from "./source";
import { extractTable } from "./table/extract";
import type { Issue, MoneyUnit, StatTable } from "./table/model";
import { titlePeriodMismatch, titleReportDate } from "./table/titlePeriod";

/** How a register is counted: the user's choices in the pane; the recognised defaults in the command. */
export interface RegisterChoices {
  /** status texts the user classified (keys as in StatusCount.text) */
  reclassified: Record<string, StatusCategory>;
  /** categories counted as "có điều kiện thi hành" */
  eligible: StatusCategory[];
  groupBy: StatTable["memberKind"];
  /** overrides the unit recognised from the headers */
  moneyUnit: RegisterLayout["moneyUnit"];
}

export interface SheetChoices {
  /** the end of the report period: register rows dated after it are left out */
  reportDate: CivilDate;
  /** absolute 0-based sheet rows (as Issue.row) the user left out of the report */
  excludedRows?: readonly number[];
  /** the money unit the user chose over the one recognised (a register's own choice comes first) */
  moneyUnit?: MoneyUnit;
  register?: Partial<RegisterChoices>;
  /** leave hidden and filtered rows out (else they are counted, as SUM counts them); either way a warning lists them */
  skipHidden?: boolean;
  /** the day the report is made (a register's cases dated after it are flagged); default the system's */
  today?: CivilDate;
}

/** The sheet as recognised (its layout possibly corrected by the user) and the statistics table read from it. */
export type SheetStatistics = Recognized & {
  /** every issue: the reader's, then the layout's notes, then those of the figures */
  table: StatTable;
  /** registers only: each distinct status with its classification and row count */
  statuses?: StatusCount[];
};

/** The statistics table of a recognised sheet, with the user's choices. */
export function statisticsOf(found: Recognized, choices: SheetChoices): SheetStatistics {
  const { grid } = found;
  const firstDataRow = found.kind === "table" ? found.layout.dataStartRow : found.layout.firstDataRow;
  const hidden = hiddenRowsChoice(grid, firstDataRow, choices.skipHidden ?? false);
  const chosen = choices.excludedRows ?? [];
  const hiddenOnly = hidden.excluded.filter((r) => !chosen.includes(r));
  const excludedRows = [...chosen, ...hiddenOnly];
  const where = { sheetName: grid.sheetName, origin: grid.origin, excludedRows };
  const read = [...grid.issues, ...hidden.issues];
  if (found.kind === "table") {
    const table = extractTable(grid.cells, found.layout, { ...where, moneyUnit: choices.moneyUnit, dateCells: grid.dateCells });
    // A date in another period than the title's is most often a slip: said, naming the title cell.
    const mismatch = titlePeriodMismatch(found.layout, choices.reportDate);
    const own = { ...table, issues: withoutHiddenExclusions(table.issues, hiddenOnly) };
    return { ...found, table: withIssues(own, [...read, ...(mismatch ? [mismatch] : [])], grid.sheetName) };
  }
  const register = choices.register ?? {};
  const dates = registerCellsIn1900(grid, found.layout);
  const result = aggregateRegister(dates.cells, found.layout, {
    ...where,
    reportDate: choices.reportDate,
    ...(choices.today ? { today: choices.today } : {}),
    reclassified: register.reclassified,
    eligibleCategories: register.eligible,
    groupBy: register.groupBy,
    moneyUnit: register.moneyUnit ?? choices.moneyUnit,
  });
  // Assumptions made while recognising (e.g. no money unit in the headers) must not pass unseen.
  const notes: Issue[] = [...dates.notes, ...found.layout.notes.map((problem): Issue => ({ where: grid.sheetName, problem, severity: "warning" }))];
  // Every case after the date is most often a wrong date (or a register of the next year): said as such.
  if (result.rowsRead > 0 && result.afterReportDate === result.rowsRead) {
    const params = { count: result.rowsRead, reportDate: choices.reportDate, dateKind: found.layout.dateKind };
    notes.push({ where: grid.sheetName, severity: "error", problem: problem("statisticsAllAfterReportDate", params) });
  }
  const own = { ...result.table, issues: withoutHiddenExclusions(result.table.issues, hiddenOnly) };
  return { ...found, table: withIssues(own, [...read, ...notes], grid.sheetName), statuses: result.statuses };
}

/**
 * The report date offered when the user chose none: the end of the period a table's title names
 * ("11 tháng năm 2021" → 31/08/2021), else `fallback` (the end of the last complete month).
 */
export function defaultReportDate(found: Recognized, fallback: CivilDate): CivilDate {
  return (found.kind === "table" ? titleReportDate(found.layout) : undefined) ?? fallback;
}

/** The whole step: a grid recognised, then read with the user's choices; or why nothing was recognised. */
export function sheetStatistics(grid: Grid, choices: SheetChoices): SheetStatistics | NotRecognized {
  const found = recognizeGrid(grid);
  return found.kind === "none" ? found : statisticsOf(found, choices);
}

/** The unit a table's money was read in: đồng when a note says it was converted, else nghìn đồng. */
export function moneyUnitRead(statistics: SheetStatistics): MoneyUnit {
  return (statistics.table.notes ?? []).some((n) => n.code === "tableMoneyInDong") ? "dong" : "thousand";
}

/** Statuses no rule and no choice of the user classified: the report waits until they are. */
export function unclassifiedStatuses(statistics: SheetStatistics): StatusCount[] {
  return (statistics.statuses ?? []).filter((s) => s.category === null);
}

/** The table with `first` before its own issues (one note per old encoding, wherever each was found). */
function withIssues(table: StatTable, first: Issue[], sheet: string): StatTable {
  return { ...table, issues: first.length === 0 ? table.issues : oneNotePerEncoding([...first, ...table.issues]), readFrom: { sheet } };
}
