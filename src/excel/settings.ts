/**
 * The mapping the user confirmed (which column is which, how each status is classified, the targets)
 * is saved in the workbook itself (document settings), so it travels with the file and is offered
 * again the next time the same table is opened.
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
