import { isError } from "../../../src/core/errors";
import {
  categoriesOf,
  classifyStatus,
  countStatus,
  DEFAULT_ELIGIBLE,
  StatusCategory,
} from "../../../src/core/register/status";
import { renderProblem } from "../../../src/i18n/problem";

describe("classifyStatus", () => {
  const spellings: Array<[string, StatusCategory]> = [
    ["Xong", "completed"],
    ["xong", "completed"],
    ["Thi hành xong", "completed"],
    ["THI HÀNH XONG", "completed"],
    ["Thi hanh xong", "completed"],
    ["TH xong", "completed"],
    ["THA xong", "completed"],
    ["Đã thi hành xong", "completed"],
    ["Thi hành án xong", "completed"],
    ["  Thi   hành\nxong ", "completed"],
    ["Hoàn thành", "completed"],
    ["Đình chỉ", "terminated"],
    ["ĐC", "terminated"],
    ["Đ.C", "terminated"],
    ["đc", "terminated"],
    ["Đình chỉ THA", "terminated"],
    ["Đình chỉ thi hành án", "terminated"],
    ["Đã đình chỉ", "terminated"],
    ["Tạm đình chỉ", "suspended"],
    ["TĐC", "suspended"],
    ["Tạm đình chỉ THA", "suspended"],
    ["Đang thi hành", "inProgress"],
    ["Đang THA", "inProgress"],
    ["đang thi hành án", "inProgress"],
    ["Đang TH", "inProgress"],
    ["Hoãn", "postponed"],
    ["Hoãn THA", "postponed"],
    ["Hoãn thi hành án", "postponed"],
    ["Hoãn theo thỏa thuận", "postponed"],
    ["Chưa có ĐK", "notEligible"],
    ["Chưa có điều kiện", "notEligible"],
    ["Chưa có điều kiện thi hành", "notEligible"],
    ["CCĐK", "notEligible"],
    ["ccdk", "notEligible"],
    ["Chưa có đk THA", "notEligible"],
    ["Ủy thác", "delegatedOut"], // tone mark on U (NFC: U+1EE6)
    ["Uỷ thác", "delegatedOut"], // tone mark on y
    ["U\u0309y tha\u0301c", "delegatedOut"], // decomposed (NFD) input
    ["Ủy thác đi", "delegatedOut"],
    ["Ủy thác THA", "delegatedOut"],
    ["Thu hồi", "revoked"],
    ["Thu hồi QĐ", "revoked"],
    ["Hủy quyết định", "revoked"],
    ["Huỷ quyết định THA", "revoked"],
    ["Thu hồi, hủy quyết định THA", "revoked"],
  ];
  it.each(spellings)("%j is %s", (text, expected) => {
    expect(classifyStatus(text)).toBe(expected);
  });

  it("keeps suspended apart from terminated and not eligible apart from eligible", () => {
    expect(classifyStatus("Tạm đình chỉ")).not.toBe(classifyStatus("Đình chỉ"));
    expect(classifyStatus("Chưa có ĐK")).toBe("notEligible");
    // "Có điều kiện" is not a case status (it is the eligible group): unclassified.
    expect(classifyStatus("Có điều kiện")).toBeUndefined();
  });

  it.each([
    ["Chưa thi hành xong"],
    ["Đang xác minh"],
    ["Khác"],
    ["xong?? không rõ"],
    ["Đình chỉ một phần xong"],
    [""],
    ["   "],
  ])("leaves %j unclassified", (text) => {
    expect(classifyStatus(text)).toBeUndefined();
  });

  it("leaves non-text values unclassified", () => {
    expect(classifyStatus(1)).toBeUndefined();
    expect(classifyStatus(null)).toBeUndefined();
    expect(classifyStatus(undefined)).toBeUndefined();
    expect(classifyStatus(true)).toBeUndefined();
  });

  it("answers the same the second time (cached)", () => {
    expect(classifyStatus("TH xong")).toBe("completed");
    expect(classifyStatus("TH xong")).toBe("completed");
    expect(classifyStatus("Không biết")).toBeUndefined();
    expect(classifyStatus("Không biết")).toBeUndefined();
  });
});

describe("DEFAULT_ELIGIBLE", () => {
  it("holds completed, terminated, in progress and postponed, not suspended", () => {
    expect([...DEFAULT_ELIGIBLE].sort()).toEqual(["completed", "inProgress", "postponed", "terminated"]);
  });
});

describe("categoriesOf", () => {
  it("reads status spellings, code names and the eligible group", () => {
    expect([...(categoriesOf("thi hành xong") as Set<string>)]).toEqual(["completed"]);
    expect([...(categoriesOf("terminated") as Set<string>)]).toEqual(["terminated"]);
    expect([...(categoriesOf("Có ĐK") as Set<string>)].sort()).toEqual(["completed", "inProgress", "postponed", "terminated"]);
    expect([...(categoriesOf("có điều kiện") as Set<string>)].sort()).toEqual(["completed", "inProgress", "postponed", "terminated"]);
  });
});

describe("countStatus", () => {
  // 4 rows × 3 columns; blanks as "", 0, null and undefined.
  const range: unknown[][] = [
    ["Xong", "Đình chỉ", ""],
    ["TH xong", 0, "Chưa có ĐK"],
    [null, "Tạm đình chỉ", "Không rõ"],
    ["Đang THA", undefined, "Hoãn"],
    ["đã thi hành xong", "ĐC", 12345],
  ];
  // By hand: completed = Xong, TH xong, đã thi hành xong = 3; terminated = Đình chỉ, ĐC = 2;
  // suspended = 1; notEligible = 1; inProgress = 1; postponed = 1; "Không rõ" and 12345 count nowhere.
  it.each([
    ["xong", 3],
    ["Thi hành xong", 3],
    ["đình chỉ", 2],
    ["ĐC", 2],
    ["tạm đình chỉ", 1],
    ["chưa có điều kiện", 1],
    ["đang thi hành", 1],
    ["hoãn", 1],
    ["ủy thác", 0],
    ["có điều kiện", 3 + 2 + 1 + 1],
    ["có ĐK", 7],
  ])("counts %j as %d", (category, expected) => {
    expect(countStatus(range, category)).toBe(expected);
  });

  it("returns a #VALUE! error naming an unknown category", () => {
    const r = countStatus(range, "linh tinh");
    expect(isError(r)).toBe(true);
    if (isError(r)) {
      expect(r.kind).toBe("value");
      expect(renderProblem(r.problem, "vi")).toContain('"linh tinh"');
    }
  });

  it("counts a whole column of 1,048,576 cells, mostly blank", () => {
    const rows: unknown[][] = new Array(1048576);
    // Rows 0..99,999 filled in a cycle of 4: Xong, Đình chỉ, Chưa có ĐK, Uỷ thác; the rest blank.
    const cycle = ["Xong", "Đình chỉ", "Chưa có ĐK", "Uỷ thác"];
    for (let i = 0; i < rows.length; i++) rows[i] = [i < 100000 ? cycle[i % 4] : ""];
    expect(countStatus(rows, "xong")).toBe(25000);
    expect(countStatus(rows, "ủy thác")).toBe(25000);
    expect(countStatus(rows, "có điều kiện")).toBe(50000);
  });
});
