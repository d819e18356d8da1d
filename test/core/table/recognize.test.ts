import { isError } from "../../../src/core/errors";
import { GridOptions, headerLabel, layoutGap, recognizeTable, TableLayout } from "../../../src/core/table/recognize";
import { renderProblem, type Problem } from "../../../src/i18n/problem";
import { periodOf } from "../../../src/core/periods";
import {
  CASE_REGISTER_GRID,
  FAULTY_TABLE,
  OFFICER_TABLE_FLAT,
  OFFICER_TABLE_LEGACY,
  UNIT_TABLE_NEW,
} from "../../fixtures/tables";

function recognized(cells: unknown[][]): TableLayout {
  const result = recognizeTable(cells, { sheetName: "Sheet1" });
  if (isError(result)) throw new Error(`not recognised: ${renderProblem(result.problem, "vi")}`);
  return result;
}

describe("recognizeTable on the fixtures", () => {
  test("officer table, merged Về việc / Về tiền bands, column numbers, legacy titles", () => {
    expect(recognized(OFFICER_TABLE_LEGACY)).toEqual({
      headerRows: { first: 6, last: 7 },
      dataStartRow: 9, // row 8 holds (1) … (14)
      nameColumn: 1,
      columns: {
        cases: { mustEnforce: 2, eligible: 3, completed: 4, terminated: 5, notEligible: 6, target: 7 },
        money: { mustEnforce: 8, eligible: 9, completed: 10, terminated: 11, notEligible: 12, target: 13 },
      },
      memberKind: "officer",
      office: "CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN KIM BẢNG",
      // "11 tháng năm 2021 (từ ngày 01/10/2020 đến ngày 31/8/2021)" in A5
      titlePeriod: { kind: "period", period: periodOf({ year: 2021, month: 8, day: 31 }), where: "Sheet1!A5" },
    });
  });

  test("unit table, three header rows with Trong đó and Có điều kiện bands, new titles", () => {
    expect(recognized(UNIT_TABLE_NEW)).toEqual({
      headerRows: { first: 5, last: 7 },
      dataStartRow: 9, // row 8 holds A, B, 1 … 20
      nameColumn: 1,
      columns: {
        cases: {
          accepted: 2, carriedOver: 3, newlyAccepted: 4, mustEnforce: 5, eligible: 6,
          completed: 7, terminated: 8, inProgress: 9, notEligible: 10, backlog: 11,
        },
        money: {
          accepted: 12, carriedOver: 13, newlyAccepted: 14, mustEnforce: 15, eligible: 16,
          completed: 17, terminated: 18, inProgress: 19, notEligible: 20, backlog: 21,
        },
      },
      memberKind: "unit",
      office: "THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH",
      // "12 tháng năm 2025 (từ ngày 01/10/2024 đến ngày 30/9/2025)" in A4
      titlePeriod: { kind: "period", period: periodOf({ year: 2025, month: 9, day: 30 }), where: "Sheet1!A4" },
    });
  });

  test("single header row whose labels carry the measure, no diacritics, line breaks", () => {
    expect(recognized(OFFICER_TABLE_FLAT)).toEqual({
      headerRows: { first: 3, last: 3 },
      dataStartRow: 4,
      nameColumn: 1,
      columns: {
        cases: { eligible: 2, completed: 3, terminated: 4 },
        money: { eligible: 5, completed: 6, terminated: 7 },
      },
      memberKind: "officer",
      // the more specific of the two lines of the title cell
      office: "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 3",
      // "Kết quả thi hành án 6 tháng năm 2026": 01/10/2025 – 31/03/2026
      titlePeriod: { kind: "period", period: periodOf({ year: 2026, month: 3, day: 31 }), where: "Sheet1!A2" },
    });
  });

  test("short bands Việc / Tiền and abbreviated labels, no title rows", () => {
    expect(recognized(FAULTY_TABLE)).toEqual({
      headerRows: { first: 0, last: 1 },
      dataStartRow: 2,
      nameColumn: 0,
      columns: {
        cases: {
          carriedOver: 1, newlyAccepted: 2, accepted: 3, mustEnforce: 4, eligible: 5,
          completed: 6, terminated: 7, notEligible: 8, backlog: 9,
        },
        money: { eligible: 10, completed: 11, terminated: 12 },
      },
      memberKind: "unit",
    });
  });

  test("headerLabel joins the band and the label of a column", () => {
    expect(headerLabel(OFFICER_TABLE_LEGACY, { first: 6, last: 7 }, 9)).toBe("Về tiền / Có điều kiện thi hành");
    expect(headerLabel(UNIT_TABLE_NEW, { first: 5, last: 7 }, 6)).toBe("Về việc / Có điều kiện thi hành / Tổng số");
    expect(headerLabel(UNIT_TABLE_NEW, { first: 5, last: 7 }, 1)).toBe("Đơn vị");
  });

  test("a band covers blank cells of its row, but a blank label in the last header row stays blank", () => {
    const cells = [
      ["Đơn vị", "Về việc", "", ""],
      ["", "Có ĐK", "Xong", ""],
      ["A", 2, 1, 9],
    ];
    expect(headerLabel(cells, { first: 0, last: 1 }, 2)).toBe("Về việc / Xong");
    expect(headerLabel(cells, { first: 0, last: 1 }, 3)).toBe("Về việc");
  });
});

