/**
 * What the pane works on: the sheet as recognised (a statistics table or a case register), with the
 * user's corrections and choices. Turning it into the statistics table the report is built from is
 * the core's one step (core/statistics.ts), the same the command calls; nothing is computed here.
 */
import type { Grid } from "../core/grid";
import type { CivilDate } from "../core/periods";
import type { RegisterLayout } from "../core/register/recognize";
import { DEFAULT_ELIGIBLE } from "../core/register/status";
import { recognizeGrid } from "../core/source";
import { RegisterChoices, SheetStatistics, statisticsOf } from "../core/statistics";
import type { Issue, MoneyUnit } from "../core/table/model";
import type { TableLayout } from "../core/table/recognize";
import { headerSignature } from "../excel/settings";

export type { RegisterChoices } from "../core/statistics";

interface Base {
  /** the cells as recognised */
  grid: Grid;
  /** fingerprint of the header, for the saved mapping */
  signature: string;
  /** rows the user left out of the report: absolute 0-based sheet rows, as Issue.row */
  excludedRows: number[];
  /** the selected area's address when the selection, not the whole sheet, was read */
  selection?: string;
  /** the picked file it was read from ("Thêm tệp…", the page): named with the sheet in messages on the whole table */
  file?: string;
  /** the user chose to leave the hidden and filtered rows out (core/hiddenRows.ts) */
  skipHidden?: boolean;
}

export interface TableSource extends Base {
  kind: "table";
  layout: TableLayout;
  /** the money unit the user chose over the one the headers say; undefined: as recognised */
  moneyUnit?: MoneyUnit;
}

export interface RegisterSource extends Base, RegisterChoices {
  kind: "register";
  layout: RegisterLayout;
}

export type Source = TableSource | RegisterSource;

/** What is saved in the workbook once the user has confirmed it by creating a report. */
export type SavedMapping = (
  | { kind: "table"; layout: TableLayout; form: FormChoices; moneyUnit?: MoneyUnit }
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

/** A statistics table first, else a case register; why neither was found (one issue per kind) otherwise. */
export function recognizeSource(grid: Grid): Source | { reasons: Issue[] } {
  const found = recognizeGrid(grid);
  if (found.kind === "none") return { reasons: found.reasons };
  if (found.kind === "table") {
    const { layout } = found;
    return { ...found, signature: headerSignature(found.grid.cells, layout.headerRows, grid.origin), excludedRows: [] };
  }
  const { layout } = found;
  return {
    ...found,
    signature: headerSignature(found.grid.cells, { first: layout.headerRow, last: layout.headerRow }, grid.origin),
    excludedRows: [],
    reclassified: {},
    eligible: [...DEFAULT_ELIGIBLE],
    groupBy: "officer",
    moneyUnit: layout.moneyUnit,
  };
}

/** The statistics table of the source as the user has set it up. */
export function prepare(source: Source, reportDate: CivilDate): SheetStatistics {
  const read = statisticsOfSource(source, reportDate);
  if (source.file === undefined) return read;
  return { ...read, table: { ...read.table, readFrom: { sheet: source.grid.sheetName, file: source.file } } };
}

function statisticsOfSource(source: Source, reportDate: CivilDate): SheetStatistics {
  const { excludedRows, skipHidden } = source;
  if (source.kind === "table") return statisticsOf(source, { reportDate, excludedRows, skipHidden, moneyUnit: source.moneyUnit });
  const { reclassified, eligible, groupBy, moneyUnit } = source;
  return statisticsOf(source, { reportDate, excludedRows, skipHidden, register: { reclassified, eligible, groupBy, moneyUnit } });
}

export function mappingOf(source: Source, form: FormChoices): SavedMapping {
  const { excludedRows } = source;
  if (source.kind === "table") return { kind: "table", layout: source.layout, form, excludedRows, ...(source.moneyUnit ? { moneyUnit: source.moneyUnit } : {}) };
  const { reclassified, eligible, groupBy, moneyUnit } = source;
  return { kind: "register", layout: source.layout, form, reclassified, eligible, groupBy, moneyUnit, excludedRows };
}

/** The source with a saved mapping applied, when the mapping is of the same kind. */
export function withMapping(source: Source, saved: SavedMapping): Source {
  const excludedRows = [...(saved.excludedRows ?? [])];
  if (saved.kind === "table" && source.kind === "table") return { ...source, layout: saved.layout, excludedRows, moneyUnit: saved.moneyUnit };
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
  return source.grid.origin.row + (source.kind === "table" ? source.layout.dataStartRow : source.layout.firstDataRow);
}
