import { isError } from "../../../src/core/errors";
import { buildReport } from "../../../src/core/report/build";
import { ExtractOptions, extractTable } from "../../../src/core/table/extract";
import { recognizeTable, TableLayout } from "../../../src/core/table/recognize";
import { Issue, StatTable } from "../../../src/core/table/model";
import { issueText } from "../../../src/i18n/problem";
import { FAULTY_TABLE, OFFICER_TABLE_FLAT, OFFICER_TABLE_LEGACY, UNIT_TABLE_NEW } from "../../fixtures/tables";
import { renderProblem } from "../../../src/i18n/problem";

function read(cells: unknown[][], opts: ExtractOptions = { sheetName: "Sheet1" }): StatTable {
  const layout = recognizeTable(cells, opts);
  if (isError(layout)) throw new Error(renderProblem(layout.problem, "vi"));
  return extractTable(cells, layout, opts);
}

/** An issue's text as the Vietnamese pane shows it, and as the English one does. */
const vi = (i: Issue | undefined) => (i ? issueText(i, "vi") : undefined);
const en = (i: Issue | undefined) => (i ? issueText(i, "en") : undefined);

/** Issues reduced to what the pane shows in its list: address, severity, absolute row/col. */
const brief = (issues: Issue[]) => issues.map((i) => [i.where, i.severity, i.row, i.col]);

describe("extractTable: officer table with legacy names", () => {
  const table = read(OFFICER_TABLE_LEGACY);

  test("members are the four officers; blank, total and signature rows are not", () => {
    expect(table.memberKind).toBe("officer");
    expect(table.office).toBe("CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN KIM BẢNG");
    expect(table.members.map((m) => [m.name, m.where])).toEqual([
      ["Nguyễn Văn An", "Sheet1!B10"],
      ["Trần Thị Bình", "Sheet1!B11"],
      ["Lê Hoàng Cường", "Sheet1!B12"],
      ["Phạm Thu Dung", "Sheet1!B13"],
    ]);
  });

  test("figures, with text numbers read and targets as fractions (81.5, '81,5', 0.815 → 0.815)", () => {
    const [an, binh, cuong, dung] = table.members;
    expect(an.cases).toEqual({ mustEnforce: 260, eligible: 200, completed: 160, terminated: 5, notEligible: 60, target: 0.815 });
    expect(an.money).toEqual({ mustEnforce: 12000, eligible: 9000, completed: 4000, terminated: 200, notEligible: 3000, target: 0.48 });
    expect(binh.cases).toEqual({ mustEnforce: 230, eligible: 180, completed: 140, terminated: 4, notEligible: 50, target: 0.815 });
    expect(binh.money).toEqual({ mustEnforce: 10500, eligible: 8000, completed: 3000, terminated: 1234, notEligible: 2500, target: 0.48 });
    expect(cuong.cases).toEqual({ mustEnforce: 210, eligible: 170, completed: 125, terminated: 3, notEligible: 40, target: 0.815 });
    expect(cuong.money).toEqual({ mustEnforce: 9000, eligible: 7000, completed: 2800, terminated: 264, notEligible: 2000, target: 0.48 });
    expect(dung.cases).toEqual({ mustEnforce: 180, eligible: 150, completed: 100, terminated: 3, notEligible: 30, target: 0.815 });
    expect(dung.money).toEqual({ mustEnforce: 7500, eligible: 6000, completed: 2400, terminated: 100, notEligible: 1500, target: 0.48 });
  });

  test("the Tổng cộng row is the sheet total", () => {
    expect(table.sheetTotal).toEqual({
      name: "Tổng cộng",
      where: "Sheet1!B15",
      cases: { mustEnforce: 880, eligible: 700, completed: 525, terminated: 15, notEligible: 180, target: 0.815 },
      money: { mustEnforce: 39000, eligible: 30000, completed: 12200, terminated: 1798, notEligible: 9000, target: 0.48 },
    });
  });

  test("only the three numbers stored as text are listed, as warnings", () => {
    expect(brief(table.issues)).toEqual([
      ["Sheet1!H11", "warning", 10, 7],
      ["Sheet1!L11", "warning", 10, 11],
      ["Sheet1!N13", "warning", 12, 13],
    ]);
    expect(vi(table.issues[0])).toBe(
      'Ô Sheet1!H11 (Trần Thị Bình, chỉ tiêu về việc): số được nhập dạng chữ "81,5", đã đọc là 81,5%.',
    );
    expect(vi(table.issues[1])).toBe(
      'Ô Sheet1!L11 (Trần Thị Bình, đình chỉ về tiền): số được nhập dạng chữ "1.234", đã đọc là 1.234.',
    );
  });

  test("addresses follow the grid's origin and quote sheet names with spaces", () => {
    const shifted = read(OFFICER_TABLE_LEGACY, { sheetName: "Báo cáo T8", origin: { row: 2, col: 1 } });
    expect(shifted.members[0].where).toBe("'Báo cáo T8'!C12");
    expect(brief(shifted.issues)[0]).toEqual(["'Báo cáo T8'!I13", "warning", 12, 8]);
  });
});

