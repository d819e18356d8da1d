#!/usr/bin/env node
/**
 * Writes the sample workbooks of assets/samples/ (`npm run samples`): statistics tables in the layouts
 * of DOMAIN.md, a case register, the statistics table of that register, and three district workbooks
 * for consolidation. Deterministic: the figures are typed below, the register comes from a seeded
 * generator, and the workbooks carry fixed creation dates, so every run writes the same content.
 *
 * The raw data is exported so that tests can compute the expected reports on their own.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");
const colCache = require("exceljs/lib/utils/col-cache");
const { makeYearSamples } = require("./year-samples");

const FIXED_DATE = new Date(Date.UTC(2021, 8, 5));

// ---------------------------------------------------------------------------------------------
// Statistics tables. Each member gives its raw figures; the other columns follow from them:
//   mustEnforce = carriedOver + newlyAccepted, eligible = mustEnforce − notEligible,
//   inProgress = eligible − completed − terminated, backlog = mustEnforce − completed − terminated.
// Cases in việc, money in nghìn đồng.
// ---------------------------------------------------------------------------------------------

/** m(name, cases [carriedOver, newlyAccepted, notEligible, completed, terminated], money [same]) */
function m(name, cases, money) {
  const figures = ([carriedOver, newlyAccepted, notEligible, completed, terminated]) => ({
    carriedOver, newlyAccepted, notEligible, completed, terminated,
  });
  return { name, cases: figures(cases), money: figures(money) };
}

/** Officer table of a district office under its old name (Biểu 04, before 1/7/2025). */
const OFFICER_TABLE = {
  file: "bang-chap-hanh-vien.xlsx",
  parent: "CỤC THI HÀNH ÁN DÂN SỰ THÀNH PHỐ ĐÀ NẴNG",
  office: "CHI CỤC THI HÀNH ÁN DÂN SỰ QUẬN HẢI CHÂU",
  form: "Biểu 04",
  title: "KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC VÀ BẰNG TIỀN THEO CHẤP HÀNH VIÊN",
  periodText: "11 tháng năm 2021 (từ ngày 01/10/2020 đến ngày 31/08/2021)",
  memberKind: "officer",
  members: [
    m("Nguyễn Văn An", [45, 120, 38, 88, 7], [12450000, 8730500, 9120000, 4850200, 310000]),
    m("Trần Thị Bích", [52, 134, 41, 104, 9], [15120400, 10250000, 11030400, 6120500, 452000]),
    m("Lê Hoàng Cường", [38, 97, 30, 71, 4], [9870000, 6540300, 7210300, 3450000, 1234]),
    m("Phạm Minh Đức", [61, 142, 55, 99, 12], [18230000, 12100000, 14500000, 6040000, 815500]),
    m("Hoàng Thị Hạnh", [29, 88, 21, 76, 3], [7420500, 5310000, 4980500, 3790000, 120000]),
    m("Võ Văn Khánh", [47, 115, 44, 80, 6], [13300000, 9020000, 10210000, 4400800, 230000]),
    m("Đặng Thị Lan", [33, 102, 27, 83, 5], [8640000, 7150000, 6020000, 4380000, 98000]),
  ],
  // Lê Hoàng Cường's terminated money is typed as text, as offices sometimes do.
  textCells: [{ member: 2, measure: "money", category: "terminated", text: "1.234" }],
  labels: "full",
};

