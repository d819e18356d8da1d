/**
 * The mapping the user confirmed (which column is which, how each status is classified, the targets)
 * is saved in the workbook itself (document settings), so it travels with the file and is offered
 * again the next time the same table is opened. The sheets of the reports it wrote are recorded
 * there too (reportRecords).
 *
 * saveAsync writes the settings into the OPEN workbook only: they reach the file when the user saves
 * the workbook, and are lost if it is closed without saving ("The settings created by using the
 * methods of the Settings object are saved per add-in and per document", Office.Settings; saveAsync
 * "persists the in-memory copy of the settings property bag in the document"). The pane says so
 * after a mapping is confirmed (words.excel.mappingSaved). A mapping is keyed by the sheet name and a signature
 * of the header: if the header changes, the old mapping no longer applies and is not offered.
 */
import type { Origin } from "../core/grid";
import { foldText } from "../core/text";
import { problem } from "../i18n/problem";
import { ProblemError } from "../i18n/problemError";

const PREFIX = "thads.mapping";
const VERSION = 1;

interface Stored<T> {
  version: number;
  savedAt: string;
  mapping: T;
}

/**
 * A short fingerprint of the header rows (first..last, 0-based rows of `cells`) and where the table
 * starts: the same labels in the same places give the same signature.
 */
export function headerSignature(
  cells: unknown[][],
  rows: { first: number; last: number },
  origin: Origin,
): string {
  const parts = [`${origin.row},${origin.col}`];
  for (let r = rows.first; r <= rows.last && r < cells.length; r++) parts.push(cells[r].map(foldText).join("|"));
  return fnv1a(parts.join("\n"));
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell one header from another. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

export function mappingKey(sheetName: string, signature: string): string {
  return `${PREFIX}:${sheetName}:${signature}`;
}

/** The mapping saved for this sheet and header, if any (and if saved by this version). */
export function loadMapping<T>(sheetName: string, signature: string): { mapping: T; savedAt: string } | undefined {
  const stored = Office.context.document.settings.get(mappingKey(sheetName, signature)) as Stored<T> | null;
  if (!stored || stored.version !== VERSION || typeof stored.mapping !== "object") return undefined;
  return { mapping: stored.mapping, savedAt: stored.savedAt };
}

/** Saves the mapping in the open workbook (kept when the workbook is saved); resolves once Office has taken it. */
export function saveMapping<T>(sheetName: string, signature: string, mapping: T, now = new Date()): Promise<void> {
  const settings = Office.context.document.settings;
  const stored: Stored<T> = { version: VERSION, savedAt: now.toISOString(), mapping };
  settings.set(mappingKey(sheetName, signature), stored);
  return saveSettings();
}

/** Persists the settings in the open workbook; resolves once Office has taken them. */
function saveSettings(): Promise<void> {
  const settings = Office.context.document.settings;
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else {
        const cause = { code: result.error?.name, message: result.error?.message ?? String(result.status) };
        reject(new ProblemError(problem("excelSettingsNotSaved", { cause })));
      }
    });
  });
}

// ---------- The report sheets the pane wrote ----------

/**
 * The sheets of each report the pane wrote, kept in the workbook's settings beside the mappings:
 * so the pane never takes its own report for a table to recognise (it goes back to the report's
 * source), and a second report of the same period can replace the first.
 */
export interface ReportRecord {
  /** the report's sheets, first the one activated */
  sheets: string[];
  /** the sheet the report was built from */
  source: string;
  /** the report's period, as its start and end dates: "2020-10-01/2021-08-31" */
  period: string;
  savedAt: string;
}

const REPORTS = "thads.reports";

export function reportRecords(): ReportRecord[] {
  const stored = Office.context.document.settings.get(REPORTS) as Stored<ReportRecord[]> | null;
  return stored && stored.version === VERSION && Array.isArray(stored.mapping) ? stored.mapping : [];
}

const sameName = (a: string, b: string) => a.toLocaleLowerCase("vi") === b.toLocaleLowerCase("vi");

/** The report a sheet belongs to, if the pane wrote it. */
export function reportOfSheet(sheetName: string): ReportRecord | undefined {
  return reportRecords().find((r) => r.sheets.some((s) => sameName(s, sheetName)));
}

/** The last report of this source and period whose sheets are all still in the workbook. */
export function previousReport(source: string, period: string, sheetNames: readonly string[]): ReportRecord | undefined {
  const present = (name: string) => sheetNames.some((n) => sameName(n, name));
  return reportRecords()
    .filter((r) => r.source === source && r.period === period && r.sheets.length > 0 && r.sheets.every(present))
    .pop();
}

/**
 * Records a report the pane has written; records naming any of its sheets (the one it replaced, or
 * a report whose sheet was deleted and its name reused) are dropped. Resolves once Office has it.
 */
export function recordReport(record: Omit<ReportRecord, "savedAt">, now = new Date()): Promise<void> {
  const others = reportRecords().filter((r) => !r.sheets.some((s) => record.sheets.some((n) => sameName(n, s))));
  const stored: Stored<ReportRecord[]> = { version: VERSION, savedAt: now.toISOString(), mapping: [...others, { ...record, savedAt: now.toISOString() }] };
  Office.context.document.settings.set(REPORTS, stored);
  return saveSettings();
}
