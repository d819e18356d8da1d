import { isError } from "../../../src/core/errors";
import { aggregateRegister, RegisterOptions, RegisterResult } from "../../../src/core/register/aggregate";
import { recognizeRegister, RegisterLayout } from "../../../src/core/register/recognize";
import { Issue, Member } from "../../../src/core/table/model";
import { issueText } from "../../../src/i18n/problem";
import { renderProblem } from "../../../src/i18n/problem";

// Excel serials computed by hand: 1/1/2021 is 44197 (so 20/11/2020 = 44197 − 42 = 44155).
const SERIAL_2020_11_20 = 44155;
const SERIAL_2021_05_10 = 44326; // 44197 + 31 + 28 + 31 + 30 + 9

const REPORT_DATE = { year: 2021, month: 8, day: 31 }; // 11 tháng năm 2021: 1/10/2020 – 31/8/2021

function layoutOf(cells: unknown[][], opts?: Parameters<typeof recognizeRegister>[1]): RegisterLayout {
  const r = recognizeRegister(cells, opts);
  if (isError(r)) throw new Error(renderProblem(r.problem, "vi"));
  return r;
}

function aggregate(cells: unknown[][], options: Partial<RegisterOptions> = {}, opts?: Parameters<typeof recognizeRegister>[1]) {
  return aggregateRegister(cells, layoutOf(cells, opts), { reportDate: REPORT_DATE, ...options });
}

function member(r: RegisterResult, name: string): Member {
  const m = r.table.members.find((x) => x.name === name);
  if (!m) throw new Error(`no member ${name}`);
  return m;
}

const text = (i: Issue) => issueText(i, "vi");
const errors = (r: RegisterResult) => r.table.issues.filter((i) => i.severity === "error");
/** The warnings naming cells (the sheet's note that the register has no result-date column is tested on its own). */
const warnings = (r: RegisterResult) =>
  r.table.issues.filter((i) => i.severity === "warning" && i.problem?.code !== "registerNoResultDate");

/** A register in đồng, every status, dates as text, serials and Date objects. */
function sampleRegister(): unknown[][] {
  return [
    ["SỔ THEO DÕI THI HÀNH ÁN", "", "", "", "", "", ""],
    ["STT", "Số QĐ", "Ngày thụ lý", "Chấp hành viên", "Trạng thái", "Số tiền phải thi hành (đồng)", "Đã thu (đồng)"],
    [1, "01/QĐ", "15/10/2020", "Nguyễn Văn An", "Xong", 10000000, 10000000],
    [2, "02/QĐ", SERIAL_2020_11_20, "Nguyễn Văn An", "TH xong", 5000000, 5000000],
    [3, "03/QĐ", "01/12/2020", "Nguyễn Văn An", "Đình chỉ", 3000000, 1000000],
    [4, "04/QĐ", new Date(Date.UTC(2021, 0, 5)), "Nguyễn Văn An", "Đang THA", 8000000, 2500000],
    [5, "05/QĐ", "2021-02-10", "nguyễn văn  an", "Hoãn", 4000000, 0],
    [6, "06/QĐ", "20/9/2020", "Nguyễn Văn An", "Tạm đình chỉ", 6000000, 0],
    [7, "07/QĐ", "15.03.2021", "Nguyễn Văn An", "Chưa có ĐK", 7000000, 500000],
    [8, "08/QĐ", "01/04/2021", "Nguyễn Văn An", "Ủy thác", 2000000, ""],
    [9, "09/QĐ", "02/04/2021", "Nguyễn Văn An", "Thu hồi", 1000000, null],
    [10, "10/QĐ", "01/09/2021", "Nguyễn Văn An", "Xong", 99000000, 99000000], // after the report date
    [11, "11/QĐ", "10/10/2019", "Trần Thị Bình", "ĐC", 1234500, 0],
    [12, "12/QĐ", SERIAL_2021_05_10, "Trần Thị Bình", "xong", 2000000, 2000000],
    [13, "13/QĐ", "31/08/2021", "Trần Thị Bình", "Đang thi hành", 500000, "100.000"], // on the report date: in
    [14, "14/QĐ", "31/8/2021", "Trần Thị Bình", "Thi hành xong", 1000000, 1000000],
    ["", "", "", "", "", "", ""],
    ["Tổng cộng", "", "", "", "", 142734500, 120600000],
  ];
}