/** Three district workbooks (new names, since 1/7/2025) for consolidation, officer tables. */
const PROVINCE = "THI HÀNH ÁN DÂN SỰ TỈNH QUẢNG NAM";
const DISTRICT_PERIOD = "11 tháng năm 2025 (từ ngày 01/10/2024 đến ngày 31/08/2025)";
const DISTRICTS = [
  {
    file: "khu-vuc-1.xlsx",
    office: "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1",
    members: [
      m("Trương Văn Bình", [58, 131, 46, 101, 8], [16200000, 11450000, 12300000, 6950000, 410000]),
      m("Nguyễn Thị Cúc", [42, 109, 33, 90, 5], [11800000, 9300500, 8700500, 5600000, 205000]),
      m("Phan Đình Dũng", [37, 95, 29, 72, 6], [9950000, 7200000, 7800000, 4050000, 330000]),
      m("Huỳnh Thị Giang", [50, 126, 40, 106, 4], [14300000, 10050000, 10400000, 6350000, 150000]),
    ],
  },
  {
    file: "khu-vuc-2.xlsx",
    office: "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 2",
    members: [
      m("Lâm Quốc Huy", [66, 150, 59, 112, 10], [20100000, 13800000, 16250000, 7600000, 640000]),
      m("Mai Thị Kim", [39, 101, 31, 86, 3], [10400000, 8100000, 7350000, 5020000, 95000]),
      m("Tô Văn Long", [44, 118, 36, 95, 7], [12650000, 9450000, 9900000, 5300000, 380000]),
    ],
  },
  {
    file: "khu-vuc-3.xlsx",
    office: "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 3",
    members: [
      m("Châu Minh Nhật", [31, 84, 24, 69, 2], [8100000, 6200000, 5500000, 3850000, 60000]),
      m("Dương Thị Oanh", [55, 128, 47, 97, 9], [15600000, 10900000, 12100000, 6200000, 520000]),
      m("Kiều Văn Phúc", [40, 104, 35, 80, 5], [11200000, 8350000, 8900000, 4700000, 250000]),
      m("Quách Thị Quyên", [27, 79, 20, 67, 1], [6900000, 5650000, 4800000, 3600000, 40000]),
      m("Thái Văn Sơn", [48, 119, 42, 92, 8], [13700000, 9800000, 11000000, 5450000, 470000]),
    ],
  },
];

/** Unit table of a province (new names): one row per district office, "Việc"/"Tiền" band, short labels. */
const UNIT_TABLE = {
  file: "bang-don-vi.xlsx",
  parent: "CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ",
  office: PROVINCE,
  form: "Biểu 04",
  title: "KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC VÀ BẰNG TIỀN THEO ĐƠN VỊ",
  periodText: DISTRICT_PERIOD,
  memberKind: "unit",
  members: [
    m("PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1", [412, 1038, 327, 802, 41], [118400000, 86250000, 92300000, 49800000, 2650000]),
    m("PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 2", [356, 921, 288, 701, 33], [97500000, 71800000, 78100000, 40300000, 1980000]),
    m("PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 3", [298, 804, 251, 633, 24], [83200000, 60900000, 66000000, 36100000, 1420000]),
    m("PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 4", [275, 742, 230, 569, 29], [76800000, 55300000, 61200000, 31000000, 1710000]),
    m("PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 5", [331, 866, 270, 667, 35], [91000000, 66700000, 73500000, 37400000, 2050000]),
    m("PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 6", [244, 653, 205, 498, 22], [65400000, 48100000, 52300000, 26500000, 1260000]),
  ],
  textCells: [],
  labels: "short",
};

const CATEGORY_ORDER = [
  "carriedOver", "newlyAccepted", "mustEnforce", "notEligible", "eligible", "completed", "terminated", "inProgress", "backlog",
];
const LABELS = {
  full: {
    carriedOver: "Năm trước chuyển sang", newlyAccepted: "Thụ lý mới", mustEnforce: "Tổng số phải thi hành",
    notEligible: "Chưa có điều kiện thi hành", eligible: "Có điều kiện thi hành", completed: "Thi hành xong",
    terminated: "Đình chỉ thi hành án", inProgress: "Đang thi hành", backlog: "Chuyển kỳ sau",
  },
  short: {
    carriedOver: "Số cũ", newlyAccepted: "Số mới", mustEnforce: "Phải thi hành", notEligible: "Chưa có ĐK",
    eligible: "Có ĐK", completed: "Xong", terminated: "Đình chỉ", inProgress: "Đang thi hành", backlog: "Chuyển kỳ sau",
  },
};

