/**
 * The THADS custom functions. Each is a thin wrapper: arguments are read by src/core/coerce.ts,
 * computed by the core, and a core error becomes an Excel error carrying its Vietnamese message.
 * custom-functions-metadata-plugin builds functions.json and the CustomFunctions.associate calls from
 * the JSDoc below, so every function stays a top-level declaration with its @customfunction id.
 * Ids are permanent once shipped.
 *
 * Arguments are typed `unknown` ("any" in functions.json) so that text reaches our readers and gets a
 * Vietnamese message; counts and amounts are `unknown[][]` (a matrix: a cell, a range or a number).
 */
import { ThadsError, Result, isError, valueError } from "../core/errors";
import { asRows, readAmount, readDateArg, readFraction, readMonths, readSwitch, readText } from "../core/coerce";
import { backlog, completionRate, neededToTarget, shortfall, statusWord } from "../core/rates";
import { fiscalYearOf, periodLabel, periodMonthOf, periodOf } from "../core/periods";
import { summarySentence } from "../core/summary";
import { moneyInWords } from "../core/words";
import { countStatus } from "../core/register/status";
import { readEncodingName, rowsInUnicode } from "../core/encoding/cells";
import { problems as encodingProblems } from "../i18n/vi/encoding";

/** How each argument is named in messages: its name in Excel, then what it is. */
const ARG = {
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
  category: "category (loại trạng thái)",
} as const;

/** A core error as the Excel error the user sees: #DIV/0! for division by zero, else #VALUE! with the message. */
function excelError(e: ThadsError): CustomFunctions.Error {
  const code =
    e.kind === "div0"
      ? CustomFunctions.ErrorCode.divisionByZero
      : e.kind === "na"
        ? CustomFunctions.ErrorCode.notAvailable
        : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, e.message);
}

/** The value of a core result, or the Excel error thrown to Excel. */
function ok<T>(r: Result<T>): T {
  if (isError(r)) throw excelError(r);
  return r;
}

/**
 * Tỷ lệ thi hành xong = (thi hành xong + đình chỉ) ÷ có điều kiện thi hành. Trả về phân số: định dạng ô là %. · Completion rate (done + terminated) ÷ eligible.
 * @customfunction RATE
 * @param done Số thi hành xong (việc hoặc nghìn đồng): một số, một ô hoặc một vùng (cộng lại).
 * @param eligible Số có điều kiện thi hành (việc hoặc nghìn đồng): một số, một ô hoặc một vùng.
 * @param terminated Không bắt buộc. Số đình chỉ thi hành án (được tính là đã xong): một số, một ô hoặc một vùng.
 * @returns Tỷ lệ, ví dụ 0,7714 (77,14%).
 */
export function rate(done: unknown[][], eligible: unknown[][], terminated?: unknown[][]): number {
  return ok(
    completionRate(ok(readAmount(done, ARG.done)), ok(readAmount(eligible, ARG.eligible)), ok(readAmount(terminated, ARG.terminated))),
  );
}

/**
 * Còn thiếu so với chỉ tiêu = chỉ tiêu − tỷ lệ (phân số; số âm là vượt chỉ tiêu). · Shortfall: target − rate.
 * @customfunction GAP
 * @param rate Tỷ lệ đạt được: 0,815; 81,5% hoặc 81,5 đều là 81,5%.
 * @param target Chỉ tiêu: 0,815; 81,5% hoặc 81,5 đều là 81,5%.
 * @returns Phần còn thiếu, ví dụ 0,0436 (4,36%); âm khi vượt.
 */
export function gap(rate: unknown, target: unknown): number {
  return shortfall(ok(readFraction(rate, ARG.rate)), ok(readFraction(target, ARG.target)));
}