describe("extractTable: unit table with new names", () => {
  const table = read(UNIT_TABLE_NEW);

  test("members are the three Phòng; the Trong đó rows are not counted", () => {
    expect(table.memberKind).toBe("unit");
    expect(table.office).toBe("THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH");
    expect(table.members.map((m) => m.name)).toEqual([
      "Phòng Thi hành án dân sự khu vực 1",
      "Phòng Thi hành án dân sự khu vực 2",
      "Phòng Thi hành án dân sự khu vực 3",
    ]);
  });

  test("figures of every column", () => {
    const [kv1, kv2, kv3] = table.members;
    expect(kv1.cases).toEqual({
      accepted: 500, carriedOver: 120, newlyAccepted: 380, mustEnforce: 500, eligible: 400,
      completed: 300, terminated: 10, inProgress: 90, notEligible: 100, backlog: 190,
    });
    expect(kv1.money).toEqual({
      accepted: 50000, carriedOver: 20000, newlyAccepted: 30000, mustEnforce: 50000, eligible: 35000,
      completed: 15000, terminated: 1000, inProgress: 19000, notEligible: 15000, backlog: 34000,
    });
    expect(kv2.cases).toEqual({
      accepted: 400, carriedOver: 90, newlyAccepted: 310, mustEnforce: 400, eligible: 330,
      completed: 250, terminated: 6, inProgress: 74, notEligible: 70, backlog: 144,
    });
    expect(kv2.money).toEqual({
      accepted: 40000, carriedOver: 15000, newlyAccepted: 25000, mustEnforce: 40000, eligible: 28000,
      completed: 12000, terminated: 500, inProgress: 15500, notEligible: 12000, backlog: 27500,
    });
    expect(kv3.cases).toEqual({
      accepted: 250, carriedOver: 60, newlyAccepted: 190, mustEnforce: 250, eligible: 200,
      completed: 150, terminated: 4, inProgress: 46, notEligible: 50, backlog: 96,
    });
    expect(kv3.money).toEqual({
      accepted: 20000, carriedOver: 8000, newlyAccepted: 12000, mustEnforce: 20000, eligible: 14000,
      completed: 6000, terminated: 300, inProgress: 7700, notEligible: 6000, backlog: 13700,
    });
  });

  test("the Tổng cộng label merged over STT and name is found in column A", () => {
    expect(table.sheetTotal?.where).toBe("Sheet1!A10");
    expect(table.sheetTotal?.cases).toEqual({
      accepted: 1150, carriedOver: 270, newlyAccepted: 880, mustEnforce: 1150, eligible: 930,
      completed: 700, terminated: 20, inProgress: 210, notEligible: 220, backlog: 430,
    });
    expect(table.sheetTotal?.money.eligible).toBe(77000);
    expect(table.sheetTotal?.money.backlog).toBe(75200);
  });

  test("the one text number is the only issue", () => {
    expect(brief(table.issues)).toEqual([["Sheet1!R16", "warning", 15, 17]]);
  });
});