/** Every column of a member's measure, derived from the raw figures as the header comment says. */
function allFigures(f) {
  const mustEnforce = f.carriedOver + f.newlyAccepted;
  const eligible = mustEnforce - f.notEligible;
  return {
    ...f,
    mustEnforce,
    eligible,
    inProgress: eligible - f.completed - f.terminated,
    backlog: mustEnforce - f.completed - f.terminated,
  };
}

// ---------------------------------------------------------------------------------------------
// Writing a statistics table
// ---------------------------------------------------------------------------------------------

const THIN = { style: "thin" };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } };

/** Column letters of a 1-based column number (ExcelJS's own converter). */
const colLetter = (index1) => colCache.n2l(index1);

function newWorkbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "THADS samples";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/**
 * A statistics table as offices keep it: title rows, a merged measure band over the category labels,
 * a row of column numbers, one row per member, a total row of SUM formulas (with the value Excel
 * computes cached: text cells are not summed, as in Excel).
 * opts: { band: ["Về việc", "Về tiền (nghìn đồng)"], numbering: "(n)" | "n", derivedAsFormulas, blankBeforeTotal, totalLabel }
 */
function writeStatTable(ws, spec, opts) {
  const kindLabel = spec.memberKind === "unit" ? "Đơn vị" : "Chấp hành viên";
  const labels = LABELS[spec.labels || "full"];
  const nCat = CATEGORY_ORDER.length;
  const firstData = 3; // C
  const lastCol = firstData + 2 * nCat - 1;
  const last = colLetter(lastCol);

  ws.getCell("A1").value = spec.parent;
  ws.mergeCells(`A1:F1`);
  ws.getCell(`${colLetter(lastCol - 3)}1`).value = `${spec.form}/TK-THA`;
  ws.mergeCells(`${colLetter(lastCol - 3)}1:${last}1`);
  ws.getCell("A2").value = spec.office;
  ws.mergeCells(`A2:F2`);
  ws.getCell("A2").font = { bold: true };
  ws.getCell("A4").value = spec.title;
  ws.mergeCells(`A4:${last}4`);
  ws.getCell("A4").font = { bold: true, size: 13 };
  ws.getCell("A5").value = spec.periodText;
  ws.mergeCells(`A5:${last}5`);
  ws.getCell("A5").font = { italic: true };
  for (const a of ["A1", "A2", "A4", "A5"]) ws.getCell(a).alignment = { horizontal: a < "A4" ? "left" : "center" };
  ws.getCell(`${colLetter(lastCol - 3)}6`).value = "Đơn vị tính: việc; nghìn đồng";
  ws.mergeCells(`${colLetter(lastCol - 3)}6:${last}6`);

  // Header: row 7 band, row 8 labels, row 9 column numbers
  const band = opts.band || ["Về việc", "Về tiền (nghìn đồng)"];
  ws.getCell("A7").value = "STT";
  ws.mergeCells("A7:A8");
  ws.getCell("B7").value = kindLabel;
  ws.mergeCells("B7:B8");
  ws.getCell(`${colLetter(firstData)}7`).value = band[0];
  ws.mergeCells(`${colLetter(firstData)}7:${colLetter(firstData + nCat - 1)}7`);
  ws.getCell(`${colLetter(firstData + nCat)}7`).value = band[1];
  ws.mergeCells(`${colLetter(firstData + nCat)}7:${last}7`);
  CATEGORY_ORDER.forEach((c, i) => {
    ws.getCell(8, firstData + i).value = labels[c];
    ws.getCell(8, firstData + nCat + i).value = labels[c];
  });
  for (let c = 1; c <= lastCol; c++) ws.getCell(9, c).value = opts.numbering === "n" ? c : `(${c})`;

  const colOf = (measure, category) => firstData + (measure === "money" ? nCat : 0) + CATEGORY_ORDER.indexOf(category);
  const firstMember = 10;
  const textAt = new Map(spec.textCells.map((t) => [`${t.member}:${t.measure}:${t.category}`, t.text]));
  spec.members.forEach((member, i) => {
    const r = firstMember + i;
    ws.getCell(r, 1).value = i + 1;
    ws.getCell(r, 2).value = member.name;
    for (const measure of ["cases", "money"]) {
      const f = allFigures(member[measure]);
      const L = (category) => `${colLetter(colOf(measure, category))}${r}`;
      const derived = {
        mustEnforce: `${L("carriedOver")}+${L("newlyAccepted")}`,
        eligible: `${L("mustEnforce")}-${L("notEligible")}`,
        inProgress: `${L("eligible")}-${L("completed")}-${L("terminated")}`,
        backlog: `${L("mustEnforce")}-${L("completed")}-${L("terminated")}`,
      };
      for (const category of CATEGORY_ORDER) {
        const cell = ws.getCell(r, colOf(measure, category));
        const text = textAt.get(`${i}:${measure}:${category}`);
        if (text !== undefined) cell.value = text;
        else if (opts.derivedAsFormulas && derived[category]) cell.value = { formula: derived[category], result: f[category] };
        else cell.value = f[category];
      }
    }
  });
  let totalRow = firstMember + spec.members.length;
  if (opts.blankBeforeTotal) totalRow++;
  ws.getCell(totalRow, 2).value = opts.totalLabel || "Tổng cộng";
  ws.getCell(totalRow, 2).font = { bold: true };
  for (const measure of ["cases", "money"]) {
    for (const category of CATEGORY_ORDER) {
      const col = colOf(measure, category);
      let sum = 0;
      spec.members.forEach((member, i) => {
        if (!textAt.has(`${i}:${measure}:${category}`)) sum += allFigures(member[measure])[category];
      });
      const L = colLetter(col);
      const cell = ws.getCell(totalRow, col);
      cell.value = { formula: `SUM(${L}${firstMember}:${L}${totalRow - 1})`, result: sum };
      cell.font = { bold: true };
    }
  }

  // Presentation
  for (let r = 7; r <= totalRow; r++) {
    for (let c = 1; c <= lastCol; c++) {
      const cell = ws.getCell(r, c);
      cell.border = BOX;
      if (r <= 9) {
        cell.fill = HEADER_FILL;
        cell.font = { bold: r < 9, italic: r === 9 };
        cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      } else if (c > 2) {
        cell.numFmt = "#,##0";
      }
    }
  }
  ws.getRow(8).height = 45;
  ws.getColumn(1).width = 5;
  ws.getColumn(2).width = spec.memberKind === "unit" ? 40 : 24;
  for (let c = firstData; c <= lastCol; c++) ws.getColumn(c).width = colOf("money", "carriedOver") <= c ? 14 : 10;
  ws.views = [{ state: "frozen", xSplit: 2, ySplit: 9 }];
  return { firstMember, totalRow, lastCol };
}

