/**
 * A small report document written by hand for the .xlsx writer's tests: two members and a total,
 * the cached values deliberately what the formulas give, and a chart over the names and rates.
 */
import type { ReportDocument, ReportSheet } from "../../src/core/report/document";

export const blank = { value: null };
/** Two members and a total; the cached values are deliberately what the formulas give. */
export function sheet(name: string): ReportSheet {
  return {
    name,
    rows: [
      [{ value: "CHI CỤC THADS QUẬN 1" }, blank, blank, blank, blank],
      [{ value: "Tên" }, { value: "Có ĐK" }, { value: "Xong + ĐC" }, { value: "Tỷ lệ" }, { value: "Đạt?" }],
      [{ value: "An" }, { value: 120 }, { value: 98 }, { value: 98 / 120, formula: "=C3/B3" }, { value: "Đạt", formula: '=IF(D3>=0.815,"Đạt","Chưa đạt")' }],
      [{ value: "Bình" }, { value: 0 }, { value: 0 }, { value: "", formula: '=IF(B4=0,"",C4/B4)' }, { value: null, formula: '=IF(B4=0,"","?")' }],
      [{ value: "Tổng cộng" }, { value: 120, formula: "=SUM(B3:B4)" }, { value: 0, formula: "=C3-C3" }, { value: false, formula: "=B5<0" }, { value: true }],
    ],
    numberFormats: [
      { range: "B3:C5", format: "#,##0" },
      { range: "D3:D5", format: "0.00%" },
    ],
    styles: [
      { range: "A1:E1", style: "title" },
      { range: "A2:E2", style: "header" },
      { range: "A3:E4", style: "body" },
      { range: "A5:E5", style: "total" },
    ],
    merges: ["A1:E1"],
    columnWidths: [20, 11, 12, 9, 10],
    conditionalFormats: [{ range: "A3:E4", formula: '=$E3="Chưa đạt"' }],
    charts: [
      {
        title: "Tỷ lệ & chỉ tiêu <2021>",
        kind: "columnClustered",
        categories: "A3:A4",
        series: [
          { name: "Tỷ lệ", values: "D3:D4" },
          { name: "Có ĐK", values: "B3:B4" },
        ],
        from: "A7",
        to: "E20",
      },
    ],
    print: { paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: { first: 2, last: 2 } },
    frozenRows: 2,
    rowHeights: [{ row: 2, height: 45 }],
  };
}

/** A document of the given sheets (the writer reads only `sheets`). */
export const documentOf = (...names: string[]) => ({ sheets: names.map(sheet) }) as unknown as ReportDocument;