describe("extractTable: single header row, bad cell", () => {
  const table = read(OFFICER_TABLE_FLAT);

  test("a cell that is not a number is an error and its figure is left out", () => {
    expect(brief(table.issues)).toEqual([
      ["Sheet1!D6", "error", 5, 3],
      ["Sheet1!C7", "warning", 6, 2],
      ["Sheet1!F7", "warning", 6, 5],
    ]);
    expect(vi(table.issues[0])).toBe('Ô Sheet1!D6 (Đỗ Thị Lan, thi hành xong về việc): "abc" không phải là số.');
  });

  test("members and the disagreeing Cộng row", () => {
    expect(table.office).toBe("PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 3");
    expect(table.members.map((m) => [m.name, m.cases, m.money])).toEqual([
      ["Hoàng Văn Hải", { eligible: 120, completed: 95, terminated: 2 }, { eligible: 5000, completed: 2100, terminated: 0 }],
      ["Đỗ Thị Lan", { eligible: 100, terminated: 1 }, { eligible: 4000, completed: 1500, terminated: 100 }],
      ["Vũ Minh Tuấn", { eligible: 95, completed: 70, terminated: 0 }, { eligible: 3500, completed: 1200, terminated: 50 }],
    ]);
    expect(table.sheetTotal).toEqual({
      name: "Cộng",
      where: "Sheet1!B8",
      cases: { eligible: 315, completed: 250, terminated: 4 },
      money: { eligible: 12500, completed: 4800, terminated: 150 },
    });
  });
});

describe("extractTable: identity checks and bad values", () => {
  const table = read(FAULTY_TABLE);

  test("every breach is listed with its cell, errors only where the rate becomes impossible", () => {
    expect(brief(table.issues)).toEqual([
      ["Sheet1!F4", "error", 3, 5], // B: 11 + 2 > 12 cases
      ["Sheet1!K4", "error", 3, 10], // B: 900 > 800 money
      ["Sheet1!L5", "error", 4, 11], // C: −50
      ["Sheet1!D5", "warning", 4, 3], // C: 16 ≠ 5 + 10
      ["Sheet1!L6", "error", 5, 11], // D: TRUE
      ["Sheet1!E6", "warning", 5, 4], // D: 20 ≠ 12 + 5
      ["Sheet1!J6", "warning", 5, 9], // D: 10 ≠ 20 − 6
      ["Sheet1!A7", "warning", 6, 0], // figures without a name
      ["Sheet1!G8", "error", 7, 6], // E: 4,5 cases
      ["Sheet1!J8", "error", 7, 9], // E: 5,5 cases
    ]);
  });

  test("messages name the member, the figures and the cell", () => {
    const byWhere = new Map(table.issues.map((i) => [i.where, vi(i)]));
    expect(byWhere.get("Sheet1!F4")).toBe(
      "Đơn vị B (về việc): thi hành xong + đình chỉ = 13 lớn hơn số có điều kiện 12 (ô Sheet1!F4): tỷ lệ vượt 100%.",
    );
    expect(byWhere.get("Sheet1!L5")).toBe("Ô Sheet1!L5 (Đơn vị C, thi hành xong về tiền): số âm -50 không hợp lệ.");
    expect(byWhere.get("Sheet1!D5")).toBe(
      "Đơn vị C (về việc): tổng số thụ lý 16 (ô Sheet1!D5) khác năm trước chuyển sang + thụ lý mới = 15.",
    );
    expect(byWhere.get("Sheet1!E6")).toBe(
      "Đơn vị D (về việc): tổng số phải thi hành 20 (ô Sheet1!E6) khác có điều kiện + chưa có điều kiện = 17.",
    );
    expect(byWhere.get("Sheet1!J6")).toBe(
      "Đơn vị D (về việc): chuyển kỳ sau 10 (ô Sheet1!J6) khác tổng số phải thi hành − (thi hành xong + đình chỉ) = 14.",
    );
    expect(byWhere.get("Sheet1!L6")).toBe('Ô Sheet1!L6 (Đơn vị D, thi hành xong về tiền): "TRUE" không phải là số.');
    expect(byWhere.get("Sheet1!A7")).toBe("Dòng 7 có số liệu nhưng không có tên (ô Sheet1!A7): dòng này không được tính.");
    expect(byWhere.get("Sheet1!G8")).toBe("Ô Sheet1!G8 (Đơn vị E, thi hành xong về việc): số việc 4,5 không phải là số nguyên.");
  });

  test("problems carry their code and raw figures; English renders them the English way", () => {
    const byWhere = new Map(table.issues.map((i) => [i.where, i]));
    expect(byWhere.get("Sheet1!F4")?.problem).toEqual({
      code: "tableDoneAboveEligible",
      params: { member: "Đơn vị B", measure: "cases", done: 13, eligible: 12, cell: "Sheet1!F4" },
    });
    expect(byWhere.get("Sheet1!D5")?.problem).toEqual({
      code: "tableIdentity",
      params: { member: "Đơn vị C", measure: "cases", category: "accepted", actual: 16, cell: "Sheet1!D5", identity: "accepted", expected: 15 },
    });
    expect(byWhere.get("Sheet1!L5")?.problem).toEqual({
      code: "tableNegative",
      params: { cell: "Sheet1!L5", member: "Đơn vị C", measure: "money", category: "completed", value: -50 },
    });
    expect(en(byWhere.get("Sheet1!G8"))).toBe("Cell Sheet1!G8 (Đơn vị E, completed, by cases): the case count 4.5 is not a whole number.");
    expect(en(byWhere.get("Sheet1!J6"))).toBe(
      "Đơn vị D (by cases): carried to next period 10 (cell Sheet1!J6) differs from must be enforced − (completed + terminated) = 14.",
    );
  });

  test("the unnamed row is not a member; bad figures are left out of their member", () => {
    expect(table.members.map((m) => m.name)).toEqual(["Đơn vị A", "Đơn vị B", "Đơn vị C", "Đơn vị D", "Đơn vị E"]);
    expect(table.members[2].money).toEqual({ eligible: 600, terminated: 0 });
    expect(table.members[3].money).toEqual({ eligible: 700, terminated: 0 });
    expect(table.sheetTotal).toBeUndefined();
  });
});