describe("aggregateRegister: a hand-counted register in đồng", () => {
  const r = aggregate(sampleRegister(), {}, { sheetName: "Sổ" });

  it("is a statistics table of officers", () => {
    expect(r.table.memberKind).toBe("officer");
    expect(r.table.members.map((m) => m.name)).toEqual(["Nguyễn Văn An", "Trần Thị Bình"]);
    expect(r.rowsRead).toBe(14);
    expect(r.afterReportDate).toBe(1);
    expect(r.unclassified).toBe(0);
    expect(errors(r)).toEqual([]);
  });

  it("counts An's cases", () => {
    // In period: rows 1–9. Row 6 (20/9/2020) is carried over, rows 1–5 and 7–9 newly accepted.
    // eligible = xong 2 + đình chỉ 1 + đang thi hành 1 + hoãn 1 = 5; mustEnforce = 9 − 1 − 1 = 7.
    expect(member(r, "Nguyễn Văn An").cases).toEqual({
      carriedOver: 1,
      newlyAccepted: 8,
      accepted: 9,
      delegatedOut: 1,
      revoked: 1,
      mustEnforce: 7,
      eligible: 5,
      completed: 2,
      terminated: 1,
      inProgress: 1,
      postponed: 1,
      suspended: 1,
      notEligible: 1,
      backlog: 7 - 2 - 1, // carried to the next period = mustEnforce − completed − terminated
    });
  });

  it("counts An's money in nghìn đồng", () => {
    expect(member(r, "Nguyễn Văn An").money).toEqual({
      carriedOver: 6000,
      newlyAccepted: 10000 + 5000 + 3000 + 8000 + 4000 + 7000 + 2000 + 1000, // 40000
      accepted: 46000,
      delegatedOut: 2000,
      revoked: 1000,
      mustEnforce: 43000,
      eligible: 10000 + 5000 + 3000 + 8000 + 4000, // 30000
      completed: 10000 + 5000 + 1000 + 2500, // collected on eligible cases: 18500
      terminated: 3000 - 1000,
      inProgress: 8000 - 2500,
      postponed: 4000,
      suspended: 6000,
      notEligible: 7000 - 500, // the 500 collected on a not-eligible case is not "completed"
      backlog: 43000 - 18500 - 2000,
    });
  });

  it("counts Bình's cases and money, rounding đồng once to whole nghìn đồng", () => {
    const b = member(r, "Trần Thị Bình");
    expect(b.cases).toMatchObject({ carriedOver: 1, newlyAccepted: 3, accepted: 4, mustEnforce: 4, eligible: 4, completed: 2, terminated: 1, inProgress: 1 });
    // 1.234.500 đ = 1.234,5 nghìn → 1.235 (half up)
    expect(b.money).toMatchObject({
      carriedOver: 1235,
      newlyAccepted: 2000 + 500 + 1000,
      accepted: 4735,
      mustEnforce: 4735,
      eligible: 3000 + 1235 + 500,
      completed: 2000 + 1000 + 100,
      terminated: 1235,
      inProgress: 400,
    });
  });

  it("lists each distinct status with its classification and row count", () => {
    expect(r.statuses).toEqual([
      { text: "Xong", category: "completed", count: 1 }, // row 10 is after the report date
      { text: "TH xong", category: "completed", count: 1 },
      { text: "Đình chỉ", category: "terminated", count: 1 },
      { text: "Đang THA", category: "inProgress", count: 1 },
      { text: "Hoãn", category: "postponed", count: 1 },
      { text: "Tạm đình chỉ", category: "suspended", count: 1 },
      { text: "Chưa có ĐK", category: "notEligible", count: 1 },
      { text: "Ủy thác", category: "delegatedOut", count: 1 },
      { text: "Thu hồi", category: "revoked", count: 1 },
      { text: "ĐC", category: "terminated", count: 1 },
      { text: "xong", category: "completed", count: 1 },
      { text: "Đang thi hành", category: "inProgress", count: 1 },
      { text: "Thi hành xong", category: "completed", count: 1 },
    ]);
  });

  it("warns about the amount stored as text, with its cell", () => {
    expect(warnings(r)).toEqual([
      expect.objectContaining({ where: "Sổ!G15", row: 14, col: 6, severity: "warning" }),
    ]);
  });

  it("reads the same register kept in nghìn đồng when the user says so", () => {
    const t = aggregate(sampleRegister(), { moneyUnit: "thousand" });
    expect(member(t, "Nguyễn Văn An").money.completed).toBe(18500000);
    expect(member(t, "Trần Thị Bình").money.terminated).toBe(1234500);
    expect(member(t, "Trần Thị Bình").money.inProgress).toBe(400000);
  });

  it("follows the eligible categories the user chose", () => {
    const noPostponed = aggregate(sampleRegister(), { eligibleCategories: ["completed", "terminated", "inProgress"] });
    const an1 = member(noPostponed, "Nguyễn Văn An");
    expect(an1.cases.eligible).toBe(4);
    expect(an1.money.eligible).toBe(30000 - 4000);
    expect(an1.money.completed).toBe(18500); // nothing was collected on the postponed case
    const withSuspended = aggregate(sampleRegister(), {
      eligibleCategories: ["completed", "terminated", "inProgress", "postponed", "suspended"],
    });
    const an2 = member(withSuspended, "Nguyễn Văn An");
    expect(an2.cases.eligible).toBe(6);
    expect(an2.money.eligible).toBe(36000);
  });

  it("leaves out every case when the report date is before them all", () => {
    const early = aggregate(sampleRegister(), { reportDate: { year: 2019, month: 10, day: 9 } });
    expect(early.table.members).toEqual([]);
    expect(early.afterReportDate).toBe(14); // every case row: 10/10/2019 is the earliest
  });
});

