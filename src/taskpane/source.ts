/**
 * What the pane works on: the cells read from the sheet and how they were recognised (a statistics
 * table or a case register), with the user's corrections. Turning it into the statistics table the
 * report is built from goes through the core only; nothing is computed here.
 */
import type { CivilDate } from "../core/periods";
import { aggregateRegister, StatusCount } from "../core/register/aggregate";
import type { RegisterLayout } from "../core/register/recognize";
import { recognizeGrid } from "../core/source";
import { DEFAULT_ELIGIBLE, StatusCategory } from "../core/register/status";
import { extractTable } from "../core/table/extract";
import type { TableLayout } from "../core/table/recognize";
import type { StatTable } from "../core/table/model";
import type { SheetCells } from "../excel/read";
import { headerSignature } from "../excel/settings";

interface Base {
  read: SheetCells;
  /** fingerprint of the header, for the saved mapping */
  signature: string;
  /** rows the user left out of the report: absolute 0-based sheet rows, as Issue.row */
  excludedRows: number[];
}

export interface TableSource extends Base {
  kind: "table";
  layout: TableLayout;
}

export interface RegisterChoices {
  reclassified: Record<string, StatusCategory>;
  eligible: StatusCategory[];
  groupBy: "officer" | "unit";
  moneyUnit: "dong" | "thousand";
}

export interface RegisterSource extends Base, RegisterChoices {
  kind: "register";
  layout: RegisterLayout;
}

export type Source = TableSource | RegisterSource;

/** What is saved in the workbook once the user has confirmed it by creating a report. */
export type SavedMapping = (
  | { kind: "table"; layout: TableLayout; form: FormChoices }
  | ({ kind: "register"; layout: RegisterLayout; form: FormChoices } & RegisterChoices)
) & {
  /** absent in mappings saved before rows could be excluded */
  excludedRows?: number[];
};

/** The pane's step-2 fields worth offering again. */
export interface FormChoices {
  targetCases: string;
  targetMoney: string;
  office: string;
  countTerminatedMoney: boolean;
}

/** A statistics table first, else a case register; the messages of both when neither is found. */
export function recognizeSource(read: SheetCells): Source | { error: string } {
  const found = recognizeGrid(read.cells, { sheetName: read.sheetName, origin: read.origin });
  if (found.kind === "none") return { error: found.reasons.join("\n") };
  if (found.kind === "table") {
    const { layout } = found;
    return { kind: "table", read, layout, signature: headerSignature(read.cells, layout.headerRows, read.origin), excludedRows: [] };
  }
  const { layout } = found;
  return {
    kind: "register",
    read,
    layout,
    signature: headerSignature(read.cells, { first: layout.headerRow, last: layout.headerRow }, read.origin),
    excludedRows: [],
    reclassified: {},
    eligible: [...DEFAULT_ELIGIBLE],
    groupBy: "officer",
    moneyUnit: layout.moneyUnit,
  };
}

export interface Prepared {
  table: StatTable;
  /** registers only: each distinct status with its classification and row count */
  statuses?: StatusCount[];
  /** registers only: distinct statuses still unclassified */
  unclassifiedStatuses: number;
}

/** The statistics table of the source as the user has set it up. */
export function prepare(source: Source, reportDate: CivilDate): Prepared {
  const opts = { sheetName: source.read.sheetName, origin: source.read.origin, excludedRows: source.excludedRows };
  if (source.kind === "table") return { table: extractTable(source.read.cells, source.layout, opts), unclassifiedStatuses: 0 };
  const result = aggregateRegister(source.read.cells, source.layout, {
    ...opts,
    reportDate,
    reclassified: source.reclassified,
    eligibleCategories: source.eligible,
    groupBy: source.groupBy,
    moneyUnit: source.moneyUnit,
  });
  return {
    table: result.table,
    statuses: result.statuses,
    unclassifiedStatuses: result.statuses.filter((s) => s.category === null).length,
  };
}

export function mappingOf(source: Source, form: FormChoices): SavedMapping {
  const { excludedRows } = source;
  if (source.kind === "table") return { kind: "table", layout: source.layout, form, excludedRows };
  const { reclassified, eligible, groupBy, moneyUnit } = source;
  return { kind: "register", layout: source.layout, form, reclassified, eligible, groupBy, moneyUnit, excludedRows };
}

/** The source with a saved mapping applied, when the mapping is of the same kind. */
export function withMapping(source: Source, saved: SavedMapping): Source {
  const excludedRows = [...(saved.excludedRows ?? [])];
  if (saved.kind === "table" && source.kind === "table") return { ...source, layout: saved.layout, excludedRows };
  if (saved.kind === "register" && source.kind === "register") {
    const { reclassified, eligible, groupBy, moneyUnit } = saved;
    return { ...source, layout: saved.layout, reclassified, eligible, groupBy, moneyUnit, excludedRows };
  }
  return source;
}

/** The source with a row left out of the report, or put back in (rows kept in sheet order). */
export function withRowExcluded(source: Source, row: number, excluded: boolean): Source {
  const others = source.excludedRows.filter((r) => r !== row);
  return { ...source, excludedRows: excluded ? [...others, row].sort((a, b) => a - b) : others };
}

/** The absolute sheet row where the source's data starts: rows above it (headers) cannot be excluded. */
export function firstDataRow(source: Source): number {
  return source.read.origin.row + (source.kind === "table" ? source.layout.dataStartRow : source.layout.firstDataRow);
}