describe("extractTable: row kinds", () => {
  const layout: TableLayout = {
    headerRows: { first: 0, last: 0 },
    dataStartRow: 1,
    nameColumn: 1,
    columns: { cases: { eligible: 2, completed: 3, terminated: 4, target: 5 }, money: {} },
    memberKind: "officer",
  };

  test("headings without figures, Trong đó rows, subtotals and blank targets", () => {
    const cells = [
      ["STT", "Họ tên", "Có ĐK", "Xong", "Đình chỉ", "Chỉ tiêu"],
      ["I", "Đội thi hành án số 1", "", "", "", ""], // heading: no figures
      [1, "Nguyễn A", 10, 6, 1, ""], // no target for this row
      [2, "Trần B", 20, 12, 0, "80%"],
      ["", "Trong đó: án hình sự", 5, 3, 0, ""], // breakdown of Trần B
      ["", "Cộng", 30, 18, 1, ""], // subtotal, outranked by Tổng cộng
      [3, "Lê C", 5, 5, 0, 0.8],
      ["", "Tổng cộng", 35, 23, 1, ""],
    ];
    const table = extractTable(cells, layout, { sheetName: "Sheet1" });
    expect(table.members.map((m) => [m.name, m.cases])).toEqual([
      ["Nguyễn A", { eligible: 10, completed: 6, terminated: 1 }],
      ["Trần B", { eligible: 20, completed: 12, terminated: 0, target: 0.8 }],
      ["Lê C", { eligible: 5, completed: 5, terminated: 0, target: 0.8 }],
    ]);
    expect(table.sheetTotal?.name).toBe("Tổng cộng");
    expect(table.sheetTotal?.cases).toEqual({ eligible: 35, completed: 23, terminated: 1 });
    expect(brief(table.issues)).toEqual([["Sheet1!F4", "warning", 3, 5]]); // "80%" stored as text
  });

  test("a target above 100% is an error; a problem in the total row is only a warning", () => {
    const cells = [
      ["STT", "Họ tên", "Có ĐK", "Xong", "Đình chỉ", "Chỉ tiêu"],
      [1, "Nguyễn A", 10, 6, 1, 150],
      ["", "Tổng cộng", 10, "#REF!", 1, ""],
    ];
    const table = extractTable(cells, layout);
    expect(brief(table.issues)).toEqual([
      ["F2", "error", 1, 5],
      ["D3", "warning", 2, 3],
    ]);
    expect(vi(table.issues[0])).toBe('Ô F2 (Nguyễn A, chỉ tiêu về việc): chỉ tiêu "150" không phải là tỷ lệ từ 0 đến 100%.');
    expect(table.sheetTotal?.cases).toEqual({ eligible: 10, terminated: 1 });
  });

  test("a layout without the columns a rate needs is an error issue", () => {
    const cells = [["Họ tên", "Xong"], ["Nguyễn A", 3]];
    const table = extractTable(cells, { ...layout, nameColumn: 0, columns: { cases: { completed: 1 }, money: {} } });
    expect(table.issues).toEqual([
      { where: "A1", problem: { code: "tableLayoutIncomplete", params: { missing: "eligible" } }, severity: "error", row: 0, col: 0 },
    ]);
    expect(vi(table.issues[0])).toBe('Không tìm thấy cột "Có điều kiện thi hành" (Có ĐK).');
    expect(en(table.issues[0])).toBe('No "enforceable" column was found.');
  });
});

