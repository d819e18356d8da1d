/** English texts of the files area: the same keys as ../vi/files.ts, checked by the type. */
import { FORMATS } from "../format";
import type * as vi from "../vi/files";

const WRITE_REASONS: Record<vi.WriteReason, string> = {
  noFolder: "the folder does not exist",
  denied: "no permission to write, or the file is open in Excel",
  diskFull: "the disk is full",
  isFolder: "it is a folder",
  other: "",
};

const inBrackets = (text: string) => (text ? ` (${text})` : "");
const n = FORMATS.en.number;

export const problems: typeof vi.problems = {
  filesMissing: (p) => `File "${p.file}" not found.`,
  filesNotFile: (p) => `"${p.file}" is a directory, not an .xlsx file.`,
  filesLocked: (p) => `Cannot open "${p.file}": the file is locked or not readable.`,
  filesLegacyXls: (p) =>
    `"${p.file}" is an Excel 97-2003 (.xls) or password-protected file: open it in Excel, remove the password and save it as .xlsx.`,
  filesNotXlsx: (p) => `"${p.file}" is not an Excel .xlsx file.`,
  filesNoWorksheet: (p) =>
    `"${p.file}" holds only chart sheets (${p.sheets.map((s) => `"${s}"`).join(", ")}), no worksheet with figures: ` +
    `open the file that holds the statistics table or the case register.`,
  filesCorrupt: (p) => `"${p.file}" is damaged and cannot be read${inBrackets(p.reason)}.`,
  filesNoSheet: (p) => `"${p.file}" has no sheet "${p.sheet}" (${p.sheets.map((s) => `"${s}"`).join(", ")}).`,
  filesExists: (p) => `"${p.file}" already exists; use --force to overwrite it or --out to choose another name.`,
  filesWriteFailed: (p) => `Cannot write "${p.file}"${inBrackets(p.reason === "other" ? p.detail : WRITE_REASONS[p.reason])}.`,
  filesUnsavedResults: (p) =>
    `${n(p.count)} formula cell${p.count === 1 ? " has" : "s have"} no saved result and ${p.count === 1 ? "is" : "are"} read as blank ` +
    `(${p.shown.join(", ")}${p.more > 0 ? ` and ${n(p.more)} more` : ""}); ` +
    `if ${p.count === 1 ? "it holds a number" : "they hold numbers"}, open the file in Excel and save it again.`,
  filesBadRange: (p) => `Invalid cell address in the report document: "${p.range}".`,
  filesPartMissing: (p) => `ExcelJS did not write the part ${p.part} of the .xlsx file.`,
  filesSheetPartMissing: (p) => `Sheet "${p.sheet}" is missing from the file ExcelJS wrote.`,
  filesUnclosedPart: (p) => `<${p.element}> is not closed in a part of the .xlsx file.`,
  filesDrawingExists: () => "The sheet already has a drawing.",
};

export const words: typeof vi.words = {
  heading: "Or consolidate the units' files",
  hint: "Choose one or several .xlsx workbooks (one unit per file): the consolidated report is written into the open workbook.",
  add: "Add files…",
  loading: "Loading the .xlsx reader…",
  loadFailed: "The file reader (files.js) could not be loaded from the add-in's server; try again.",
  reading: (name) => `Reading ${name}…`,
  recognised: (p) =>
    `${p.file}: ${p.kind === "table" ? "statistics table" : "case register"} on sheet "${p.sheet}", ` +
    `${n(p.members)} ${p.memberKind === "unit" ? (p.members === 1 ? "unit" : "units") : p.members === 1 ? "officer" : "officers"}.`,
  unclassified: (file, count) => `${file}: ${n(count)} ${count === 1 ? "status is" : "statuses are"} not classified; classify them before creating the report.`,
  edit: "View, correct",
  /** the button's name for screen readers: its visible text and the file it acts on */
  editLabel: (file) => `View, correct: ${file}`,
  editTitle: (file) => `View and correct how ${file} is read`,
  remove: "Remove",
  removeLabel: (file) => `Remove: ${file}`,
  removeTitle: (file) => `Remove ${file} from the report`,
  clear: "Remove all files",
  detailTitle: (file) => `File ${file}`,
  reportFromFiles: (count) => `"Create report" will consolidate ${n(count)} usable ${count === 1 ? "file" : "files"} (not the table on the sheet).`,
  blocked: "Report not created: fix the errors below in the files and pick them again, or leave the rows out under the file's “View, correct”.",
  noFiles: "No file chosen yet, or none of them can be used.",
  skipped: (count) => `${n(count)} ${count === 1 ? "file" : "files"} could not be used and are not in the report.`,
};
