/** English texts of the excel area: the same keys as ../vi/excel.ts, checked by the type. */
import { FORMATS } from "../format";
import type * as vi from "../vi/excel";
import type { OfficeCause } from "../vi/excel";

const REASONS: Record<string, string> = {
  RequestPayloadSizeLimitExceeded: "the data sent to Excel exceeds the limit of Excel on the web",
  ResponsePayloadSizeLimitExceeded: "the data Excel returned exceeds the limit of Excel on the web",
  ItemNotFound: "the worksheet or range needed was not found",
  ItemAlreadyExists: "a worksheet of the same name already exists",
  InvalidArgument: "Excel refused a value or a cell address",
  InvalidSelection: "the current selection cannot be used for this",
  AccessDenied: "the workbook is protected or read-only",
  InvalidOperationInCellEditMode: "Excel is editing a cell — press Enter or Esc and try again",
};

function reason(cause: OfficeCause): string {
  return (cause.code && REASONS[cause.code]) || cause.message.split("\n")[0].slice(0, 200);
}

export const problems: typeof vi.problems = {
  excelReadFailed: (p) => `Could not read the table on the worksheet: ${reason(p.cause)}.`,
  excelWriteFailed: (p) =>
    `Could not write the report into the workbook: ${reason(p.cause)}. ` +
    (p.restored ? "The workbook was left as it was." : `Sheet "${p.sheets.join('", "')}" may be half written: delete it.`),
  excelInvalidNumber: (p) => `the report holds an invalid number in cell ${p.cell}`,
  excelSettingsNotSaved: (p) => `Could not save the recognition in the workbook: ${reason(p.cause)}.`,
  excelFirstAreaOnly: (p) =>
    `${FORMATS.en.number(p.areas)} separate areas are selected: only the first (${p.address}) is read. ` +
    "To read another, select that one area alone and recognise again.",
  excelRequirementsMissing: (p) =>
    `This version of Excel lacks ${p.sets.join(", ")}, which the THADS pane needs: use Microsoft 365, Excel 2021/2024 ` +
    "or Excel on the web; elsewhere, use the thads command to build the report from the .xlsx file.",
};

export const words: typeof vi.words = {
  mappingSaved:
    "This recognition was written into the open workbook, to be offered next time. It is kept only when you save the workbook (Ctrl+S); closing without saving loses it.",
};