describe("extractTable: rows the user excluded", () => {
  const REPORT = { reportDate: { year: 2026, month: 3, day: 31 }, targets: { cases: 0.8, money: 0.4 } };

  test("the table with its bad cell blocks the report", () => {
    const table = read(OFFICER_TABLE_FLAT);
    expect(brief(table.issues.filter((i) => i.severity === "error"))).toEqual([["Sheet1!D6", "error", 5, 3]]);
    expect(buildReport(table, REPORT).data.errors).not.toEqual([]);
  });

  test("excluding Lan's row (D6 holds \"abc\"): no error, Lan is gone, one warning names the row", () => {
    const table = read(OFFICER_TABLE_FLAT, { sheetName: "Sheet1", excludedRows: [5] });
    expect(table.members.map((m) => m.name)).toEqual(["Hoàng Văn Hải", "Vũ Minh Tuấn"]);
    expect(brief(table.issues)).toEqual([
      ["Sheet1!B6", "warning", 5, 1],
      ["Sheet1!C7", "warning", 6, 2],
      ["Sheet1!F7", "warning", 6, 5],
    ]);
    expect(vi(table.issues[0])).toBe("Dòng 6 (Đỗ Thị Lan) đã được loại khỏi báo cáo theo lựa chọn của người dùng.");

    // The total is that of the other two rows: Hải 120/95/2 | 5000/2100/0 and Tuấn 95/70/0 | 3500/1200/50.
    const doc = buildReport(table, REPORT);
    expect(doc.data.errors).toEqual([]);
    const { cases, money } = doc.data.total;
    expect([cases.eligible, cases.completed, cases.terminated]).toEqual([215, 165, 2]);
    expect([money.eligible, money.completed, money.terminated]).toEqual([8500, 3300, 50]);
  });

  test("excluded rows are sheet rows: with the grid starting at row 11, Lan's row is 15", () => {
    const origin = { row: 10, col: 0 };
    const byGridRow = read(OFFICER_TABLE_FLAT, { origin, excludedRows: [5] });
    expect(byGridRow.members.map((m) => m.name)).toEqual(["Hoàng Văn Hải", "Đỗ Thị Lan", "Vũ Minh Tuấn"]);
    const bySheetRow = read(OFFICER_TABLE_FLAT, { origin, excludedRows: [15] });
    expect(bySheetRow.members.map((m) => m.name)).toEqual(["Hoàng Văn Hải", "Vũ Minh Tuấn"]);
    expect(vi(bySheetRow.issues[0])).toBe("Dòng 16 (Đỗ Thị Lan) đã được loại khỏi báo cáo theo lựa chọn của người dùng.");
    expect(en(bySheetRow.issues[0])).toBe("Row 16 (Đỗ Thị Lan) was left out of the report, as the user chose.");
    expect(bySheetRow.issues[0]).toEqual({
      where: "B16",
      problem: { code: "tableRowExcluded", params: { line: 16, name: "Đỗ Thị Lan" } },
      severity: "warning",
      row: 15,
      col: 1,
    });
  });
});