function statTableWorkbook(spec, opts) {
  const wb = newWorkbook();
  writeStatTable(wb.addWorksheet(opts.sheetName || "Biểu 04"), spec, opts);
  return wb;
}

/** The spec of a district's officer table, as written to tong-hop/<file>. */
function districtSpec(d) {
  return {
    parent: PROVINCE,
    office: d.office,
    form: "Biểu 04",
    title: "KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC VÀ BẰNG TIỀN THEO CHẤP HÀNH VIÊN",
    periodText: DISTRICT_PERIOD,
    memberKind: "officer",
    members: d.members,
    textCells: [],
    labels: "full",
  };
}
const DISTRICT_OPTS = { derivedAsFormulas: true, numbering: "(n)" };

// ---------------------------------------------------------------------------------------------
// The case register (sổ theo dõi), one row per enforcement decision, amounts in đồng
// ---------------------------------------------------------------------------------------------

/** mulberry32: a small seeded generator, so the register is the same on every run. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGISTER = {
  file: "so-theo-doi.xlsx",
  tableFile: "so-theo-doi-bang.xlsx",
  parent: "CỤC THI HÀNH ÁN DÂN SỰ THÀNH PHỐ ĐÀ NẴNG",
  office: "CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN HÒA VANG",
  reportDate: { year: 2021, month: 8, day: 31 },
  officers: ["Ngô Thanh Hải", "Bùi Thị Mai", "Đỗ Quang Vinh", "Lý Thu Trang"],
  casesPerOfficer: 60,
  seed: 20210831,
};

/** Every spelling the register uses, with its category; each appears at least once. */
const STATUS_SPELLINGS = [
  ["Xong", "completed"], ["Thi hành xong", "completed"], ["TH xong", "completed"], ["xong", "completed"],
  ["Đình chỉ", "terminated"], ["ĐC", "terminated"], [" Đình  chỉ ", "terminated"],
  ["Chưa có ĐK", "notEligible"], ["Chưa có điều kiện", "notEligible"], ["CCĐK", "notEligible"],
  ["Đang thi hành", "inProgress"], ["Đang THA", "inProgress"], ["ĐANG THI HÀNH", "inProgress"],
  ["Hoãn", "postponed"],
  ["Tạm đình chỉ", "suspended"],
  ["Ủy thác", "delegatedOut"], ["Uỷ thác", "delegatedOut"],
  ["Thu hồi QĐ", "revoked"],
];
/** How often each category occurs after every spelling has appeared once (weights sum to 100). */
const CATEGORY_WEIGHTS = [
  ["completed", 34], ["terminated", 5], ["inProgress", 24], ["postponed", 4], ["suspended", 3],
  ["notEligible", 24], ["delegatedOut", 3], ["revoked", 3],
];
/** Amount to enforce by category, in nghìn đồng: [lowest, highest]. */
const AMOUNT_RANGE = {
  completed: [1500, 400000],
  terminated: [5000, 600000],
  inProgress: [20000, 2500000],
  postponed: [20000, 1200000],
  suspended: [50000, 3000000],
  notEligible: [10000, 2000000],
  delegatedOut: [5000, 800000],
  revoked: [5000, 500000],
};
const DEBTORS = [
  "Công ty TNHH Minh Phát", "Nguyễn Văn Tùng", "Trần Thị Hoa", "Công ty CP Xây dựng Sơn Trà", "Lê Văn Tám",
  "Phạm Thị Thu", "Hộ kinh doanh Bảo Ngọc", "Võ Minh Tuấn", "Đinh Thị Hằng", "Công ty TNHH Hải Long",
  "Hồ Văn Lộc", "Nguyễn Thị Sen", "Trịnh Văn Hưng", "Lưu Thị Nga", "Công ty CP Thương mại Hòa Khánh",
];

