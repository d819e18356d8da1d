/**
 * Vietnamese texts of the functions area: the THADS.* functions and the core they use (argument
 * readers, rates, periods, the summary sentence, amounts in words). Problem codes start with
 * "functions" (a test checks they are unique). `arg` is the argument's label as the caller shows
 * it (words.args for the functions, a field's name in the pane); `row`/`col` (from 1) place a cell
 * inside a range argument; `value` is the value given, raw.
 */
import { FORMATS } from "../format";
import { showValue, type ShownValue } from "../shown";

const f = FORMATS.vi;
const shown = (v: ShownValue) => showValue(v, "vi", "(trống)");
const FRACTION_HINT = "nhập tỷ lệ dạng 0,815; 81,5% hoặc 81,5";
const DATE_HINT = "nhập ngày/tháng/năm, ví dụ 31/08/2021";

type Arg = { arg: string };
type ArgValue = Arg & { value: ShownValue };
/** An argument that may be a range: the cell of the range at fault, when it is not a single value. */
type ArgCell = ArgValue & { row?: number; col?: number };
type Money = { amount: number; inThousands: boolean };

/** "done (thi hành xong)" or "done (thi hành xong), dòng 3 cột 1 của vùng". */
const where = (p: ArgCell) => (p.row === undefined ? p.arg : `${p.arg}, dòng ${p.row} cột ${p.col} của vùng`);
const amountShown = (p: Money) =>
  `${Number.isFinite(p.amount) ? f.value(p.amount) : String(p.amount)}${p.inThousands ? " nghìn đồng" : " đồng"}`;

export const problems = {
  functionsNotANumber: (p: ArgCell) => `Đối số ${where(p)}: ${shown(p.value)} không phải là số.`,
  functionsNegative: (p: ArgCell) => `Đối số ${where(p)}: ${shown(p.value)} là số âm; số việc và số tiền không được âm.`,
  functionsNotAFraction: (p: ArgValue) => `Đối số ${p.arg}: ${shown(p.value)} không phải là tỷ lệ (${FRACTION_HINT}).`,
  functionsFractionBlank: (p: Arg) => `Đối số ${p.arg} đang để trống (${FRACTION_HINT}).`,
  functionsFractionOutOfRange: (p: ArgValue) => `Đối số ${p.arg}: ${shown(p.value)} nằm ngoài khoảng 0..100% (${FRACTION_HINT}).`,
  functionsDateBlank: (p: Arg) => `Đối số ${p.arg} đang để trống (nhập ngày, ví dụ 31/08/2021).`,
  functionsArgNotADate: (p: { arg: string; text: string }) => `Đối số ${p.arg}: "${p.text}" không phải là ngày hợp lệ (${DATE_HINT}).`,
  /** A date read elsewhere than an argument: `what` names it (a column's header). */
  functionsNotADate: (p: { what: string; text: string }) => `${p.what}: "${p.text}" không phải là ngày hợp lệ (${DATE_HINT}).`,
  functionsNotMonths: (p: ArgValue) => `Đối số ${p.arg}: ${shown(p.value)} không phải là số tháng (một số nguyên từ 1 đến 12).`,
  functionsNotASwitch: (p: ArgValue) => `Đối số ${p.arg}: ${shown(p.value)} không phải là TRUE hoặc FALSE.`,
  functionsTextBlank: (p: Arg) => `Đối số ${p.arg} đang để trống.`,
  functionsNotText: (p: ArgValue) => `Đối số ${p.arg}: ${shown(p.value)} không phải là chữ.`,
  functionsDoneAboveEligible: (p: { done: number; eligible: number }) =>
    `Số thi hành xong + đình chỉ (${f.value(p.done)}) lớn hơn số có điều kiện (${f.value(p.eligible)}).`,
  functionsDoneAboveMustEnforce: (p: { done: number; mustEnforce: number }) =>
    `Số thi hành xong + đình chỉ (${f.value(p.done)}) lớn hơn tổng số phải thi hành (${f.value(p.mustEnforce)}).`,
  functionsEligibleZero: (_: Record<string, never>) => "Số có điều kiện thi hành bằng 0: không tính được tỷ lệ.",
  functionsMoneyNegative: (p: Money) => `Số tiền ${amountShown(p)}: số tiền không được âm.`,
  functionsMoneyTooLarge: (p: Money) => `Số tiền ${amountShown(p)}: số tiền quá lớn để đọc chính xác.`,
  functionsMoneyNotANumber: (p: Money) => `Số tiền ${amountShown(p)}: không phải là số.`,
};

export const words = {
  /** How each argument of a THADS function is named in messages: its name in Excel, then what it is. */
  args: {
    done: "done (thi hành xong)",
    eligible: "eligible (có điều kiện thi hành)",
    terminated: "terminated (đình chỉ)",
    mustEnforce: "mustEnforce (tổng số phải thi hành)",
    rate: "rate (tỷ lệ)",
    target: "target (chỉ tiêu)",
    caseRate: "caseRate (tỷ lệ về việc)",
    caseTarget: "caseTarget (chỉ tiêu về việc)",
    moneyRate: "moneyRate (tỷ lệ về giá trị)",
    moneyTarget: "moneyTarget (chỉ tiêu về giá trị)",
    months: "months (số tháng)",
    date: "date (ngày)",
    amount: "amount (số tiền)",
    inThousands: "inThousands (đơn vị nghìn đồng)",
    statusRange: "statusRange (vùng trạng thái)",
    category: "category (loại trạng thái)",
    text: "text (chữ)",
    encoding: "encoding (bảng mã)",
  },
  /** THADS.STATUS and the report: whether a rate reaches its target. */
  status: { met: "Đạt", notMet: "Chưa đạt" },
  /** "11 tháng năm 2021" */
  periodName: (months: number, fiscalYear: number) => `${months} tháng năm ${fiscalYear}`,
  /** The pieces of THADS.SUMMARY's sentence; figures arrive formatted, without their % sign. */
  summary: {
    sentence: (period: string, cases: string, money: string) => `Kết quả thi hành án${period} đã đạt tỷ lệ ${cases} và đạt tỷ lệ ${money}.`,
    period: (months: number) => ` ${months} tháng`,
    part: (rate: string, target: string, measure: string, gap: string) => `${rate}%/${target}% ${measure} (${gap})`,
    cases: "về việc",
    money: "về giá trị",
    short: (gap: string) => `còn thiếu ${gap}%`,
    over: (gap: string) => `vượt ${gap}%`,
    met: "đạt chỉ tiêu",
    justShort: "còn thiếu dưới 0,01%",
  },
};