/**
 * Cần thêm: số việc (hoặc nghìn đồng) ít nhất phải thi hành xong thêm để đạt chỉ tiêu. · More to complete to reach the target.
 * @customfunction NEEDED
 * @param done Số thi hành xong: một số, một ô hoặc một vùng (cộng lại).
 * @param eligible Số có điều kiện thi hành: một số, một ô hoặc một vùng.
 * @param target Chỉ tiêu: 0,815; 81,5% hoặc 81,5 đều là 81,5%.
 * @param terminated Không bắt buộc. Số đình chỉ thi hành án (được tính là đã xong): một số, một ô hoặc một vùng.
 * @returns Số nguyên ≥ 0.
 */
export function needed(done: unknown[][], eligible: unknown[][], target: unknown, terminated?: unknown[][]): number {
  const d = ok(readAmount(done, ARG.done));
  const e = ok(readAmount(eligible, ARG.eligible));
  const t = ok(readAmount(terminated, ARG.terminated));
  const goal = ok(readFraction(target, ARG.target));
  ok(completionRate(d, e, t)); // the same checks as RATE: done + terminated ≤ eligible, eligible > 0
  return neededToTarget(d, e, goal, t);
}

/**
 * "Đạt" khi tỷ lệ đạt chỉ tiêu, ngược lại "Chưa đạt". · Met / not met.
 * @customfunction STATUS
 * @param rate Tỷ lệ đạt được: 0,815; 81,5% hoặc 81,5 đều là 81,5%.
 * @param target Chỉ tiêu: 0,815; 81,5% hoặc 81,5 đều là 81,5%.
 * @returns "Đạt" hoặc "Chưa đạt".
 */
export function status(rate: unknown, target: unknown): string {
  return statusWord(ok(readFraction(rate, ARG.rate)), ok(readFraction(target, ARG.target)));
}

/**
 * Chuyển kỳ sau = tổng số phải thi hành − thi hành xong − đình chỉ. · Carried to the next period.
 * @customfunction BACKLOG
 * @param mustEnforce Tổng số phải thi hành (việc hoặc nghìn đồng): một số, một ô hoặc một vùng.
 * @param done Số thi hành xong: một số, một ô hoặc một vùng (cộng lại).
 * @param terminated Không bắt buộc. Số đình chỉ thi hành án: một số, một ô hoặc một vùng.
 * @returns Số chuyển kỳ sau.
 */
export function backlogOf(mustEnforce: unknown[][], done: unknown[][], terminated?: unknown[][]): number {
  return ok(
    backlog(ok(readAmount(mustEnforce, ARG.mustEnforce)), ok(readAmount(done, ARG.done)), ok(readAmount(terminated, ARG.terminated))),
  );
}

/**
 * Tháng thứ mấy của năm thống kê (từ 1/10 đến 30/9): tháng 10 là 1, … tháng 9 là 12. · Month of the statistical year (October = 1).
 * @customfunction PERIOD
 * @param date Ngày: ô ngày tháng, hoặc chữ dạng ngày/tháng/năm như 31/08/2021.
 * @returns Số tháng của kỳ báo cáo, 1 đến 12.
 */
export function period(date: unknown): number {
  return periodMonthOf(ok(readDateArg(date, ARG.date)));
}

/**
 * Năm thống kê chứa ngày: 01/10/2020 và 30/09/2021 đều thuộc năm 2021. · Statistical year (1 Oct – 30 Sep).
 * @customfunction FISCALYEAR
 * @param date Ngày: ô ngày tháng, hoặc chữ dạng ngày/tháng/năm như 31/08/2021.
 * @returns Năm thống kê, ví dụ 2021.
 */
export function fiscalYear(date: unknown): number {
  return fiscalYearOf(ok(readDateArg(date, ARG.date)));
}

/**
 * Tên kỳ báo cáo kết thúc ở tháng của ngày, ví dụ "11 tháng năm 2021 (01/10/2020 – 31/08/2021)". · Name of the cumulative period.
 * @customfunction PERIODLABEL
 * @param date Ngày: ô ngày tháng, hoặc chữ dạng ngày/tháng/năm như 31/08/2021.
 * @returns Tên kỳ báo cáo.
 */
export function periodLabelOf(date: unknown): string {
  return periodLabel(periodOf(ok(readDateArg(date, ARG.date))));
}