describe("aggregateRegister: statuses the user must classify", () => {
  const cells: unknown[][] = [
    ["Chấp hành viên", "Trạng thái", "Ngày thụ lý", "Phải thi hành (1.000 đ)", "Đã thu (1.000 đ)"],
    ["An", "Đang xác minh", "01/11/2020", 100, 0],
    ["An", "Xong", "02/11/2020", 50, 50],
    ["An", "Đang xác minh", "03/11/2020", 70, 10],
    ["An", "", "04/11/2020", 30, 0],
  ];

  it("blocks on an unknown status and on a blank one, once per status text", () => {
    const r = aggregate(cells);
    expect(r.unclassified).toBe(3);
    expect(r.statuses).toEqual([
      { text: "Đang xác minh", category: null, count: 2 },
      { text: "Xong", category: "completed", count: 1 },
      { text: "", category: null, count: 1 },
    ]);
    expect(errors(r)).toEqual([
      expect.objectContaining({ where: "B2", row: 1, col: 1, problem: { code: "registerStatusUnclassified", params: { text: "Đang xác minh" } } }),
      expect.objectContaining({ where: "B5", row: 4, col: 1 }),
    ]);
  });

  it("counts them once reclassified", () => {
    const r = aggregate(cells, { reclassified: { "Đang xác minh": "inProgress", "": "notEligible" } });
    expect(errors(r)).toEqual([]);
    expect(r.unclassified).toBe(0);
    expect(r.statuses[0]).toEqual({ text: "Đang xác minh", category: "inProgress", count: 2 });
    const an = member(r, "An");
    expect(an.cases).toMatchObject({ accepted: 4, mustEnforce: 4, eligible: 3, completed: 1, inProgress: 2, notEligible: 1 });
    expect(an.money).toMatchObject({ accepted: 250, eligible: 220, completed: 50 + 10, inProgress: 160, notEligible: 30 });
  });

  it("lets the user override a recognised status too", () => {
    const r = aggregate(cells, { reclassified: { "Đang xác minh": "inProgress", "": "inProgress", Xong: "terminated" } });
    expect(member(r, "An").cases).toMatchObject({ completed: 0, terminated: 1, inProgress: 3 });
  });
});

