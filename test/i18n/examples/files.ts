/** Parameters for every problem code of the files area: the catalogue test renders each in both languages. */
import type * as vi from "../../../src/i18n/vi/files";

type Problems = typeof vi.problems;
export const examples: { [K in keyof Problems]: Parameters<Problems[K]>[0] } = {
  filesMissing: { file: "Báo cáo tháng 8.xlsx" },
  filesNotFile: { file: "Sổ theo dõi" },
  filesLocked: { file: "Biểu 04.xlsx" },
  filesLegacyXls: { file: "Biểu 04.xls" },
  filesNotXlsx: { file: "ghi chú.docx" },
  filesNoWorksheet: { file: "bieu-do.xlsx", sheets: ["Biểu đồ 1", "Biểu đồ 2"] },
  filesCorrupt: { file: "hỏng.xlsx", reason: "End of data reached (data length = 0, asked index = 4)" },
  filesNoSheet: { file: "Biểu 04.xlsx", sheet: "T13", sheets: ["T10", "T11", "Tổng hợp"] },
  filesExists: { file: "Báo cáo 11 tháng 2021.xlsx" },
  filesWriteFailed: { file: "Báo cáo 11 tháng 2021.xlsx", reason: "denied", detail: "" },
  filesUnsavedResults: { count: 1234, shown: ["C7", "D7"], more: 1232 },
  filesBadRange: { range: "H7:" },
  filesPartMissing: { part: "xl/workbook.xml" },
  filesSheetPartMissing: { sheet: "Báo cáo 11 tháng 2021" },
  filesUnclosedPart: { element: "Relationships" },
  filesDrawingExists: {},
};
