/**
 * The THADS custom functions. Each is a table of its arguments' kinds (src/functions/arguments.ts
 * reads them and turns a core error into the Excel error), the core computation, and a top-level
 * declaration carrying the JSDoc: custom-functions-metadata-plugin builds functions.json and the
 * CustomFunctions.associate calls from the JSDoc of top-level functions only, so every function
 * stays one, with its @customfunction id. Ids are permanent once shipped.
 *
 * Arguments are typed `unknown` ("any" in functions.json) so that text reaches our readers and gets a
 * Vietnamese message; counts and amounts are `unknown[][]` (a matrix: a cell, a range or a number).
 *
 * Ranges: a bounded range (F7:F5000) or a table column (Bảng1[Trạng thái]) rather than a whole
 * column (F:F, a million cells): Excel on the web refuses a custom function's arguments over 5 MB
 * (OfficeDev/office-js #4654, #4613), so the descriptions show bounded ranges.
 */
import { isError } from "../core/errors";
import { backlog, completionRate, neededToTarget, shortfall, statusWord } from "../core/rates";
import { fiscalYearOf, periodLabel, periodMonthOf, periodOf } from "../core/periods";
import { summarySentence } from "../core/summary";
import { moneyInWords } from "../core/words";
import { countStatus } from "../core/register/status";
import { rowsInUnicode } from "../core/encoding/cells";
import { defineFunction, FUNCTIONS_LANG } from "./arguments";

const RATE = defineFunction(
  "RATE",
  [
    { name: "done", kind: "count" },
    { name: "eligible", kind: "count" },
    { name: "terminated", kind: "count", optional: true },
  ],
  completionRate,
);

/**
 * Tỷ lệ thi hành xong = (thi hành xong + đình chỉ) ÷ có điều kiện thi hành. Trả về phân số: định dạng ô là %. · Completion rate (done + terminated) ÷ eligible.
 * @customfunction RATE
 * @param done Số thi hành xong (việc hoặc nghìn đồng): một số, một ô hoặc một vùng (cộng lại).
 * @param eligible Số có điều kiện thi hành (việc hoặc nghìn đồng): một số, một ô hoặc một vùng. Bằng 0 thì kết quả là #DIV/0!.
 * @param terminated Không bắt buộc. Số đình chỉ thi hành án (được tính là đã xong): một số, một ô hoặc một vùng.
 * @returns Tỷ lệ, ví dụ 0,7714 (77,14%); #DIV/0! khi số có điều kiện bằng 0.
 */
export function rate(done: unknown[][], eligible: unknown[][], terminated?: unknown[][]): number {
  return RATE.call(done, eligible, terminated);
}

const GAP = defineFunction(
  "GAP",
  [
    { name: "rate", kind: "rate" },
    { name: "target", kind: "rate" },
  ],
  shortfall,
);

/**
 * Còn thiếu so với chỉ tiêu = chỉ tiêu − tỷ lệ (phân số; số âm là vượt chỉ tiêu). · Shortfall: target − rate.
 * @customfunction GAP
 * @param rate Tỷ lệ đạt được: 0,815; 81,5% hoặc 81,5 đều là 81,5%.
 * @param target Chỉ tiêu: 0,815; 81,5% hoặc 81,5 đều là 81,5%.
 * @returns Phần còn thiếu, ví dụ 0,0436 (4,36%); âm khi vượt.
 */
export function gap(rate: unknown, target: unknown): number {
  return GAP.call(rate, target);
}

const NEEDED = defineFunction(
  "NEEDED",
  [
    { name: "done", kind: "count" },
    { name: "eligible", kind: "count" },
    { name: "target", kind: "rate" },
    { name: "terminated", kind: "count", optional: true },
  ],
  (done, eligible, target, terminated) => {
    const checked = completionRate(done, eligible, terminated); // RATE's checks: done + terminated ≤ eligible, eligible > 0
    return isError(checked) ? checked : neededToTarget(done, eligible, target, terminated);
  },
);