describe("aggregateRegister: dates and numbers that cannot be read", () => {
  // Sheet "Sổ", cells starting at B5 (origin row 4, col 1): cell (r, c) is at sheet row r + 5.
  const cells: unknown[][] = [
    ["Chấp hành viên", "Trạng thái", "Ngày thụ lý", "Phải thi hành", "Đã thu"],
    ["An", "Xong", "32/01/2021", 10, 10], // no 32nd day
    ["An", "Xong", "15/13/2021", 10, 10], // month 13
    ["An", "Xong", "03/25/2021", 10, 10], // mm/dd order
    ["An", "Xong", "hôm qua", 10, 10],
    ["An", "Xong", "", 10, 10],
    ["An", "Xong", "01/02/2021", "mười", 10],
    ["An", "Xong", "01/02/2021", 20, -5],
    ["An", "Xong", "01/02/2021", 30, 30],
  ];
  const r = aggregate(cells, {}, { sheetName: "Sổ", origin: { row: 4, col: 1 } });

  it("lists each problem with its cell", () => {
    expect(errors(r).map((i) => [i.where, i.row, i.col])).toEqual([
      ["Sổ!D6", 5, 3],
      ["Sổ!D7", 6, 3],
      ["Sổ!D8", 7, 3],
      ["Sổ!D9", 8, 3],
      ["Sổ!D10", 9, 3],
      ["Sổ!E11", 10, 4],
      ["Sổ!F11", 10, 5], // "mười" read as 0, so 10 collected is above it
      ["Sổ!F12", 11, 5],
    ]);
    const messages = errors(r).map(text);
    expect(messages[1]).toContain("tháng 13 lớn hơn 12");
    expect(messages[2]).toContain("tháng/ngày");
    expect(messages[5]).toContain('"mười"');
  });

  it("still counts the rows it could read", () => {
    // Rows with a bad date are not counted; the rows with bad numbers are counted with 0 for the bad cell.
    expect(member(r, "An").cases.accepted).toBe(3);
    expect(member(r, "An").money.accepted).toBe(0 + 20 + 30);
    expect(member(r, "An").money.completed).toBe(10 + 0 + 30);
  });
});

describe("aggregateRegister: a broken column", () => {
  it("lists the first 50 cells and sums up the rest", () => {
    const cells: unknown[][] = [["Chấp hành viên", "Trạng thái", "Ngày thụ lý", "Phải thi hành", "Đã thu"]];
    for (let i = 0; i < 120; i++) cells.push(["An", "Xong", "không rõ", 1, 1]);
    const r = aggregate(cells);
    expect(errors(r)).toHaveLength(51);
    expect(errors(r)[49].where).toBe("C51");
    expect(text(errors(r)[50])).toContain("70 ô khác");
    expect(issueText(errors(r)[50], "en")).toBe("… and 70 more cells: date not readable.");
  });
});

describe("aggregateRegister: by unit and the terminated-amount column", () => {
  const cells: unknown[][] = [
    ["Đơn vị", "Chấp hành viên", "Kết quả", "Ngày thụ lý", "Phải thi hành (1.000 đ)", "Đã thu (1.000 đ)", "Số tiền đình chỉ (1.000 đ)"],
    ["Đội 1", "An", "Đình chỉ", "01/11/2020", 100, 20, 50], // column filled: 50, not 100 − 20
    ["Đội 1", "Bình", "Đình chỉ", "01/11/2020", 100, 20, ""], // blank: 100 − 20 = 80
    ["Đội 2", "Chi", "Xong", "01/11/2020", 40, 40, ""],
    ["", "Chi", "Xong", "01/11/2020", 5, 5, ""],
  ];

  it("groups by unit", () => {
    const r = aggregate(cells, { groupBy: "unit" });
    expect(r.table.memberKind).toBe("unit");
    expect(r.table.members.map((m) => m.name)).toEqual(["Đội 1", "Đội 2", "(Không ghi đơn vị)"]);
    expect(member(r, "Đội 1").cases).toMatchObject({ accepted: 2, terminated: 2, eligible: 2 });
    expect(member(r, "Đội 1").money).toMatchObject({ eligible: 200, completed: 40, terminated: 50 + 80 });
    expect(member(r, "Đội 2").money).toMatchObject({ eligible: 40, completed: 40 });
    expect(warnings(r)).toEqual([expect.objectContaining({ where: "A5", severity: "warning" })]);
  });

  it("groups by officer by default", () => {
    const r = aggregate(cells);
    expect(r.table.members.map((m) => [m.name, m.cases.accepted])).toEqual([
      ["An", 1],
      ["Bình", 1],
      ["Chi", 2],
    ]);
  });

  it("refuses to group by unit without a unit column", () => {
    const noUnit = cells.map((row) => row.slice(1));
    const r = aggregate(noUnit, { groupBy: "unit" });
    expect(r.table.members).toEqual([]);
    expect(errors(r)).toHaveLength(1);
  });
});

