import {
  isGenericHeaderLabel,
  isInWhichLabel,
  isRowNumberLabel,
  matchCategory,
  matchMeasure,
  matchNameLabel,
  matchOfficeLine,
  normalizeLabel,
  totalRank,
} from "../../../src/core/table/labels";

describe("normalizeLabel", () => {
  test("folds case, diacritics, line breaks and spells out abbreviations", () => {
    expect(normalizeLabel("Có ĐK\nthi hành")).toBe("co dieu kien thi hanh");
    expect(normalizeLabel("  TS phải THA ")).toBe("tong so phai thi hanh an");
    expect(normalizeLabel("CHI CỤC THADS")).toBe("chi cuc thi hanh an dan su");
  });
});

describe("matchCategory", () => {
  test.each([
    ["Có điều kiện", "eligible"],
    ["Có điều kiện thi hành", "eligible"],
    ["Có ĐK", "eligible"],
    ["CĐK", "eligible"],
    ["co dk", "eligible"],
    ["Số việc có điều kiện", "eligible"],
    ["Thi hành xong", "completed"],
    ["Xong", "completed"],
    ["THX", "completed"],
    ["Thi hanh\nxong", "completed"],
    ["Đình chỉ", "terminated"],
    ["Đình chỉ thi hành án", "terminated"],
    ["Tạm đình chỉ", "suspended"],
    ["Tổng số phải thi hành", "mustEnforce"],
    ["Phải thi hành", "mustEnforce"],
    ["Chưa có điều kiện", "notEligible"],
    ["Chưa có điều kiện thi hành", "notEligible"],
    ["Chưa có ĐK", "notEligible"],
    ["Đang thi hành", "inProgress"],
    ["Hoãn thi hành án", "postponed"],
    ["Năm trước chuyển sang", "carriedOver"],
    ["Số cũ", "carriedOver"],
    ["Thụ lý mới", "newlyAccepted"],
    ["Số mới", "newlyAccepted"],
    ["Tổng số thụ lý", "accepted"],
    ["Ủy thác", "delegatedOut"],
    ["Thu hồi, hủy quyết định THA", "revoked"],
    ["Chuyển kỳ sau", "backlog"],
    ["Số chuyển sang kỳ sau", "backlog"],
    ["Chỉ tiêu", "target"],
    ["Chỉ tiêu (%)", "target"],
  ])("%s → %s", (label, category) => {
    expect(matchCategory(label)).toBe(category);
  });

  test.each(["Chưa thi hành xong", "Tỷ lệ thi hành xong (%)", "Xong (%)", "Tổng số", "Trong đó", "Về việc", "Ghi chú", "Hoàn trả", ""])(
    "%s names no category",
    (label) => {
      expect(matchCategory(label)).toBeUndefined();
    },
  );
});

describe("matchMeasure", () => {
  test.each([
    ["Về việc", "cases"],
    ["Việc", "cases"],
    ["Có ĐK (việc)", "cases"],
    ["Về tiền", "money"],
    ["Tiền", "money"],
    ["Giá trị", "money"],
    ["Về giá trị (nghìn đồng)", "money"],
    ["Số tiền có ĐK", "money"],
    ["Xong về tiền", "money"],
  ])("%s → %s", (label, measure) => {
    expect(matchMeasure(label)).toBe(measure);
  });

  test("a label about both, or neither, has no measure", () => {
    expect(matchMeasure("Đơn vị tính: việc; nghìn đồng")).toBeUndefined();
    expect(matchMeasure("Thi hành xong")).toBeUndefined();
  });
});

describe("name, row-number, total and Trong đó labels", () => {
  test.each([
    ["Đơn vị", "unit"],
    ["Tên đơn vị", "unit"],
    ["Chấp hành viên", "officer"],
    ["Họ và tên", "officer"],
    ["Họ tên", "officer"],
    ["Họ và tên CHV", "officer"],
  ])("%s is the name column of a %s table", (label, kind) => {
    expect(matchNameLabel(label)).toBe(kind);
  });

  test("STT and the unit-of-measure note are not the name column", () => {
    expect(matchNameLabel("STT")).toBeUndefined();
    expect(isRowNumberLabel("STT")).toBe(true);
    expect(isRowNumberLabel("Số TT")).toBe(true);
    expect(matchNameLabel("Đơn vị tính: việc")).toBeUndefined();
  });

  test("total rows rank Tổng cộng over Tổng số over Tổng over Cộng; names are not totals", () => {
    expect(totalRank("Tổng cộng")).toBe(4);
    expect(totalRank("TỔNG CỘNG:")).toBe(4);
    expect(totalRank("Tổng số")).toBe(3);
    expect(totalRank("Tổng")).toBe(2);
    expect(totalRank("Cộng")).toBe(1);
    expect(totalRank("Tống Công Minh")).toBe(0);
    expect(totalRank("Nguyễn Thành Công")).toBe(0);
  });

  test("Trong đó rows", () => {
    expect(isInWhichLabel("Trong đó:")).toBe(true);
    expect(isInWhichLabel("Trong đó: án tín dụng")).toBe(true);
    expect(isInWhichLabel("Trọng")).toBe(false);
  });

  test("generic header labels defer to their band", () => {
    expect(isGenericHeaderLabel("Tổng số")).toBe(true);
    expect(isGenericHeaderLabel("Việc")).toBe(true);
    expect(isGenericHeaderLabel("Trong đó")).toBe(true);
    expect(isGenericHeaderLabel("Giảm")).toBe(false);
    expect(isGenericHeaderLabel("Xong về tiền")).toBe(false);
  });
});

describe("matchOfficeLine", () => {
  test.each([
    ["CHI CỤC THI HÀNH ÁN DÂN SỰ QUẬN HOÀN KIẾM", 2],
    ["Chi cục THADS huyện Kim Bảng", 2],
    ["PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 3", 2],
    ["CỤC THADS TỈNH HÀ NAM", 1],
    ["CỤC THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HÀ NỘI", 1],
    ["THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH", 1],
    ["THI HÀNH ÁN DÂN SỰ TP. HỒ CHÍ MINH", 1],
  ])("%s (level %d)", (line, level) => {
    expect(matchOfficeLine(line)).toEqual({ name: line, level });
  });

  test.each(["CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ", "BỘ TƯ PHÁP", "Kính gửi: Cục THADS tỉnh Hà Nam", "Chi cục THADS"])(
    "%s is not an office of the table",
    (line) => {
      expect(matchOfficeLine(line)).toBeUndefined();
    },
  );

  test("a reporting-office prefix is dropped and spaces collapsed", () => {
    expect(matchOfficeLine("Đơn vị báo cáo:  Chi cục THADS\u00a0huyện A")).toEqual({ name: "Chi cục THADS huyện A", level: 2 });
  });
});