/**
 * Cần thêm: số việc (hoặc nghìn đồng) ít nhất phải thi hành xong thêm để đạt chỉ tiêu. · More to complete to reach the target.
 * @customfunction NEEDED
 * @param done Số thi hành xong: một số, một ô hoặc một vùng (cộng lại).
 * @param eligible Số có điều kiện thi hành: một số, một ô hoặc một vùng. Bằng 0 thì kết quả là #DIV/0!.
 * @param target Chỉ tiêu: 0,815; 81,5% hoặc 81,5 đều là 81,5%.
 * @param terminated Không bắt buộc. Số đình chỉ thi hành án (được tính là đã xong): một số, một ô hoặc một vùng.
 * @returns Số nguyên ≥ 0; #DIV/0! khi số có điều kiện bằng 0.
 */
export function needed(done: unknown[][], eligible: unknown[][], target: unknown, terminated?: unknown[][]): number {
  return NEEDED.call(done, eligible, target, terminated);
}

const STATUS = defineFunction(
  "STATUS",
  [
    { name: "rate", kind: "rate" },
    { name: "target", kind: "rate" },
  ],
  (rate, target) => statusWord(rate, target, FUNCTIONS_LANG),
);

/**
 * "Đạt" khi tỷ lệ đạt chỉ tiêu, ngược lại "Chưa đạt". · Met / not met.
 * @customfunction STATUS
 * @param rate Tỷ lệ đạt được: 0,815; 81,5% hoặc 81,5 đều là 81,5%.
 * @param target Chỉ tiêu: 0,815; 81,5% hoặc 81,5 đều là 81,5%.
 * @returns "Đạt" hoặc "Chưa đạt".
 */
export function status(rate: unknown, target: unknown): string {
  return STATUS.call(rate, target);
}

const BACKLOG = defineFunction(
  "BACKLOG",
  [
    { name: "mustEnforce", kind: "count" },
    { name: "done", kind: "count" },
    { name: "terminated", kind: "count", optional: true },
  ],
  backlog,
);

/**
 * Chuyển kỳ sau = tổng số phải thi hành − thi hành xong − đình chỉ. · Carried to the next period.
 * @customfunction BACKLOG
 * @param mustEnforce Tổng số phải thi hành (việc hoặc nghìn đồng): một số, một ô hoặc một vùng.
 * @param done Số thi hành xong: một số, một ô hoặc một vùng (cộng lại).
 * @param terminated Không bắt buộc. Số đình chỉ thi hành án: một số, một ô hoặc một vùng.
 * @returns Số chuyển kỳ sau.
 */
export function backlogOf(mustEnforce: unknown[][], done: unknown[][], terminated?: unknown[][]): number {
  return BACKLOG.call(mustEnforce, done, terminated);
}

const PERIOD = defineFunction("PERIOD", [{ name: "date", kind: "date" }], periodMonthOf);

/**
 * Tháng thứ mấy của năm thống kê (từ 1/10 đến 30/9): tháng 10 là 1, … tháng 9 là 12. · Month of the statistical year (October = 1).
 * @customfunction PERIOD
 * @param date Ngày: ô ngày tháng, hoặc chữ dạng ngày/tháng/năm như 31/08/2021.
 * @returns Số tháng của kỳ báo cáo, 1 đến 12.
 */
export function period(date: unknown): number {
  return PERIOD.call(date);
}

const FISCALYEAR = defineFunction("FISCALYEAR", [{ name: "date", kind: "date" }], fiscalYearOf);

/**
 * Năm thống kê chứa ngày: 01/10/2020 và 30/09/2021 đều thuộc năm 2021. · Statistical year (1 Oct – 30 Sep).
 * @customfunction FISCALYEAR
 * @param date Ngày: ô ngày tháng, hoặc chữ dạng ngày/tháng/năm như 31/08/2021.
 * @returns Năm thống kê, ví dụ 2021.
 */
export function fiscalYear(date: unknown): number {
  return FISCALYEAR.call(date);
}

const PERIODLABEL = defineFunction("PERIODLABEL", [{ name: "date", kind: "date" }], (date) =>
  periodLabel(periodOf(date), FUNCTIONS_LANG),
);