describe("aggregateRegister: 100,000 generated rows", () => {
  // Row i: officer "CHV i%7"; status k = i%8 in the order completed, terminated, inProgress, postponed,
  // suspended, notEligible, delegatedOut, revoked; amount 1.000 (nghìn đồng), collected = amount when
  // completed; date form by i%3 (serial, text, Date); i%10 = 9 → after the report date (15/9/2021),
  // i%10 = 0 → carried over (2020-09-xx), others in 2021-01-xx.
  const STATUS_TEXTS = ["Thi hành xong", "Đình chỉ", "Đang THA", "Hoãn THA", "TĐC", "CCĐK", "Uỷ thác", "Thu hồi QĐ"];
  const ROWS = 100000;
  function generate(): unknown[][] {
    const cells: unknown[][] = [["STT", "Chấp hành viên", "Trạng thái", "Ngày thụ lý", "Phải thi hành (1.000 đ)", "Đã thu (1.000 đ)"]];
    for (let i = 0; i < ROWS; i++) {
      const day = 1 + (i % 28);
      const ymd = i % 10 === 9 ? [2021, 9, 15] : i % 10 === 0 ? [2020, 9, day] : [2021, 1, day];
      const jsDate = new Date(Date.UTC(ymd[0], ymd[1] - 1, ymd[2]));
      const serial = Math.round((jsDate.getTime() - Date.UTC(1899, 11, 30)) / 86400000);
      const date = i % 3 === 0 ? serial : i % 3 === 1 ? `${ymd[2]}/${ymd[1]}/${ymd[0]}` : jsDate;
      const k = i % 8;
      cells.push([i + 1, `CHV ${i % 7}`, STATUS_TEXTS[k], date, 1000, k === 0 ? 1000 : 0]);
    }
    return cells;
  }

  it("adds up to the figures of the pattern", () => {
    const r = aggregate(generate());
    const total = (f: (m: Member) => number | undefined) => r.table.members.reduce((s, m) => s + (f(m) ?? 0), 0);
    // Excluded rows are i ≡ 9 (mod 10), all odd. For an even k every i ≡ k (mod 8) is even: 12.500 rows stay.
    // For an odd k, one i in 40 is ≡ 9 (mod 10) among the 5 ≡ k (mod 8): 4 of 5 stay, 10.000 rows.
    expect(r.table.members).toHaveLength(7);
    expect(r.afterReportDate).toBe(10000);
    expect(errors(r)).toEqual([]);
    expect(total((m) => m.cases.accepted)).toBe(90000);
    expect(total((m) => m.cases.carriedOver)).toBe(10000);
    expect(total((m) => m.cases.completed)).toBe(12500);
    expect(total((m) => m.cases.terminated)).toBe(10000);
    expect(total((m) => m.cases.suspended)).toBe(12500);
    expect(total((m) => m.cases.revoked)).toBe(10000);
    expect(total((m) => m.cases.mustEnforce)).toBe(90000 - 12500 - 10000);
    expect(total((m) => m.cases.eligible)).toBe(12500 + 10000 + 12500 + 10000);
    expect(total((m) => m.money.eligible)).toBe(45000 * 1000);
    expect(total((m) => m.money.completed)).toBe(12500 * 1000);
    expect(total((m) => m.money.mustEnforce)).toBe(67500 * 1000);
  });
});

describe("aggregateRegister: statuses differing only in spacing", () => {
  const cells: unknown[][] = [
    ["Chấp hành viên", "Trạng thái", "Ngày thụ lý", "Phải thi hành (1.000 đ)", "Đã thu (1.000 đ)"],
    ["An", "Đình chỉ", "01/11/2020", 100, 0],
    ["An", " Đình  chỉ ", "02/11/2020", 50, 10],
    ["An", "Đình\nchỉ", "03/11/2020", 20, 0],
    ["An", "Xong", "04/11/2020", 30, 30],
    ["An", "Chờ  bán", "05/11/2020", 40, 0],
    ["An", "Chờ bán ", "06/11/2020", 60, 0],
  ];

  it("are one status with the combined count", () => {
    expect(aggregate(cells).statuses).toEqual([
      { text: "Đình chỉ", category: "terminated", count: 3 },
      { text: "Xong", category: "completed", count: 1 },
      { text: "Chờ bán", category: null, count: 2 },
    ]);
  });

  it("are reclassified by the collapsed text, or by a key saved as typed and trimmed", () => {
    for (const key of ["Chờ bán", "Chờ  bán"]) {
      const r = aggregate(cells, { reclassified: { [key]: "inProgress" } });
      expect([key, r.unclassified, errors(r)]).toEqual([key, 0, []]);
      expect(r.statuses[2]).toEqual({ text: "Chờ bán", category: "inProgress", count: 2 });
      // terminated 3, completed 1, in progress 2 (the two "Chờ bán" rows): 40 + 60 = 100 still owed.
      expect(member(r, "An").cases).toMatchObject({ terminated: 3, completed: 1, inProgress: 2, eligible: 6 });
      expect(member(r, "An").money).toMatchObject({ terminated: 100 + 40 + 20, inProgress: 100 });
    }
  });
});