function pick(rand, weighted) {
  let x = rand() * 100;
  for (const [value, w] of weighted) {
    if ((x -= w) < 0) return value;
  }
  return weighted[weighted.length - 1][0];
}

/** A date as Date at UTC midnight (how ExcelJS stores a date cell without time). */
const utc = (d) => new Date(Date.UTC(d.year, d.month - 1, d.day));
/** Day-first text, padded ("05/03/2021") or not ("5/3/2021"), as both are typed. */
const dmy = (d, padded) => {
  const p = (n) => (padded ? String(n).padStart(2, "0") : String(n));
  return `${p(d.day)}/${p(d.month)}/${d.year}`;
};

function addDays(d, n) {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + n * 86400000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/**
 * The register's cases: { no, decision, accepted (civil date), acceptedAs ("date" | "text"),
 * debtor, officer, kind, amount, collected (đồng), status (text as typed), category }.
 */
function makeCases() {
  const rand = seeded(REGISTER.seed);
  const total = REGISTER.officers.length * REGISTER.casesPerOfficer;
  const cases = [];
  for (let i = 0; i < total; i++) {
    const [status, category] =
      i < STATUS_SPELLINGS.length
        ? STATUS_SPELLINGS[i]
        : (() => {
            const c = pick(rand, CATEGORY_WEIGHTS);
            const spellings = STATUS_SPELLINGS.filter(([, k]) => k === c);
            return spellings[Math.floor(rand() * spellings.length)];
          })();
    // Accepted: a third carried over from earlier years, most in the period, a few after 31/08/2021.
    let accepted;
    const r = rand();
    if (i >= STATUS_SPELLINGS.length && i % 23 === 5) accepted = addDays({ year: 2021, month: 9, day: 1 }, Math.floor(rand() * 25));
    else if (r < 0.33) accepted = addDays({ year: 2018, month: 10, day: 1 }, Math.floor(rand() * 730));
    else accepted = addDays({ year: 2020, month: 10, day: 1 }, Math.floor(rand() * 334));
    // Amounts in đồng, whole thousands (nghìn đồng are whole numbers). Cases completed are mostly the
    // small ones (fines, court fees); large debts stay in progress or without means, as in practice.
    const [low, high] = AMOUNT_RANGE[category];
    const amount = Math.round(low + rand() * rand() * (high - low)) * 1000;
    let collected = 0;
    if (category === "completed") collected = amount;
    else if (category === "inProgress" || category === "terminated" || category === "postponed") {
      collected = rand() < 0.5 ? Math.round((amount / 1000) * rand() * 0.4) * 1000 : 0;
    }
    cases.push({
      no: i + 1,
      decision: `${100 + i}/QĐ-CCTHADS`,
      accepted,
      acceptedAs: i % 3 === 1 ? "text" : "date",
      debtor: DEBTORS[Math.floor(rand() * DEBTORS.length)],
      officer: REGISTER.officers[i % REGISTER.officers.length],
      kind: rand() < 0.4 ? "Chủ động" : "Theo đơn",
      amount,
      collected,
      status,
      category,
    });
  }
  return cases;
}

const REGISTER_HEADERS = [
  ["STT", 5], ["Số quyết định THA", 18], ["Ngày thụ lý", 12], ["Người phải thi hành án", 30],
  ["Chấp hành viên", 20], ["Loại việc", 11], ["Số tiền phải thi hành (đồng)", 18], ["Số tiền đã thu (đồng)", 18],
  ["Kết quả thi hành", 18], ["Ghi chú", 18],
];

function registerWorkbook(cases) {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Sổ theo dõi");
  ws.getCell("A1").value = REGISTER.parent;
  ws.getCell("A2").value = REGISTER.office;
  ws.getCell("A2").font = { bold: true };
  ws.getCell("A3").value = "SỔ THEO DÕI VIỆC THI HÀNH ÁN NĂM 2021";
  ws.mergeCells(`A3:${colLetter(REGISTER_HEADERS.length)}3`);
  ws.getCell("A3").font = { bold: true, size: 13 };
  ws.getCell("A3").alignment = { horizontal: "center" };
  const headerRow = 5;
  REGISTER_HEADERS.forEach(([label, width], i) => {
    const cell = ws.getCell(headerRow, i + 1);
    cell.value = label;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BOX;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    ws.getColumn(i + 1).width = width;
  });
  ws.getRow(headerRow).height = 32;
  cases.forEach((c, i) => {
    const row = ws.getRow(headerRow + 1 + i);
    row.values = [
      c.no, c.decision, c.acceptedAs === "date" ? utc(c.accepted) : dmy(c.accepted, c.no % 2 === 0), c.debtor, c.officer, c.kind,
      c.amount, c.collected, c.status, c.acceptedAs === "text" ? "Ngày nhập dạng văn bản" : null,
    ];
    row.getCell(3).numFmt = "dd/mm/yyyy";
    row.getCell(7).numFmt = "#,##0";
    row.getCell(8).numFmt = "#,##0";
    for (let col = 1; col <= REGISTER_HEADERS.length; col++) row.getCell(col).border = BOX;
  });
  ws.views = [{ state: "frozen", ySplit: headerRow }];
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: REGISTER_HEADERS.length } };
  return wb;
}