/**
 * Tên kỳ báo cáo kết thúc ở tháng của ngày, ví dụ "11 tháng năm 2021 (01/10/2020 – 31/08/2021)". · Name of the cumulative period.
 * @customfunction PERIODLABEL
 * @param date Ngày: ô ngày tháng, hoặc chữ dạng ngày/tháng/năm như 31/08/2021.
 * @returns Tên kỳ báo cáo.
 */
export function periodLabelOf(date: unknown): string {
  return PERIODLABEL.call(date);
}

const SUMMARY = defineFunction(
  "SUMMARY",
  [
    { name: "caseRate", kind: "rate" },
    { name: "caseTarget", kind: "rate" },
    { name: "moneyRate", kind: "rate" },
    { name: "moneyTarget", kind: "rate" },
    { name: "months", kind: "months", optional: true },
  ],
  (caseRate, caseTarget, moneyRate, moneyTarget, months) =>
    summarySentence({ months, cases: { rate: caseRate, target: caseTarget }, money: { rate: moneyRate, target: moneyTarget } }, FUNCTIONS_LANG),
);

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
  return SUMMARY.call(caseRate, caseTarget, moneyRate, moneyTarget, months);
}

const WORDS = defineFunction(
  "WORDS",
  [
    { name: "amount", kind: "amount" },
    { name: "inThousands", kind: "switch", optional: true },
  ],
  moneyInWords,
);

/**
 * Số tiền bằng chữ, ví dụ 1005000 → "Một triệu không trăm linh năm nghìn đồng". · Amount in Vietnamese words.
 * @customfunction WORDS
 * @param amount Số tiền (đồng): một số, một ô hoặc một vùng (cộng lại).
 * @param inThousands Không bắt buộc. TRUE khi số tiền tính bằng nghìn đồng (như trong biểu mẫu THADS).
 * @returns Số tiền bằng chữ.
 */
export function words(amount: unknown[][], inThousands?: unknown): string {
  return WORDS.call(amount, inThousands);
}

const COUNT = defineFunction(
  "COUNT",
  [
    { name: "statusRange", kind: "range" },
    { name: "category", kind: "text" },
  ],
  countStatus,
);

/**
 * Đếm số dòng của cột trạng thái (sổ theo dõi) thuộc một loại: "xong", "đình chỉ", "có điều kiện"… · Counts register rows of a status category.
 * @customfunction COUNT
 * @param statusRange Vùng trạng thái / kết quả của sổ theo dõi, ví dụ F7:F5000 hoặc Bảng1[Trạng thái]; không dùng cả cột F:F (Excel trên web từ chối đối số trên 5 MB).
 * @param category Loại: xong, đình chỉ, đang thi hành, hoãn, tạm đình chỉ, chưa có điều kiện, ủy thác, thu hồi, có điều kiện.
 * @returns Số dòng thuộc loại đó.
 */
export function count(statusRange: unknown[][], category: unknown): number {
  return COUNT.call(statusRange, category);
}

const UNICODE = defineFunction(
  "UNICODE",
  [
    { name: "text", kind: "range" },
    { name: "encoding", kind: "encoding", optional: true },
  ],
  rowsInUnicode,
);

/**
 * Đọc chữ gõ bằng bảng mã cũ TCVN3 (ABC, phông .VnTime) hoặc VNI-Windows sang Unicode, ví dụ "Cã ®iÒu kiÖn" → "Có điều kiện". · Converts TCVN3 or VNI-Windows text to Unicode.
 * @customfunction UNICODE
 * @param text Một ô hoặc một vùng chữ, ví dụ B7:B500; trả về vùng cùng kích thước. Chữ đã là Unicode được giữ nguyên.
 * @param encoding Không bắt buộc. "TCVN3" hoặc "VNI"; bỏ trống để tự nhận ra bảng mã của từng ô.
 * @returns Chữ Unicode, ví dụ "Đình chỉ" từ "§×nh chØ" (TCVN3) hay "Ñình chæ" (VNI).
 */
export function unicode(text: unknown[][], encoding?: unknown): unknown[][] {
  return UNICODE.call(text, encoding);
}
