/** English texts of the register area: the same keys as ../vi/register.ts, checked by the type. */
import { FORMATS } from "../format";
import type * as vi from "../vi/register";

const f = FORMATS.en;

const fields: typeof vi.words.fields = {
  officer: "Enforcement officer",
  unit: "Unit",
  status: "Status / Result",
  date: "Accepted date / Decision date",
  acceptedDate: "Accepted date",
  decisionDate: "Decision date",
  resultDate: "Result date",
  decisionNumber: "Decision number",
  amount: "Amount to enforce",
  collected: "Amount collected",
  terminatedAmount: "Amount terminated",
};

const kinds: Record<vi.RegisterSummarised, string> = {
  registerStatusUnclassified: "status not classified",
  registerDateBlank: "date missing",
  registerMonthOver12: "month above 12",
  registerDateUnreadable: "date not readable",
  registerTwoDigitYear: "year in two digits",
  registerNotANumber: "not a number",
  registerNegative: "negative number",
  registerTextNumber: "number stored as text",
  registerNoMember: "no name",
  registerCollectedOver: "collected above the amount to enforce",
  registerRowExcluded: "rows left out of the report",
  registerResultBeforeAccepted: "result date before the accepted date",
  registerCompletedOwing: "completed with money still owed",
  registerResultOnOpenCase: "result date on an open case",
  registerAcceptedInFuture: "accepted date after today",
  registerDuplicateDecision: "duplicate decision number",
};

const sheetPrefix = (sheet?: string) => (sheet ? `Sheet "${sheet}": ` : "");
const column = (header: string) => (header ? ` (${header})` : "");

export const problems: typeof vi.problems = {
  registerNoHeader: (p) =>
    `${sheetPrefix(p.sheet)}no header row of a case register found (columns Enforcement officer, Status, Amount …).`,
  registerMissingColumns: (p) =>
    `${sheetPrefix(p.sheet)}the header row (row ${p.row}) lacks the columns: ${p.missing.map((m) => fields[m]).join(", ")}.`,
  registerDuplicateColumns: (p) =>
    `Columns with a repeated name were ignored: ${p.columns.map((c) => `${c.label} (column ${c.col})`).join(", ")}.`,
  registerNoAcceptedDate: () => "No accepted-date column: the decision date decides the report period.",
  registerMixedUnits: () => "The headers state different money units: thousands of dong assumed, check and choose again.",
  registerNoUnit: () =>
    "The headers state no money unit: thousands of dong (1,000 VND) assumed; choose again if the register is kept in dong.",
  registerNoResultDate: () =>
    "The register has no result-date column (date completed, date terminated …): statuses are taken as they stand today, " +
    "not at the report date; cases closed in earlier years or after the report date are still counted. " +
    "For exact figures, add the result-date column.",
  registerMoneyUnitUnreadable: (p) =>
    `Cell ${p.cell} states the money unit "${p.text}": only dong or thousand dong can be read; convert the register's amounts to one of them (and its header).`,
  registerNoUnitColumn: () => "The case register has no Unit column: it cannot be summarised by unit.",
  registerUnknownCategory: (p) =>
    `Status category "${p.text}" not recognised. Use one of: ${p.choices.join(", ")} (or a code name: completed, terminated, ` +
    "inProgress, postponed, suspended, notEligible, delegatedOut, revoked, eligible).",
  registerStatusUnclassified: (p) =>
    `status ${p.text === "" ? "blank" : `"${p.text}"`} is not classified; choose a category for it.`,
  registerDateBlank: (p) => `date missing${column(p.header)}: the report period of this case is unknown.`,
  registerMonthOver12: (p) =>
    `date "${p.text}" has month ${p.month}, above 12${p.swapped ? " — perhaps typed month first" : ""}; type day/month/year.`,
  registerTwoDigitYear: (p) => `the date "${p.text}" has a two-digit year: read as ${f.date(p.date)} (day first, year 20yy); write the year in full.`,
  registerDateUnreadable: (p) => `"${p.text}" is not a date${column(p.header)}: type day/month/year, e.g. 31/08/2021.`,
  registerNotANumber: (p) => `"${p.text}" is not a number${column(p.header)}.`,
  registerNegative: (p) => `negative number ${f.number(p.value)}${column(p.header)}.`,
  registerTextNumber: (p) => `number "${p.text}" is stored as text, read as ${f.number(p.value)}.`,
  registerNoMember: (p) => `case with no ${p.memberKind === "unit" ? "unit" : "enforcement officer"}: counted under "${p.name}".`,
  registerCollectedOver: (p) =>
    `amount collected ${f.number(p.collected)} is above the amount to enforce ${f.number(p.amount)}: check the columns.`,
  registerRowExcluded: (p) => `Row ${p.line}${p.name ? ` (${p.name})` : ""} was left out of the report by the user.`,
  registerMore: (p) => `… and ${f.number(p.count)} more cells: ${kinds[p.of]}.`,
  registerClosedWithoutResultDate: (p) =>
    `${f.number(p.count)} closed cases have no result date (first: cell ${p.first}): they are counted by their status ` +
    "as it stands; write their result dates for figures exact at the report date.",
  registerResultBeforeAccepted: (p) =>
    `result date ${f.date(p.result)} is before the accepted date ${f.date(p.accepted)} (cell ${p.acceptedCell}): ` +
    "correct the dates or leave this row out of the report.",
  registerCompletedOwing: (p) =>
    `case completed, but the amount collected ${f.number(p.collected)} is below the amount to enforce ${f.number(p.amount)}.`,
  registerResultOnOpenCase: (p) => `case with status "${p.status}" (still open) has a result date.`,
  registerAcceptedInFuture: (p) => `accepted date ${f.date(p.date)} is after today.`,
  registerDuplicateDecision: (p) => `decision number "${p.number}" is also in cell ${p.other}.`,
};

export const words: typeof vi.words = {
  fields,
  statusCategories: {
    completed: "Completed",
    terminated: "Terminated",
    inProgress: "In progress",
    postponed: "Postponed",
    suspended: "Suspended",
    notEligible: "Not yet enforceable",
    delegatedOut: "Delegated",
    revoked: "Revoked",
  },
  noMember: { officer: "(No enforcement officer)", unit: "(No unit)" },
  statTable: {
    sheetName: (p) => `Statistics ${p.months} months ${p.fiscalYear}`,
    title: "CIVIL JUDGMENT ENFORCEMENT STATISTICS",
    units: "Units: cases; thousand dong",
  },
};
