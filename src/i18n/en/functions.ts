/** English texts of the functions area: the same keys as ../vi/functions.ts, checked by the type. */
import { FORMATS } from "../format";
import { showValue, type ShownValue } from "../shown";
import type * as vi from "../vi/functions";

type P = typeof vi.problems;
const f = FORMATS.en;
const shown = (v: ShownValue) => showValue(v, "en", "(blank)");
const FRACTION_HINT = "enter a rate as 0.815, 81.5% or 81.5";
const DATE_HINT = "enter day/month/year, e.g. 31/08/2021";

const where = (p: Parameters<P["functionsNotANumber"]>[0]) =>
  p.row === undefined ? p.arg : `${p.arg}, row ${p.row} column ${p.col} of the range`;
const amountShown = (p: Parameters<P["functionsMoneyNegative"]>[0]) =>
  `${Number.isFinite(p.amount) ? f.value(p.amount) : String(p.amount)}${p.inThousands ? " thousand dong" : " dong"}`;

export const problems: P = {
  functionsNotANumber: (p) => `Argument ${where(p)}: ${shown(p.value)} is not a number.`,
  functionsNegative: (p) => `Argument ${where(p)}: ${shown(p.value)} is negative; counts and amounts cannot be negative.`,
  functionsNotAFraction: (p) => `Argument ${p.arg}: ${shown(p.value)} is not a rate (${FRACTION_HINT}).`,
  functionsFractionBlank: (p) => `Argument ${p.arg} is blank (${FRACTION_HINT}).`,
  functionsFractionOutOfRange: (p) => `Argument ${p.arg}: ${shown(p.value)} is outside 0..100% (${FRACTION_HINT}).`,
  functionsDateBlank: (p) => `Argument ${p.arg} is blank (enter a date, e.g. 31/08/2021).`,
  functionsArgNotADate: (p) => `Argument ${p.arg}: "${p.text}" is not a valid date (${DATE_HINT}).`,
  functionsNotADate: (p) => `${p.what}: "${p.text}" is not a valid date (${DATE_HINT}).`,
  functionsNotMonths: (p) => `Argument ${p.arg}: ${shown(p.value)} is not a number of months (a whole number from 1 to 12).`,
  functionsNotASwitch: (p) => `Argument ${p.arg}: ${shown(p.value)} is not TRUE or FALSE.`,
  functionsTextBlank: (p) => `Argument ${p.arg} is blank.`,
  functionsNotText: (p) => `Argument ${p.arg}: ${shown(p.value)} is not text.`,
  functionsDoneAboveEligible: (p) =>
    `Completed + terminated (${f.value(p.done)}) is more than the eligible (${f.value(p.eligible)}).`,
  functionsDoneAboveMustEnforce: (p) =>
    `Completed + terminated (${f.value(p.done)}) is more than the total to enforce (${f.value(p.mustEnforce)}).`,
  functionsEligibleZero: () => "No eligible cases (0): the rate cannot be worked out.",
  functionsMoneyNegative: (p) => `Amount ${amountShown(p)}: an amount cannot be negative.`,
  functionsMoneyTooLarge: (p) => `Amount ${amountShown(p)}: too large to write out exactly.`,
  functionsMoneyNotANumber: (p) => `Amount ${amountShown(p)}: not a number.`,
};

export const words: typeof vi.words = {
  args: {
    done: "done (completed)",
    eligible: "eligible (enforceable)",
    terminated: "terminated",
    mustEnforce: "mustEnforce (total to enforce)",
    rate: "rate",
    target: "target",
    caseRate: "caseRate (rate by cases)",
    caseTarget: "caseTarget (target by cases)",
    moneyRate: "moneyRate (rate by value)",
    moneyTarget: "moneyTarget (target by value)",
    months: "months (number of months)",
    date: "date",
    amount: "amount (of money)",
    inThousands: "inThousands (in thousands of dong)",
    statusRange: "statusRange (status column)",
    category: "category (status category)",
    text: "text",
    encoding: "encoding",
  },
  status: { met: "Met", notMet: "Not met" },
  periodName: (months, fiscalYear) => `${months} month${months === 1 ? "" : "s"} of statistical year ${fiscalYear}`,
  summary: {
    sentence: (period, cases, money) => `Enforcement results${period}: ${cases} and ${money}.`,
    period: (months) => ` over ${months} month${months === 1 ? "" : "s"}`,
    part: (rate, target, measure, gap) => `${rate}%/${target}% ${measure} (${gap})`,
    cases: "by cases",
    money: "by value",
    short: (gap) => `${gap}% short`,
    over: (gap) => `${gap}% over`,
    met: "target met",
    justShort: "less than 0.01% short",
  },
};
