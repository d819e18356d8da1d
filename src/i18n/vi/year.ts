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
  yearMonthUnknown: (p: { source: string }) =>
    `${p.source}: không biết bảng thuộc tháng nào (tiêu đề và tên trang không ghi kỳ, ví dụ "11 tháng năm 2021", "T10-2020"): đã bỏ qua.`,
  yearOtherYear: (p: { source: string; period: PeriodParam; fiscalYear: number }) =>
    `${p.source}: kỳ ${period(p.period)} thuộc năm thống kê khác năm ${p.fiscalYear}: đã bỏ qua.`,
  yearDuplicateMonth: (p: { source: string; first: string; period: PeriodParam }) =>
    `${p.source}: kỳ ${period(p.period)} đã có ở ${p.first}: đã bỏ qua bảng sau.`,
  yearMissingMonths: (p: { periods: PeriodParam[] }) =>
    `Thiếu bảng của ${p.periods.map((x) => `tháng ${x.end.month}/${x.end.year}`).join(", ")}: diễn biến bỏ qua các tháng đó.`,
  yearNoMonth: (p: { count: number }) =>
    `Không có bảng nào đọc được kỳ báo cáo của một năm thống kê (${f.number(p.count)} bảng đã đọc).`,
  yearPreviousPeriodDiffers: (p: { where: string; named: PeriodParam; expected: PeriodParam }) =>
    `Bảng cùng kỳ (ô ${p.where}) ghi kỳ ${period(p.named)}, không phải cùng kỳ năm trước của kỳ báo cáo: ${period(p.expected)}. Kiểm tra lại tệp so sánh.`,
  yearPreviousPeriodUnnamed: (p: { file: string; assumed: PeriodParam }) =>
    `Tiêu đề bảng cùng kỳ (${p.file}) không ghi kỳ báo cáo: đã coi là ${period(p.assumed)}.`,
  yearPreviousPeriodUnclear: (p: { where: string; words: string; assumed: PeriodParam }) =>
    `Tiêu đề bảng cùng kỳ (ô ${p.where}) ghi "${p.words}", không phải một kỳ lũy kế từ 1/10: đã coi là ${period(p.assumed)}.`,
  yearPreviousPeriodConflict: (p: { first: string; second: string; periods: [PeriodParam, PeriodParam]; assumed: PeriodParam }) =>
    `Tiêu đề bảng cùng kỳ ghi hai kỳ khác nhau: ${period(p.periods[0])} (ô ${p.first}) và ${period(p.periods[1])} (ô ${p.second}): đã coi là ${period(p.assumed)}.`,
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

export interface ProjectionSentenceParams {
  basis: "recent" | "mean";
  /** the first month of the pace, when basis is "mean" */
  from: { month: number; year: number };
  end: { year: number; month: number; day: number };
  remaining: number;
  cases: ProjectedParam;
  money: ProjectedParam;
}
export interface ProjectedParam {
  rate: number | null;
  target: number;
  neededPerMonth: number;
}

const projectedPart = (measure: string, unit: string, m: ProjectedParam, remaining: number) => {
  if (m.rate === null) return `không ước được tỷ lệ ${measure}`;
  const reach = remaining === 0 ? "" : m.neededPerMonth === 0 ? `, đủ để đạt ${f.percent(m.target)}` : `, cần thêm ${f.number(m.neededPerMonth)} ${unit} mỗi tháng để đạt ${f.percent(m.target)}`;
  return `tỷ lệ ${measure} ước đạt ${f.percent(m.rate)}${reach}`;
};