/**
 * Câu kết quả: "Kết quả thi hành án 11 tháng đã đạt tỷ lệ 77,14%/81,5% về việc (còn thiếu 4,36%) và …". · The results sentence.
 * @customfunction SUMMARY
 * @param caseRate Tỷ lệ về việc: 0,7714; 77,14% hoặc 77,14 đều là 77,14%.
 * @param caseTarget Chỉ tiêu về việc: 0,815; 81,5% hoặc 81,5 đều là 81,5%.
 * @param moneyRate Tỷ lệ về giá trị (tiền): 0,4666; 46,66% hoặc 46,66 đều là 46,66%.
 * @param moneyTarget Chỉ tiêu về giá trị (tiền): 0,48; 48% hoặc 48 đều là 48%.
 * @param months Không bắt buộc. Số tháng của kỳ báo cáo (1 đến 12), ví dụ 11.
 * @returns Câu kết quả thi hành án.
 */
export function summary(caseRate: unknown, caseTarget: unknown, moneyRate: unknown, moneyTarget: unknown, months?: unknown): string {
  return summarySentence({
    months: ok(readMonths(months, ARG.months)),
    cases: { rate: ok(readFraction(caseRate, ARG.caseRate)), target: ok(readFraction(caseTarget, ARG.caseTarget)) },
    money: { rate: ok(readFraction(moneyRate, ARG.moneyRate)), target: ok(readFraction(moneyTarget, ARG.moneyTarget)) },
  });
}

/**
 * Số tiền bằng chữ, ví dụ 1005000 → "Một triệu không trăm linh năm nghìn đồng". · Amount in Vietnamese words.
 * @customfunction WORDS
 * @param amount Số tiền (đồng): một số, một ô hoặc một vùng (cộng lại).
 * @param inThousands Không bắt buộc. TRUE khi số tiền tính bằng nghìn đồng (như trong biểu mẫu THADS).
 * @returns Số tiền bằng chữ.
 */
export function words(amount: unknown[][], inThousands?: unknown): string {
  return ok(moneyInWords(ok(readAmount(amount, ARG.amount)), ok(readSwitch(inThousands, ARG.inThousands))));
}

/**
 * Đếm số dòng của cột trạng thái (sổ theo dõi) thuộc một loại: "xong", "đình chỉ", "có điều kiện"… · Counts register rows of a status category.
 * @customfunction COUNT
 * @param statusRange Vùng trạng thái / kết quả của sổ theo dõi, ví dụ F:F.
 * @param category Loại: xong, đình chỉ, đang thi hành, hoãn, tạm đình chỉ, chưa có điều kiện, ủy thác, thu hồi, có điều kiện.
 * @returns Số dòng thuộc loại đó.
 */
export function count(statusRange: unknown[][], category: unknown): number {
  return ok(countStatus(asRows(statusRange), ok(readText(category, ARG.category))));
}

/**
 * Đọc chữ gõ bằng bảng mã cũ TCVN3 (ABC, phông .VnTime) hoặc VNI-Windows sang Unicode, ví dụ "Cã ®iÒu kiÖn" → "Có điều kiện". · Converts TCVN3 or VNI-Windows text to Unicode.
 * @customfunction UNICODE
 * @param text Một ô hoặc một vùng chữ; trả về vùng cùng kích thước. Chữ đã là Unicode được giữ nguyên.
 * @param encoding Không bắt buộc. "TCVN3" hoặc "VNI"; bỏ trống để tự nhận ra bảng mã của từng ô.
 * @returns Chữ Unicode, ví dụ "Đình chỉ" từ "§×nh chØ" (TCVN3) hay "Ñình chæ" (VNI).
 */
export function unicode(text: unknown[][], encoding?: unknown): unknown[][] {
  const name = readEncodingName(encoding);
  if (typeof name === "object") throw excelError(valueError(encodingProblems.encodingUnknownName(name.params)));
  return rowsInUnicode(asRows(text), name);
}
