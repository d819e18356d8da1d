"use strict";
/**
 * Deterministic bench inputs: every run (and the quick test) sees the same cells, made from a
 * fixed-seed PRNG, so figures differ only by the machine, never by the data.
 * Cells are plain tables (unknown[][]) shaped as Office.js `Range.values` returns them:
 * blanks are "" in mixed columns and 0 in the number columns Excel passes to custom functions.
 */

const SEED = 20210831;

/** mulberry32: tiny, fast, good enough to spread test data. Returns floats in [0, 1). */
function prng(seed = SEED) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rand, lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (rand, list) => list[Math.floor(rand() * list.length)];

/** Picks from [[weight, value], ...]. */
function weighted(rand, table) {
  const total = table.reduce((s, [w]) => s + w, 0);
  let r = rand() * total;
  for (const [w, v] of table) {
    r -= w;
    if (r < 0) return v;
  }
  return table[table.length - 1][1];
}

/** Excel serial of a calendar date (all bench dates are after 1/3/1900). */
function serial(year, month, day) {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
}

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"];
const MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Ngọc", "Quang", "Hữu"];
const GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương", "Sơn", "Thảo", "Tuấn", "Vân"];

/** Distinct officer names: the i-th name is stable across runs. */
/**
 * Text made by concatenation, re-read as Office.js and ExcelJS deliver cell text: parsed from JSON or
 * XML, so one flat string (V8 keeps a template literal's result as linked pieces, slower to read).
 */
const asCellText = (text) => JSON.parse(JSON.stringify(text));

function officerName(i) {
  const f = FAMILY[i % FAMILY.length];
  const m = MIDDLE[Math.floor(i / FAMILY.length) % MIDDLE.length];
  const g = GIVEN[Math.floor(i / (FAMILY.length * MIDDLE.length)) % GIVEN.length];
  const n = Math.floor(i / (FAMILY.length * MIDDLE.length * GIVEN.length));
  return `${f} ${m} ${g}${n ? " " + (n + 1) : ""}`;
}

// ---------------------------------------------------------------- custom-function arguments

/**
 * Arguments for n scalar calls of each function, valid inputs as users type them: counts,
 * rates as fractions or as percent numbers (81.5), dates as Excel serials.
 */
function scalarArgs(n, seed = SEED) {
  const rand = prng(seed);
  const target = () => (rand() < 0.5 ? int(rand, 600, 950) / 10 : int(rand, 600, 950) / 1000);
  const rate = () => int(rand, 0, 10000) / 10000;
  const rateArgs = [], gapArgs = [], neededArgs = [], periodArgs = [], summaryArgs = [];
  for (let i = 0; i < n; i++) {
    const eligible = int(rand, 1, 5000);
    const done = int(rand, 0, eligible);
    const terminated = int(rand, 0, eligible - done);
    rateArgs.push([done, eligible, terminated]);
    gapArgs.push([rate(), target()]);
    neededArgs.push([done, eligible, target(), terminated]);
    periodArgs.push([serial(2019, 1, 1) + int(rand, 0, 6 * 365)]);
    summaryArgs.push([rate(), target(), rate(), target(), int(rand, 1, 12)]);
  }
  return { RATE: rateArgs, GAP: gapArgs, NEEDED: neededArgs, PERIOD: periodArgs, SUMMARY: summaryArgs };
}

/**
 * Three whole columns (rows × 1, as Excel passes A:A) for RATE(done, eligible, terminated):
 * the first `filled` rows hold figures, the rest are blank, which Excel passes as 0.
 * Every row is its own one-element array, as Excel hands them over.
 */
function rateColumns(rows, filled, seed = SEED) {
  const rand = prng(seed + 1);
  const done = new Array(rows), eligible = new Array(rows), terminated = new Array(rows);
  for (let i = 0; i < rows; i++) {
    if (i < filled) {
      const e = int(rand, 1, 200);
      const d = int(rand, 0, e);
      eligible[i] = [e];
      done[i] = [d];
      terminated[i] = [int(rand, 0, e - d)];
    } else {
      eligible[i] = [0];
      done[i] = [0];
      terminated[i] = [0];
    }
  }
  return { done, eligible, terminated };
}

/**
 * Status spellings seen in registers, weighted roughly as a real register mixes them, with the
 * category each stands for (as DOMAIN.md names them) so expected counts can be computed here.
 */
const STATUS_SPELLINGS = [
  [30, ["Xong", "completed"]],
  [10, ["Thi hành xong", "completed"]],
  [5, ["TH xong", "completed"]],
  [4, ["Đình chỉ", "terminated"]],
  [1, ["ĐC", "terminated"]],
  [15, ["Đang thi hành", "inProgress"]],
  [8, ["Đang THA", "inProgress"]],
  [5, ["Hoãn", "postponed"]],
  [3, ["Tạm đình chỉ", "suspended"]],
  [9, ["Chưa có điều kiện", "notEligible"]],
  [5, ["Chưa có ĐK", "notEligible"]],
  [2, ["CCĐK", "notEligible"]],
  [2, ["Ủy thác", "delegatedOut"]],
  [1, ["Uỷ thác", "delegatedOut"]],
];

/** One whole status column (rows × 1): `filled` statuses, then blanks (""), as Excel passes them. */
function statusColumn(rows, filled, seed = SEED) {
  const rand = prng(seed + 2);
  const column = new Array(rows);
  const byCategory = {};
  for (let i = 0; i < rows; i++) {
    if (i < filled) {
      const [text, category] = weighted(rand, STATUS_SPELLINGS);
      column[i] = [text];
      byCategory[category] = (byCategory[category] || 0) + 1;
    } else column[i] = [""];
  }
  return { column, byCategory };
}

