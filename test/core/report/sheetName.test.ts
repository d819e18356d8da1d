import { uniqueSheetName, validSheetName } from "../../../src/core/report/build";
import { unitSheetName } from "../../../src/core/report/sheetName";

describe("uniqueSheetName", () => {
  test("a free name is kept", () => {
    expect(uniqueSheetName("Báo cáo 11 tháng 2021", ["Sheet1"])).toBe("Báo cáo 11 tháng 2021");
  });

  test("a taken name gets (2), then (3); Excel compares names without regard to case", () => {
    expect(uniqueSheetName("Báo cáo 11 tháng 2021", ["Báo cáo 11 tháng 2021"])).toBe("Báo cáo 11 tháng 2021 (2)");
    expect(uniqueSheetName("Báo cáo 11 tháng 2021", ["báo cáo 11 tháng 2021", "BÁO CÁO 11 THÁNG 2021 (2)"])).toBe(
      "Báo cáo 11 tháng 2021 (3)",
    );
  });

  test("never longer than 31 characters: the name is shortened before the number", () => {
    const long = "Báo cáo kết quả thi hành án 11 tháng 2021"; // 41 characters
    const first = uniqueSheetName(long, []);
    expect(first).toBe("Báo cáo kết quả thi hành án 11");
    const second = uniqueSheetName(long, [first]);
    expect(second).toBe("Báo cáo kết quả thi hành án (2)");
    expect(second.length).toBe(31);
    const names = [first, second];
    for (let i = 0; i < 9; i++) names.push(uniqueSheetName(long, names));
    expect(names[10]).toBe("Báo cáo kết quả thi hành á (11)"); // 26 + 5 = 31
    expect(new Set(names).size).toBe(11);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });

  test("decomposed Vietnamese text counts composed characters", () => {
    const decomposed = "Báo cáo 11 tháng 2021".normalize("NFD");
    expect(uniqueSheetName(decomposed, [])).toBe("Báo cáo 11 tháng 2021");
    expect(uniqueSheetName(decomposed, ["Báo cáo 11 tháng 2021"])).toBe("Báo cáo 11 tháng 2021 (2)");
  });
});

describe("validSheetName", () => {
  test("the characters Excel forbids become a dash; apostrophes at the ends and extra spaces go", () => {
    expect(validSheetName("Báo cáo [Q.1]: 6/2021 *tạm*?\\")).toBe("Báo cáo -Q.1-- 6-2021 -tạm---");
    expect(validSheetName("'Quận  1'")).toBe("Quận 1");
  });

  test("nothing left: the fallback", () => {
    expect(validSheetName("  ''  ")).toBe("Báo cáo");
    expect(validSheetName("", "Đơn vị 2")).toBe("Đơn vị 2");
  });
});

describe("unitSheetName", () => {
  test("keeps a name that fits", () => {
    expect(unitSheetName("Chi cục THADS Quận 1")).toBe("Chi cục THADS Quận 1");
  });
  test("shortens the long official names the usual way, so that units stay apart", () => {
    expect(unitSheetName("PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1")).toBe("PHÒNG THADS KV 1");
    expect(unitSheetName("Chi cục Thi hành án dân sự huyện Hòa Vang")).toBe("Chi cục THADS huyện Hòa Vang");
  });
});
