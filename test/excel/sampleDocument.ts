/**
 * A report document built by hand, shaped like the real report (title, two header rows, one row per
 * member with native formulas, a total, a summary), so the writer can be tested at any size without
 * depending on the report builder.
 */
import type { MeasureResult, ReportCell, ReportDocument } from "../../src/core/report/document";

const COLS = 19; // A..S

export const FIRST_MEMBER_ROW = 7; // 1-based

/** The eight cells of one measure on row r: eligible, done, rate, target, gap, needed, per month, status. */
function measure(cols: string, r: number, eligible: number, done: number, target: number): ReportCell[] {
  const [c, d, e, f, , h] = cols.split("");
  return [
    { value: eligible },
    { value: done },
    { value: done / eligible, formula: `=IF(${c}${r}=0,"",${d}${r}/${c}${r})` },
    { value: target },
    { value: target - done / eligible, formula: `=IF(${e}${r}="","",${f}${r}-${e}${r})` },
    { value: 0, formula: `=MAX(0,ROUNDUP(${f}${r}*${c}${r}-${d}${r},0))` },
    { value: 0, formula: `=ROUNDUP(${h}${r}/1,0)` },
    { value: "Chưa đạt", formula: `=IF(${e}${r}="","",IF(${e}${r}>=${f}${r},"Đạt","Chưa đạt"))` },
  ];
}

function memberRow(i: number, r: number, last: number): ReportCell[] {
  return [
    { value: i + 1 },
    { value: `Chấp hành viên Nguyễn Văn ${String(i + 1).padStart(4, "0")}` },
    ...measure("CDEFGHIJ", r, 40 + (i % 37), 20 + (i % 23), 0.815),
    ...measure("KLMNOPQR", r, 1_000_000 + i * 7919, 400_000 + i * 3571, 0.48),
    { value: 1, formula: `=RANK(E${r},$E$${FIRST_MEMBER_ROW}:$E$${last})` },
  ];
}

const text = (value: string): ReportCell => ({ value });
const blank = (): ReportCell => ({ value: null });
const pad = (cells: ReportCell[]): ReportCell[] => [...cells, ...Array.from({ length: COLS - cells.length }, blank)];

const zero: MeasureResult = {
  eligible: 0, completed: 0, terminated: 0, done: 0, rate: null, target: 0, gap: null, needed: 0, neededPerMonth: 0, met: null,
};

export function sampleDocument(members: number, name = "Báo cáo 11 tháng 2021", memberNames?: string[]): ReportDocument {
  const rows: ReportCell[][] = [
    pad([text("BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ — PHÒNG THADS KHU VỰC 1")]),
    pad([text("11 tháng năm 2021 (01/10/2020 – 31/08/2021)")]),
    pad([]),
    pad([text("STT"), text("Chấp hành viên"), text("Về việc"), ...Array(7).fill(null).map(blank), text("Về tiền (nghìn đồng)")]),
    pad(["", "", "Có điều kiện", "Xong + đình chỉ", "Tỷ lệ", "Chỉ tiêu", "Còn thiếu", "Cần thêm", "Mỗi tháng", "Đánh giá"]
      .concat(["Có điều kiện", "Xong + đình chỉ", "Tỷ lệ", "Chỉ tiêu", "Còn thiếu", "Cần thêm", "Mỗi tháng", "Đánh giá", "Xếp hạng"])
      .map(text)),
    pad(Array.from({ length: COLS }, (_, k) => text(`(${k + 1})`))),
  ];
  for (let i = 0; i < members; i++) {
    const row = memberRow(i, FIRST_MEMBER_ROW + i, FIRST_MEMBER_ROW + members - 1);
    if (memberNames?.[i] !== undefined) row[1] = { value: memberNames[i] };
    rows.push(row);
  }
  const last = FIRST_MEMBER_ROW + members - 1;
  const t = last + 1;
  rows.push(pad([text(""), text("Tổng cộng"), { value: 0, formula: `=SUM(C${FIRST_MEMBER_ROW}:C${last})` }]));
  rows.push(pad([]));
  rows.push(pad([text("Kết quả 11 tháng năm 2021: về việc đạt 77,14%, còn thiếu 4,36% so với chỉ tiêu 81,5%.")]));
  const lastCol = "S";
  return {
    sheets: [
      {
        name,
        rows,
        numberFormats: [
          { range: `E${FIRST_MEMBER_ROW}:G${t}`, format: "0.00%" },
          { range: `C${FIRST_MEMBER_ROW}:D${t}`, format: "#,##0" },
          { range: `K${FIRST_MEMBER_ROW}:L${t}`, format: "#,##0" },
        ],
        styles: [
          { range: "A1:S1", style: "title" },
          { range: "A2:S2", style: "subtitle" },
          { range: "A4:S6", style: "header" },
          { range: `A${FIRST_MEMBER_ROW}:${lastCol}${last}`, style: "body" },
          { range: `A${t}:${lastCol}${t}`, style: "total" },
          { range: `A${t + 2}:${lastCol}${t + 2}`, style: "summary" },
        ],
        merges: ["A1:S1", "A2:S2", "C4:J4", "K4:R4", `A${t + 2}:S${t + 2}`],
        columnWidths: [5, 30, ...Array(17).fill(11)],
        conditionalFormats: [{ range: `A${FIRST_MEMBER_ROW}:S${last}`, formula: `=$E${FIRST_MEMBER_ROW}<$F${FIRST_MEMBER_ROW}` }],
        charts: [
          {
            title: "Tỷ lệ thi hành xong so với chỉ tiêu",
            kind: "columnClustered",
            categories: `B${FIRST_MEMBER_ROW}:B${last}`,
            series: [
              { name: "Tỷ lệ về việc", values: `E${FIRST_MEMBER_ROW}:E${last}` },
              { name: "Chỉ tiêu về việc", values: `F${FIRST_MEMBER_ROW}:F${last}` },
            ],
            from: `B${t + 4}`,
            to: `J${t + 22}`,
          },
        ],
        print: { paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: { first: 4, last: 6 } },
        frozenRows: 6,
        rowHeights: [{ row: 5, height: 45 }],
      },
    ],
    data: {
      office: "Phòng THADS khu vực 1",
      period: { fiscalYear: 2021, months: 11, start: "2020-10-01", end: "2021-08-31", label: "11 tháng năm 2021" },
      rows: [],
      total: { name: "Tổng cộng", cases: zero, money: zero },
      summary: "",
      belowTarget: [],
      warnings: [],
      errors: [],
    },
  };
}