describe("recognizeTable on other layouts", () => {
  test("a category band over Việc / Giá trị columns gives category from above, measure from below", () => {
    const cells = [
      ["Đơn vị", "Có điều kiện", "", "Thi hành xong", "", "Đình chỉ", ""],
      ["", "Việc", "Giá trị", "Việc", "Giá trị", "Việc", "Giá trị"],
      ["Đơn vị A", 10, 100, 5, 50, 1, 10],
    ];
    expect(recognized(cells).columns).toEqual({
      cases: { eligible: 1, completed: 3, terminated: 5 },
      money: { eligible: 2, completed: 4, terminated: 6 },
    });
  });

  test("abbreviations CĐK, THX, Phải THA, Chưa có ĐK, Tạm đình chỉ beside Đình chỉ", () => {
    const cells = [
      ["STT", "Tên đơn vị", "Phải THA", "CĐK", "THX", "Đình chỉ", "Tạm đình chỉ", "Chưa có ĐK", "Tỷ lệ (%)"],
      [1, "Chi cục A", 30, 20, 10, 1, 2, 10, 0.55],
    ];
    const layout = recognized(cells);
    expect(layout.nameColumn).toBe(1);
    expect(layout.memberKind).toBe("unit");
    expect(layout.columns).toEqual({
      cases: { mustEnforce: 2, eligible: 3, completed: 4, terminated: 5, suspended: 6, notEligible: 7 },
      money: {},
    });
  });

  test("without band or measure word, a repeated category is cases first, money second", () => {
    const cells = [
      ["Họ và tên", "Có điều kiện", "Xong", "Có điều kiện", "Xong"],
      ["Nguyễn A", 10, 5, 1000, 400],
    ];
    expect(recognized(cells).columns).toEqual({
      cases: { eligible: 1, completed: 2 },
      money: { eligible: 3, completed: 4 },
    });
  });

  test("a title speaking of money only gives unbanded columns the money measure (form 05)", () => {
    const cells = [
      ["KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN", "", ""],
      ["Đơn vị tính: 1.000 đồng", "", ""],
      ["Đơn vị", "Có điều kiện", "Thi hành xong"],
      ["Chi cục A", 9000, 4000],
    ];
    expect(recognized(cells).columns).toEqual({ cases: {}, money: { eligible: 1, completed: 2 } });
  });

  test("with no name label, the text column left of the figures is the name column", () => {
    const cells = [
      ["KẾT QUẢ THI HÀNH ÁN THEO CHẤP HÀNH VIÊN", "", "", ""],
      ["", "", "Có ĐK", "Xong"],
      [1, "Nguyễn A", 10, 5],
      [2, "Trần B", 8, 4],
    ];
    const layout = recognized(cells);
    expect(layout.nameColumn).toBe(1);
    expect(layout.headerRows).toEqual({ first: 1, last: 1 });
    expect(layout.memberKind).toBe("officer"); // from the title
  });

  test("a plain-number column row 1, 2, 3 … is skipped", () => {
    const cells = [
      ["Đơn vị", "Có điều kiện thi hành", "Thi hành xong"],
      [1, 2, 3],
      ["Chi cục A", 10, 5],
    ];
    expect(recognized(cells).dataStartRow).toBe(2);
  });

  test("old Cục name alone is the office; 'Đơn vị báo cáo:' prefix is dropped; 'Kính gửi' is not the office", () => {
    const cells = [
      ["Kính gửi: Cục Thi hành án dân sự tỉnh Hà Nam", "Đơn vị báo cáo: Chi cục THADS quận Ba Đình"],
      ["Đơn vị", "Có ĐK", "Xong"],
      ["A", 1, 1],
    ];
    expect(recognized(cells).office).toBe("Chi cục THADS quận Ba Đình");
    const province = [["CỤC THADS TỈNH HÀ NAM"], ["Đơn vị", "Có ĐK", "Xong"], ["A", 1, 1]];
    expect(recognized(province).office).toBe("CỤC THADS TỈNH HÀ NAM");
  });
});