export const words = {
  /** the year's reports on the page and in the pane */
  reports: {
    heading: "4. So với cùng kỳ, diễn biến theo tháng",
    compareHeading: "So với cùng kỳ",
    trendHeading: "Diễn biến theo tháng",
    previousFiles: "Tệp cùng kỳ năm trước (một hoặc nhiều)",
    previousHint: "Báo cáo các tệp ở bước 1 kèm số liệu cùng kỳ năm trước; nhiều tệp: chọn các tệp năm trước của cùng các đơn vị (khớp theo tên đơn vị).",
    buildCompared: "Tạo báo cáo so với cùng kỳ",
    noPrevious: "Chưa chọn tệp cùng kỳ năm trước.",
    trendHint: "Diễn biến theo tháng từ các tệp ở bước 1: một sổ mỗi tháng một trang (T10, T11…), hoặc nhiều tệp, mỗi tệp một tháng.",
    buildTrend: "Tạo diễn biến theo tháng",
    previousSheet: "Trang cùng kỳ năm trước",
    noComparison: "Không so sánh",
    /** an entry of the list: the sheet, and the period it names when it names one */
    sheetOption: (sheet: string, period?: string) => (period ? `${sheet} (${period})` : sheet),
    previousSheetHint: "Chọn trang có bảng cùng kỳ năm trước: báo cáo tạo ở bước 3 có thêm các cột cùng kỳ, tăng/giảm và câu so sánh.",
    noOtherSheet: "Sổ không có trang nào khác chứa bảng thống kê hay sổ theo dõi để so sánh.",
    previousRead: (sheet: string) => `Sẽ so sánh với trang “${sheet}”.`,
    previousGone: (sheet: string) => `Trang “${sheet}” không còn bảng thống kê hay sổ theo dõi: chọn lại trang cùng kỳ.`,
    trendOffer: (count: number, first: string, last: string) => `Sổ có ${f.number(count)} bảng theo tháng (${first} … ${last}).`,
    trendWrittenSheet: (sheet: string) => `Đã tạo trang “${sheet}”.`,
    looking: "Đang xem các trang khác của sổ…",
    unavailable: "Không tải được phần So với cùng kỳ và Diễn biến theo tháng (tệp year.js của add-in); báo cáo ở bước 3 vẫn tạo được.",
  },
  compareNotTrend: "--compare so sánh một báo cáo (thads report), không dùng với trend.",
  trendWritten: (file: string) => `Đã ghi diễn biến: ${file}`,
  trendSheetName: (fiscalYear: number) => `Diễn biến ${fiscalYear}`,
  trendTitle: (fiscalYear: number) => `DIỄN BIẾN KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM ${fiscalYear}`,
  trendSubtitle: "Số liệu lũy kế từ 01/10 đến cuối mỗi tháng",
  month: "Tháng",
  /** under the heading "Tháng": "10/2020" (short, for the charts' axis too) */
  monthName: (month: number, year: number) => `${month}/${year}`,
  projected: (end: { year: number; month: number; day: number }) => `Ước đến ${f.date(end)}`,
  neededPerMonthRow: (remaining: number) => `Cần thêm mỗi tháng (${remaining} tháng còn lại)`,
  caseChartTitle: "Tỷ lệ về việc theo tháng so với chỉ tiêu",
  moneyChartTitle: "Tỷ lệ về tiền theo tháng so với chỉ tiêu",
  noProjection: "Chỉ có một tháng: chưa ước được kết quả cả năm.",
  /** "Theo nhịp 3 tháng gần nhất, đến 30/09/2021 tỷ lệ về việc ước đạt 79,3%, cần thêm 12 việc mỗi tháng để đạt 81,5%; …" */
  projectionSentence: (p: ProjectionSentenceParams) =>
    `${p.basis === "recent" ? "Theo nhịp 3 tháng gần nhất" : `Theo nhịp bình quân từ tháng ${p.from.month}/${p.from.year}`}, đến ${f.date(p.end)} ` +
    `${projectedPart("về việc", "việc", p.cases, p.remaining)}; ${projectedPart("về tiền", "nghìn đồng", p.money, p.remaining)}.`,
  previousBand: (fiscalYear: number) => `Cùng kỳ năm ${fiscalYear}`,
  changeBand: "Tăng/giảm",
  /** "So với cùng kỳ năm 2020, số việc thi hành xong tăng 120 việc, tỷ lệ giảm 1,05%; số tiền …" */
  comparisonSentence: (p: ComparisonSentenceParams) =>
    `So với cùng kỳ năm ${p.previousFiscalYear}, ${measurePart("việc", "việc", p.cases)}; ${measurePart("tiền", "nghìn đồng", p.money)}.`,
};
