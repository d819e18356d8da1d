/** English texts of the table area: the same keys as ../vi/table.ts, checked by the type. */
import { FORMATS } from "../format";
import type { Category, FigureCell, Identity, LayoutGap, Measure, MoneyUnit } from "../../core/table/model";
import type * as vi from "../vi/table";

const { number, percent } = FORMATS.en;

const categories: Record<Category, string> = {
  carriedOver: "Carried over",
  newlyAccepted: "Newly accepted",
  accepted: "Total accepted",
  delegatedOut: "Delegated",
  revoked: "Revoked",
  mustEnforce: "Must be enforced",
  eligible: "Enforceable",
  completed: "Completed",
  terminated: "Terminated",
  inProgress: "In progress",
  postponed: "Postponed",
  suspended: "Suspended",
  notEligible: "Not yet enforceable",
  backlog: "Carried to next period",
  target: "Target",
};

const measures: Record<Measure, string> = { cases: "By cases", money: "By money" };

const units: Record<MoneyUnit, string> = { dong: "dong", thousand: "thousand dong" };
const figure = (m: Measure) => (m === "cases" ? "a case count" : "an amount");

const category = (c: Category) => categories[c].toLowerCase();
const measure = (m: Measure) => measures[m].toLowerCase();

const at = (p: FigureCell) => `Cell ${p.cell} (${p.member}, ${category(p.category)}, ${measure(p.measure)})`;
const who = (member: string, m: Measure) => `${member} (${measure(m)})`;

const identities: Record<Identity, string> = {
  accepted: "carried over + newly accepted",
  mustEnforce: "total accepted − delegated − revoked",
  split: "enforceable + not yet enforceable",
  backlog: "must be enforced − (completed + terminated)",
};

const gaps: Record<LayoutGap, string> = {
  eligible: 'No "enforceable" column was found.',
  completed: 'No "completed" column was found.',
  apart: 'The "enforceable" and "completed" columns are not both by cases or both by money.',
  name: "No column of unit or officer names was found.",
};

const period = (p: { months: number; fiscalYear: number; start: Date3; end: Date3 }) =>
  `${p.months} month${p.months === 1 ? "" : "s"} of statistical year ${p.fiscalYear} (${FORMATS.en.date(p.start)} – ${FORMATS.en.date(p.end)})`;
type Date3 = { year: number; month: number; day: number };

const rows = (first: number, last: number) => (first === last ? `row ${first}` : `rows ${first}–${last}`);

export const problems: typeof vi.problems = {
  tableRowExcluded: (p) => `Row ${p.line}${p.name ? ` (${p.name})` : ""} was left out of the report, as the user chose.`,
  tableRowWithoutName: (p) => `Row ${p.line} has figures but no name (cell ${p.cell}): the row is not counted.`,
  tableNotANumber: (p) => `${at(p)}: "${p.text}" is not a number.`,
  tableNegative: (p) => `${at(p)}: the negative number ${number(p.value)} is not allowed.`,
  tableTargetInvalid: (p) => `${at(p)}: the target "${p.text}" is not a rate from 0 to 100%.`,
  tableNumberAsText: (p) =>
    `${at(p)}: the number was typed as text "${p.text}", read as ${p.category === "target" ? percent(p.value) : number(p.value)}.`,
  tableCountNotWhole: (p) => `${at(p)}: the case count ${number(p.value)} is not a whole number.`,
  tablePercentInFigure: (p) => `${at(p)}: "${p.text}" is a percentage, not ${figure(p.measure)}.`,
  tableDateInFigure: (p) => `${at(p)}: the cell is formatted as a date, not ${figure(p.measure)}.`,
  tableCurrencyText: (p) =>
    `${at(p)}: the amount "${p.text}" carries a currency word; read as ${number(p.value)} in the column's unit ` +
    `(${units[p.unit]}); check it if it is not in that unit.`,
  tableMoneyInDong: (p) =>
    `The table's money is in dong (${p.chosen ? "as chosen" : `cell ${p.cells.join(", ")}`}): converted to thousand dong, ` +
    `each figure rounded once to the nearest thousand (500 dong rounds up).`,
  tableMoneyUnitUnreadable: (p) =>
    `Cell ${p.cell} states the money unit "${p.text}": only dong or thousand dong can be read; convert the table to one of them, or choose the money unit.`,
  tableMoneyUnitAssumed: () => "The table states no money unit: amounts are taken as thousand dong.",
  tableSecondTable: (p) =>
    `The table ends before row ${p.line}: from cell ${p.cell} on is the header of another table, which is not read. ` +
    `To report that table, select its range (or use --range) and recognise again.`,
  tableDoneAboveEligible: (p) =>
    `${who(p.member, p.measure)}: completed + terminated = ${number(p.done)} is more than the enforceable ` +
    `${number(p.eligible)} (cell ${p.cell}): the rate is above 100%.`,
  tableIdentity: (p) =>
    `${who(p.member, p.measure)}: ${category(p.category)} ${number(p.actual)} (cell ${p.cell}) differs from ` +
    `${identities[p.identity]} = ${number(p.expected)}.`,
  tablePeriodMismatch: (p) =>
    `The chosen report date falls in ${period(p.chosen)}, but the table's title (cell ${p.cell}) names ${period(p.title)}: ` +
    `check the report date.`,
  tableLayoutIncomplete: (p) => gaps[p.missing],
  tableHeaderIncomplete: (p) => `${gaps[p.missing]} The table's header was found at ${rows(p.firstRow, p.lastRow)}${p.sheet ? ` of sheet "${p.sheet}"` : ""}.`,
  tableNotFound: (p) =>
    `No statistics table was found${p.sheet ? ` on sheet "${p.sheet}"` : ""}: no header row has columns such as ` +
    `enforceable, completed, unit or officer.`,
};

export const words: typeof vi.words = {
  categories,
  measures,
};