/** The problem of a grid that holds no table, or fails the test when a table is found. */
function notFound(cells: unknown[][], opts: GridOptions = {}): Problem {
  const result = recognizeTable(cells, opts);
  if (!isError(result)) throw new Error("a table was recognised");
  return result.problem;
}

describe("recognizeTable failures say what is missing", () => {
  test("a case register has no Có điều kiện column", () => {
    const p = notFound(CASE_REGISTER_GRID, { sheetName: "Sổ" });
    expect(p).toEqual({ code: "tableHeaderIncomplete", params: { missing: "eligible", firstRow: 2, lastRow: 2, sheet: "Sổ" } });
    expect(renderProblem(p, "vi")).toBe(
      'Không tìm thấy cột "Có điều kiện thi hành" (Có ĐK). Tiêu đề bảng được tìm thấy ở dòng 2 của trang "Sổ".',
    );
    expect(renderProblem(p, "en")).toBe('No "enforceable" column was found. The table\'s header was found at row 2 of sheet "Sổ".');
  });

  test("the header row is numbered from the grid's origin", () => {
    const p = notFound(CASE_REGISTER_GRID, { sheetName: "Sổ", origin: { row: 4, col: 0 } });
    expect(p.params).toMatchObject({ firstRow: 6, lastRow: 6 });
  });

  test("no Thi hành xong column", () => {
    const p = notFound([["Đơn vị", "Có ĐK", "Đình chỉ"], ["A", 10, 1]]);
    expect(p).toEqual({ code: "tableHeaderIncomplete", params: { missing: "completed", firstRow: 1, lastRow: 1 } });
    expect(renderProblem(p, "vi")).toBe('Không tìm thấy cột "Thi hành xong". Tiêu đề bảng được tìm thấy ở dòng 1.');
  });

  test("no header at all", () => {
    const p = notFound([[1, 2, 3], [4, 5, 6]], { sheetName: "Sheet1" });
    expect(p).toEqual({ code: "tableNotFound", params: { sheet: "Sheet1" } });
    expect(renderProblem(p, "vi")).toBe(
      'Không tìm thấy bảng thống kê trên trang "Sheet1": không có dòng tiêu đề nào có các cột như "Có điều kiện thi hành", "Thi hành xong", "Đơn vị" hoặc "Chấp hành viên".',
    );
  });

  test("eligible by cases and completed by money only cannot make a rate", () => {
    const p = notFound([["Đơn vị", "Có ĐK (việc)", "Xong về tiền"], ["A", 10, 100]]);
    expect(p.params).toMatchObject({ missing: "apart" });
    expect(renderProblem(p, "vi")).toBe(
      'Cột "Có điều kiện thi hành" và cột "Thi hành xong" không cùng về việc hoặc cùng về tiền. Tiêu đề bảng được tìm thấy ở dòng 1.',
    );
  });

  test("layoutGap checks a layout the user corrected", () => {
    const columns = { cases: { eligible: 2, completed: 3 }, money: {} };
    expect(layoutGap({ columns, nameColumn: 1 })).toBeUndefined();
    expect(layoutGap({ columns, nameColumn: -1 })).toBe("name");
    expect(layoutGap({ columns: { cases: { completed: 3 }, money: {} }, nameColumn: 1 })).toBe("eligible");
  });
});
