/**
 * Excel sheet names: at most 31 characters, none of [ ] : * ? / \, not starting or ending with an
 * apostrophe, unique in the workbook regardless of case. An existing sheet is never overwritten:
 * "Báo cáo 11 tháng 2021" becomes "Báo cáo 11 tháng 2021 (2)", "(3)", …
 */
import { words } from "../../i18n/problem";

export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[[\]:*?/\\\u0000-\u001f]/g;

/** A valid sheet name from any text (forbidden characters become "-"), or the fallback when empty. */
export function validSheetName(text: string, fallback = words("vi").report.sheetNameFallback): string {
  const name = text
    .normalize("NFC") // Excel counts composed characters: "ộ" is one
    .replace(FORBIDDEN, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .slice(0, MAX_SHEET_NAME)
    .trim();
  return name === "" ? fallback : name;
}

/** `wanted` made valid, with " (2)", " (3)", … when the name is taken; never longer than 31 characters. */
export function uniqueSheetName(wanted: string, existing: string[]): string {
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase("vi")));
  const base = validSheetName(wanted);
  if (!taken.has(base.toLocaleLowerCase("vi"))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLocaleLowerCase("vi"))) return candidate;
  }
}

/** Long office names in the forms' usual short form, so that unit sheets stay apart within 31 characters. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/thi hành án dân sự/giu, "THADS"],
  [/khu vực/giu, "KV"],
];

/** A unit's sheet name: its name as is when it fits, else abbreviated ("PHÒNG THADS KV 1"). */
export function unitSheetName(name: string): string {
  const nfc = name.normalize("NFC").replace(/\s+/g, " ").trim();
  if (nfc.length <= MAX_SHEET_NAME) return nfc;
  return ABBREVIATIONS.reduce((text, [pattern, short]) => text.replace(pattern, short), nfc);
}