// ---------------------------------------------------------------- statistics table

const STAT_CATEGORIES = [
  "Tổng số phải thi hành",
  "Có điều kiện thi hành",
  "Thi hành xong",
  "Đình chỉ",
  "Chưa có điều kiện",
];

/** One measure's figures, consistent with DOMAIN.md's identities. */
function statFigures(rand, scale) {
  const eligible = int(rand, 10, 400) * scale;
  const notEligible = int(rand, 0, 200) * scale;
  const completed = int(rand, 0, eligible);
  const terminated = int(rand, 0, Math.floor((eligible - completed) / 4));
  return [eligible + notEligible, eligible, completed, terminated, notEligible];
}

/**
 * A statistics sheet of `members` officers as offices keep it: two title rows, a merged
 * "Về việc" / "Về tiền" band, the category labels, a row of column numbers, the members and a
 * total row. Returns the cells and the sheet's origin facts the bench needs.
 */
function statisticsSheet(members, seed = SEED) {
  const rand = prng(seed + 3);
  const width = 2 + 2 * STAT_CATEGORIES.length;
  const blankRow = () => new Array(width).fill("");
  const title = blankRow();
  title[0] = "CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN BÌNH MINH";
  const subtitle = blankRow();
  subtitle[0] = "KẾT QUẢ THI HÀNH ÁN DÂN SỰ 11 THÁNG NĂM 2021";
  const band = blankRow();
  band[0] = "STT";
  band[1] = "Chấp hành viên";
  band[2] = "Về việc";
  band[2 + STAT_CATEGORIES.length] = "Về tiền (nghìn đồng)";
  const labels = ["", "", ...STAT_CATEGORIES, ...STAT_CATEGORIES];
  const numbers = labels.map((_, j) => `(${j + 1})`);
  const cells = [title, subtitle, blankRow(), band, labels, numbers];
  const total = new Array(width - 2).fill(0);
  for (let i = 0; i < members; i++) {
    const figures = [...statFigures(rand, 1), ...statFigures(rand, 1000)];
    figures.forEach((v, j) => (total[j] += v));
    cells.push([i + 1, asCellText(officerName(i)), ...figures]);
  }
  cells.push(["", "Tổng cộng", ...total]);
  // Where each measure's rate inputs sit: cases from column 2, money after them.
  const at = (measure, label) => 2 + measure * STAT_CATEGORIES.length + STAT_CATEGORIES.indexOf(label);
  const rateColumns = (measure) => ({
    eligible: at(measure, "Có điều kiện thi hành"),
    completed: at(measure, "Thi hành xong"),
    terminated: at(measure, "Đình chỉ"),
  });
  return {
    cells,
    firstDataRow: 6,
    nameColumn: 1,
    numberColumns: range(2, width),
    rateColumns: { cases: rateColumns(0), money: rateColumns(1) },
    members,
  };
}

// ---------------------------------------------------------------- case register

const REGISTER_HEADER = [
  "STT",
  "Số quyết định",
  "Ngày thụ lý",
  "Người phải thi hành án",
  "Chấp hành viên",
  "Đơn vị",
  "Trạng thái",
  "Số tiền phải thi hành (nghìn đồng)",
  "Số tiền đã thu (nghìn đồng)",
];
/** Columns the aggregation reads: date, officer, unit, status, amounts. */
const REGISTER_USED_COLUMNS = [2, 4, 5, 6, 7, 8];

/**
 * A case register of `rows` decisions: 40 officers in 8 units, every status spelling, accepted
 * dates over two statistical years (some after the 31/8/2021 report date) as serials and, one row
 * in ten, as day-first text; amounts in nghìn đồng, collected in full for completed cases.
 * `dates: "date"` gives JS Dates instead of serials (what ExcelJS writes as date cells).
 */
function register(rows, { seed = SEED, dates = "serial" } = {}) {
  const rand = prng(seed + 4);
  const officers = 40;
  const cells = [REGISTER_HEADER.slice()];
  const first = serial(2019, 10, 1);
  const last = serial(2021, 9, 30);
  for (let i = 0; i < rows; i++) {
    const officer = int(rand, 0, officers - 1);
    const [status, category] = weighted(rand, STATUS_SPELLINGS);
    const day = int(rand, first, last);
    const amount = int(rand, 1, 500000);
    const collected =
      category === "completed" ? amount : category === "inProgress" ? int(rand, 0, amount) : 0;
    let accepted = day;
    if (rand() < 0.1) accepted = asCellText(dmyText(day));
    else if (dates === "date") accepted = new Date(Date.UTC(1899, 11, 30) + day * 86400000);
    cells.push([
      i + 1,
      asCellText(`${int(rand, 1, 999)}/QĐ-CCTHADS`),
      accepted,
      asCellText(`${pick(rand, FAMILY)} ${pick(rand, MIDDLE)} ${pick(rand, GIVEN)}`),
      asCellText(officerName(officer)),
      asCellText(`Đội ${(officer % 8) + 1}`),
      status,
      amount,
      collected,
    ]);
  }
  return { cells, usedColumns: REGISTER_USED_COLUMNS, firstDataRow: 1 };
}

function dmyText(day) {
  const d = new Date(Date.UTC(1899, 11, 30) + day * 86400000);
  const two = (n) => String(n).padStart(2, "0");
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

function range(from, to) {
  const out = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

module.exports = {
  SEED,
  prng,
  serial,
  scalarArgs,
  rateColumns,
  statusColumn,
  statisticsSheet,
  register,
  REGISTER_HEADER,
  STATUS_SPELLINGS,
};