describe("aggregateRegister: rows the user excluded", () => {
  // Sheet "Sổ", cells from A3 (origin row 2): grid row r is sheet row r + 3, absolute row r + 2.
  const cells: unknown[][] = [
    ["STT", "Số QĐ", "Chấp hành viên", "Trạng thái", "Ngày thụ lý", "Phải thi hành (1.000 đ)", "Đã thu (1.000 đ)"],
    [1, "01/QĐ", "An", "Xong", "01/11/2020", 100, 100],
    [2, "02/QĐ", "An", "Đang thi hành", "02/11/2020", "mười", 0], // not a number: an error
    [3, "03/QĐ", "An", "Đình chỉ", "03/11/2020", 40, 10],
    [4, "04/QĐ", "Bình", "Xong", "04/11/2020", 70, 70],
  ];
  const opts = { sheetName: "Sổ", origin: { row: 2, col: 0 } };

  it("the bad amount is an error", () => {
    const r = aggregate(cells, {}, opts);
    expect(errors(r).map((i) => [i.where, i.row])).toEqual([["Sổ!F5", 4]]);
  });

  it("an excluded row is left out entirely, with one warning naming it", () => {
    const r = aggregate(cells, { excludedRows: [4] }, opts);
    expect(errors(r)).toEqual([]);
    expect(warnings(r)).toEqual([
      {
        where: "Sổ!C5",
        problem: { code: "registerRowExcluded", params: { line: 5, name: "An, 02/QĐ" } },
        severity: "warning",
        row: 4,
        col: 2,
      },
    ]);
    expect(text(warnings(r)[0])).toBe("Dòng 5 (An, 02/QĐ) đã được loại khỏi báo cáo theo lựa chọn của người dùng.");
    expect(r.rowsRead).toBe(3);
    expect(r.statuses).toEqual([
      { text: "Xong", category: "completed", count: 2 },
      { text: "Đình chỉ", category: "terminated", count: 1 },
    ]);
    // An: rows 1 and 3 only. Cases: eligible 2, completed 1, terminated 1. Money: eligible 100 + 40 = 140,
    // completed = collected on eligible rows 100 + 10 = 110, terminated = 40 − 10 = 30.
    expect(member(r, "An").cases).toMatchObject({ accepted: 2, mustEnforce: 2, eligible: 2, completed: 1, terminated: 1, inProgress: 0 });
    expect(member(r, "An").money).toMatchObject({ accepted: 140, eligible: 140, completed: 110, terminated: 30, inProgress: 0 });
    expect(member(r, "Bình").cases).toMatchObject({ accepted: 1, eligible: 1, completed: 1 });
  });

  it("excluded rows are sheet rows, not grid rows", () => {
    // Absolute row 3 is grid row 1 (sheet row 4, An's "Xong"), not grid row 3 (An's "Đình chỉ").
    const r = aggregate(cells, { excludedRows: [3] }, opts);
    expect(errors(r).map((i) => i.where)).toEqual(["Sổ!F5"]);
    expect(warnings(r).map(text)).toEqual(["Dòng 4 (An, 01/QĐ) đã được loại khỏi báo cáo theo lựa chọn của người dùng."]);
    expect(member(r, "An").cases).toMatchObject({ accepted: 2, completed: 0, terminated: 1, inProgress: 1 });
  });
});

describe("aggregateRegister: addresses and languages", () => {
  it("names cells with the sheet quoted as Excel quotes it, and renders problems in both languages", () => {
    const cells = [
      ["Chấp hành viên", "Trạng thái", "Ngày thụ lý", "Phải thi hành", "Đã thu"],
      ["An", "Xong", "15/10/2020", 10, 12],
    ];
    const r = aggregate(cells, {}, { sheetName: "Sổ theo dõi" });
    // Excel quotes a sheet name holding a space: the collected cell is column E, sheet row 2.
    expect(errors(r).map((i) => i.where)).toEqual(["'Sổ theo dõi'!E2"]);
    expect(issueText(errors(r)[0], "en")).toBe("amount collected 12 is above the amount to enforce 10: check the columns.");
    expect(text(errors(r)[0])).toBe("số đã thu 12 lớn hơn số phải thi hành 10: kiểm tra lại cột.");
  });
});
