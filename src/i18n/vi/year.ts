/** Vietnamese texts of the year area. Problem codes start with "year" (a test checks they are unique). */
import { FORMATS } from "../format";

/** A cumulative period as the catalogue receives it (core/periods.ts Period). */
export interface PeriodParam {
  fiscalYear: number;
  months: number;
  start: { year: number; month: number; day: number };
  end: { year: number; month: number; day: number };
}

const f = FORMATS.vi;
/** "11 tháng năm 2021 (01/10/2020 – 31/08/2021)" */
const period = (p: PeriodParam) => `${p.months} tháng năm ${p.fiscalYear} (${f.date(p.start)} – ${f.date(p.end)})`;
const list = (names: string[]) => names.join(", ");

export const problems = {
  yearPreviousPeriodDiffers: (p: { where: string; named: PeriodParam; expected: PeriodParam }) =>
    `Bảng cùng kỳ (ô ${p.where}) ghi kỳ ${period(p.named)}, không phải cùng kỳ năm trước của kỳ báo cáo: ${period(p.expected)}. Kiểm tra lại tệp so sánh.`,
  yearPreviousPeriodUnnamed: (p: { file: string; assumed: PeriodParam }) =>
    `Tiêu đề bảng cùng kỳ (${p.file}) không ghi kỳ báo cáo: đã coi là ${period(p.assumed)}.`,
  yearPreviousPeriodUnclear: (p: { where: string; words: string; assumed: PeriodParam }) =>
    `Tiêu đề bảng cùng kỳ (ô ${p.where}) ghi "${p.words}", không phải một kỳ lũy kế từ 1/10: đã coi là ${period(p.assumed)}.`,
  yearAbsentThisYear: (p: { names: string[] }) =>
    `Có trong bảng cùng kỳ nhưng không có trong kỳ này (vẫn được tính vào tổng cùng kỳ): ${list(p.names)}.`,
  yearAmbiguousName: (p: { name: string; where: string }) =>
    `Tên "${p.name}" (${p.where}) trùng với tên khác khi bỏ dấu và chữ hoa: không so sánh được với cùng kỳ.`,
};

/** "tăng 120 việc" · "giảm 2.345.678 nghìn đồng" · "không đổi" */
const changePhrase = (change: number, unit: string) =>
  change > 0 ? `tăng ${f.number(change)} ${unit}` : change < 0 ? `giảm ${f.number(-change)} ${unit}` : "không đổi";
/** A change of rate in hundredths of a percent: 105 → "tăng 1,05%" */
const rateChangePhrase = (hundredths: number) =>
  hundredths > 0 ? `tăng ${f.number(hundredths / 100)}%` : hundredths < 0 ? `giảm ${f.number(-hundredths / 100)}%` : "không đổi";

export interface ComparisonSentenceParams {
  previousFiscalYear: number;
  cases: { done: number; rateHundredths: number | null };
  money: { done: number; rateHundredths: number | null };
}

const measurePart = (what: string, unit: string, m: ComparisonSentenceParams["cases"]) =>
  `số ${what} thi hành xong ${changePhrase(m.done, unit)}` + (m.rateHundredths === null ? "" : `, tỷ lệ ${rateChangePhrase(m.rateHundredths)}`);

export const words = {
  previousBand: (fiscalYear: number) => `Cùng kỳ năm ${fiscalYear}`,
  changeBand: "Tăng/giảm",
  /** "So với cùng kỳ năm 2020, số việc thi hành xong tăng 120 việc, tỷ lệ giảm 1,05%; số tiền …" */
  comparisonSentence: (p: ComparisonSentenceParams) =>
    `So với cùng kỳ năm ${p.previousFiscalYear}, ${measurePart("việc", "việc", p.cases)}; ${measurePart("tiền", "nghìn đồng", p.money)}.`,
};