const REGISTER_ELIGIBLE = ["completed", "terminated", "inProgress", "postponed"];

/**
 * The statistics table of the register, counted by hand from the same cases: what the statistician
 * would type. Only cases accepted on or before the report date; money in nghìn đồng.
 * Cases: eligible = enforceable categories (REGISTER_ELIGIBLE), notEligible = "chưa có điều kiện",
 * mustEnforce = every case except delegated out and revoked; carriedOver = accepted before 1/10/2020.
 * Money: eligible = amounts of enforceable cases; completed = amounts of completed cases plus what was
 * collected on the other enforceable cases; terminated = what remained uncollected on terminated cases.
 */
function registerTable(cases) {
  const toKey = (d) => d.year * 10000 + d.month * 100 + d.day;
  const end = toKey(REGISTER.reportDate);
  const start = 20201001;
  const members = REGISTER.officers.map((name) => {
    const zero = () => ({ carriedOver: 0, newlyAccepted: 0, notEligible: 0, completed: 0, terminated: 0 });
    const member = { name, cases: zero(), money: zero() };
    for (const c of cases) {
      if (c.officer !== name || toKey(c.accepted) > end) continue;
      if (c.category === "delegatedOut" || c.category === "revoked") continue;
      const amount = c.amount / 1000;
      const collected = c.collected / 1000;
      const old = toKey(c.accepted) < start ? "carriedOver" : "newlyAccepted";
      member.cases[old] += 1;
      member.money[old] += amount;
      if (REGISTER_ELIGIBLE.includes(c.category)) {
        if (c.category === "completed") {
          member.cases.completed += 1;
          member.money.completed += amount;
        } else if (c.category === "terminated") {
          member.cases.terminated += 1;
          member.money.completed += collected;
          member.money.terminated += amount - collected;
        } else {
          member.money.completed += collected;
        }
      } else {
        // not eligible and suspended both sit outside "có điều kiện"
        member.cases.notEligible += 1;
        member.money.notEligible += amount;
      }
    }
    return member;
  });
  return {
    parent: REGISTER.parent,
    office: REGISTER.office,
    form: "Biểu 04",
    title: "KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC VÀ BẰNG TIỀN THEO CHẤP HÀNH VIÊN",
    periodText: "11 tháng năm 2021 (từ ngày 01/10/2020 đến ngày 31/08/2021)",
    memberKind: "officer",
    members,
    textCells: [],
    labels: "full",
  };
}

// ---------------------------------------------------------------------------------------------

async function makeSamples(outDir) {
  fs.mkdirSync(path.join(outDir, "tong-hop"), { recursive: true });
  fs.mkdirSync(path.join(outDir, "nam"), { recursive: true });
  const written = [];
  const save = async (wb, rel) => {
    await wb.xlsx.writeFile(path.join(outDir, rel));
    written.push(rel);
  };
  await save(statTableWorkbook(OFFICER_TABLE, { numbering: "(n)" }), OFFICER_TABLE.file);
  await save(
    statTableWorkbook(UNIT_TABLE, { band: ["Việc", "Tiền"], numbering: "n", blankBeforeTotal: true, totalLabel: "Cộng" }),
    UNIT_TABLE.file,
  );
  for (const d of DISTRICTS) await save(statTableWorkbook(districtSpec(d), DISTRICT_OPTS), path.join("tong-hop", d.file));
  const cases = makeCases();
  await save(registerWorkbook(cases), REGISTER.file);
  await save(statTableWorkbook(registerTable(cases), { numbering: "(n)" }), REGISTER.tableFile);
  await makeYearSamples(save, { OFFICER_TABLE, m, newWorkbook, writeStatTable });
  return written;
}

module.exports = {
  OFFICER_TABLE,
  UNIT_TABLE,
  DISTRICTS,
  PROVINCE,
  REGISTER,
  STATUS_SPELLINGS,
  REGISTER_ELIGIBLE,
  CATEGORY_ORDER,
  makeCases,
  registerTable,
  districtSpec,
  DISTRICT_OPTS,
  writeStatTable,
  statTableWorkbook,
  newWorkbook,
  makeSamples,
};

if (require.main === module) {
  const outDir = process.argv[2] || path.join(__dirname, "..", "assets", "samples");
  makeSamples(outDir).then(
    (files) => console.log(`Đã ghi ${files.length} tệp mẫu vào ${outDir}:\n  ${files.join("\n  ")}`),
    (err) => {
      console.error(`Không ghi được tệp mẫu: ${err.message}`);
      process.exit(1);
    },
  );
}
