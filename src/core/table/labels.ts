/**
 * The label dictionary of statistics tables: which header text means which category, measure or
 * name column, and which row label means a total or a "Trong đó" row. Offices spell the same
 * column many ways ("Có điều kiện thi hành", "Có ĐK", "CĐK", "co dk"), so every comparison is made
 * on a normalised form: folded (no case, diacritics, punctuation, line breaks) and with the usual
 * abbreviations spelled out.
 */
import { foldText } from "../text";
import type { Category, Measure, MemberKind, MoneyUnit } from "./model";

/** Abbreviations written in headers, spelled out word by word before matching. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  dk: "dieu kien", // Có ĐK
  cdk: "co dieu kien", // CĐK
  ccdk: "chua co dieu kien", // CCĐK
  tha: "thi hanh an", // Phải THA
  th: "thi hanh", // TH xong
  thx: "thi hanh xong",
  thads: "thi hanh an dan su",
  qd: "quyet dinh",
  chv: "chap hanh vien",
  ts: "tong so",
  dc: "dinh chi",
  tdc: "tam dinh chi",
  tp: "thanh pho",
};

/** Own keys only: a header word "constructor" is no abbreviation. */
const isAbbreviation = (word: string) => Object.prototype.hasOwnProperty.call(ABBREVIATIONS, word);

/** "Có ĐK\nthi hành" → "co dieu kien thi hanh" */
export function normalizeLabel(text: unknown): string {
  const folded = foldText(text);
  if (folded === "") return "";
  return folded
    .split(" ")
    .map((word) => (isAbbreviation(word) ? ABBREVIATIONS[word] : word))
    .join(" ");
}

/** Whether `phrase` occurs in `label` as whole words (both normalised). */
function containsWords(label: string, phrase: string): boolean {
  return ` ${label} `.includes(` ${phrase} `);
}

/**
 * Header phrases of each category. A label takes the category of the phrase that starts first in
 * it (Vietnamese puts the head of the phrase first), the longest of those starting at the same
 * word: "Chưa có điều kiện thi hành" is notEligible although it contains "có điều kiện thi hành",
 * "Tạm đình chỉ" suspended, "Tổng số phải thi hành" mustEnforce. `null` marks phrases that
 * contain a category phrase but mean something else ("Chưa thi hành xong" is not "Thi hành xong").
 */
const CATEGORY_PHRASES: ReadonlyArray<readonly [Category | null, readonly string[]]> = [
  [
    "carriedOver",
    ["nam truoc chuyen sang", "ky truoc chuyen sang", "chuyen tu nam truoc", "chuyen tu ky truoc", "so cu", "cu chuyen sang"],
  ],
  ["newlyAccepted", ["thu ly moi", "moi thu ly", "so moi"]],
  ["accepted", ["tong so thu ly", "tong thu ly", "so thu ly", "thu ly"]],
  ["delegatedOut", ["uy thac", "uy thac di"]],
  ["revoked", ["thu hoi", "huy quyet dinh", "thu hoi huy quyet dinh"]],
  ["mustEnforce", ["phai thi hanh", "tong so phai thi hanh", "so phai thi hanh"]],
  ["eligible", ["co dieu kien", "co dieu kien thi hanh"]],
  ["completed", ["thi hanh xong", "xong", "da thi hanh xong", "hoan thanh"]],
  ["terminated", ["dinh chi", "dinh chi thi hanh an"]],
  ["inProgress", ["dang thi hanh", "dang giai quyet"]],
  ["postponed", ["hoan", "hoan thi hanh"]],
  ["suspended", ["tam dinh chi", "tam dung"]],
  ["notEligible", ["chua co dieu kien", "khong co dieu kien"]],
  ["backlog", ["chuyen ky sau", "chuyen sang ky sau", "con phai thi hanh"]],
  ["target", ["chi tieu"]],
  // "Hoàn trả" folds like "Hoãn"; partial completion is not completion.
  [null, ["chua thi hanh xong", "chua xong", "thi hanh xong mot phan", "xong mot phan", "hoan tra", "chua hoan thanh"]],
];

const PHRASES: ReadonlyArray<readonly [Category | null, string]> = CATEGORY_PHRASES.flatMap(([category, phrases]) =>
  phrases.map((p) => [category, p] as const),
);

/** The category a header label names, or undefined ("Tỷ lệ" and "%" columns are rates, not categories). */
export function matchCategory(text: unknown): Category | undefined {
  const label = normalizeLabel(text);
  if (label === "") return undefined;
  // "Chỉ tiêu (%)" is the target even though it carries a percent sign.
  if (containsWords(label, "chi tieu")) return "target";
  if (containsWords(label, "ty le") || containsWords(label, "%")) return undefined;
  const padded = ` ${label} `;
  let best: { category: Category | null; start: number; length: number } | undefined;
  for (const [category, phrase] of PHRASES) {
    const start = padded.indexOf(` ${phrase} `);
    if (start < 0) continue;
    if (!best || start < best.start || (start === best.start && phrase.length > best.length)) {
      best = { category, start, length: phrase.length };
    }
  }
  return best?.category ?? undefined;
}

/** Words that give a column its measure: the "Về việc" / "Về tiền" band or the label itself. */
const MEASURE_WORDS: Readonly<Record<Measure, readonly string[]>> = {
  cases: ["viec"],
  money: ["tien", "gia tri", "nghin dong", "1000 dong", "1 000 dong", "trieu dong"],
};

/** "Về việc", "Việc", "Số việc có ĐK" → cases; "Về tiền", "Giá trị", "Xong về tiền" → money. */
export function matchMeasure(text: unknown): Measure | undefined {
  const label = normalizeLabel(text);
  const cases = MEASURE_WORDS.cases.some((w) => containsWords(label, w));
  const money = MEASURE_WORDS.money.some((w) => containsWords(label, w));
  if (cases === money) return undefined; // neither, or a label about both
  return cases ? "cases" : "money";
}

/** Name-column headers. Exact labels only: "Đơn vị tính: việc" is not the name column. */
const UNIT_NAME_LABELS = [
  "don vi", "ten don vi", "don vi thi hanh an", "co quan", "ten co quan", "co quan thi hanh an", "chi cuc", "ten chi cuc", "phong",
];
const OFFICER_NAME_LABELS = ["chap hanh vien", "ten chap hanh vien", "don vi chap hanh vien", "can bo", "ten can bo"];
/** Officer-name labels that may go on ("Họ và tên CHV", "Họ tên người thực hiện"). */
const OFFICER_NAME_PREFIXES = ["ho va ten", "ho ten"];

/** Whether a header names the member column, and of which kind ("Đơn vị" / "Chấp hành viên"). */
export function matchNameLabel(text: unknown): MemberKind | undefined {
  const label = normalizeLabel(text);
  if (label === "") return undefined;
  if (OFFICER_NAME_LABELS.includes(label)) return "officer";
  if (OFFICER_NAME_PREFIXES.some((p) => label === p || label.startsWith(`${p} `))) return "officer";
  if (UNIT_NAME_LABELS.includes(label)) return "unit";
  return undefined;
}

/** "STT", "TT", "Số thứ tự": the row-number column, never the name column. */
export function isRowNumberLabel(text: unknown): boolean {
  return ["stt", "tt", "so tt", "so thu tu", "thu tu"].includes(normalizeLabel(text));
}

/**
 * Total-row labels and their precedence when a sheet has several ("Cộng" is often a subtotal).
 * Exact labels only: "Tống Văn A" folds to "tong van a" and is an officer, not a total.
 */
const TOTAL_LABELS: ReadonlyArray<readonly [string, number]> = [
  ["tong cong", 4],
  ["tong cong toan tinh", 4],
  ["tong cong toan thanh pho", 4],
  ["tong so", 3],
  ["tong", 2],
  ["toan tinh", 2],
  ["toan thanh pho", 2],
  ["toan don vi", 2],
  ["cong", 1],
];

/** Precedence of a total-row label ("Tổng cộng" 4 … "Cộng" 1), 0 when it is not a total row. */
export function totalRank(text: unknown): number {
  const label = normalizeLabel(text);
  return TOTAL_LABELS.find(([word]) => word === label)?.[1] ?? 0;
}

/** "Trong đó", "Trong đó: án tín dụng": a breakdown of another row, never a member. */
export function isInWhichLabel(text: unknown): boolean {
  const label = normalizeLabel(text);
  return label === "trong do" || label.startsWith("trong do ") || label.startsWith("trong so do");
}
/** The first word of every label isInWhichLabel accepts. */
const IN_WHICH_FIRST_WORD = "trong";

const firstWord = (label: string) => label.split(" ")[0];

/**
 * The first word, as foldText gives it, of every total and "Trong đó" label: those of TOTAL_LABELS
 * and isInWhichLabel, and the abbreviations spelled out as one of them ("TS" is "tổng số"). A label
 * whose folded first word is another is neither, which spares folding every member's name in full.
 */
export const TOTAL_OR_IN_WHICH_FIRST_WORDS: readonly string[] = (() => {
  const words = new Set([...TOTAL_LABELS.map(([label]) => firstWord(label)), IN_WHICH_FIRST_WORD]);
  for (const [abbreviation, spelled] of Object.entries(ABBREVIATIONS)) if (words.has(firstWord(spelled))) words.add(abbreviation);
  return [...words];
})();

/**
 * Header labels that only group or qualify other columns: "Tổng số" under a "Có điều kiện" band,
 * "Trong đó", a measure band. A column whose own label is generic takes the category of its band.
 */
export function isGenericHeaderLabel(text: unknown): boolean {
  const label = normalizeLabel(text);
  if (label === "" || totalRank(label) > 0 || isInWhichLabel(label)) return true;
  return matchMeasure(label) !== undefined && matchCategory(label) === undefined;
}

/** Office levels: a district office (Chi cục, Phòng … khu vực) is more specific than a province one. */
const OFFICE_PREFIXES: ReadonlyArray<readonly [string, number]> = [
  ["chi cuc thi hanh an dan su", 2],
  ["phong thi hanh an dan su", 2],
  ["cuc thi hanh an dan su", 1],
  ["thi hanh an dan su tinh", 1],
  ["thi hanh an dan su thanh pho", 1],
];

/** Where a title line is written by a reporting office: "Đơn vị báo cáo: Chi cục THADS …". */
const REPORTING_PREFIXES = ["don vi bao cao", "don vi", "co quan bao cao"];

/**
 * The office named by one title line, with its level (2 district, 1 province), or undefined.
 * Old names ("Chi cục THADS quận X", "Cục THADS tỉnh Y") and new ones ("Phòng Thi hành án dân sự
 * khu vực 3", "Thi hành án dân sự tỉnh Z") are recognised; "Cục Quản lý THADS" and "Kính gửi: …"
 * lines are not the office.
 */
export function matchOfficeLine(line: string): { name: string; level: number } | undefined {
  const text = line.replace(/\s+/g, " ").trim();
  const colon = text.indexOf(":");
  if (colon >= 0) {
    if (!REPORTING_PREFIXES.includes(normalizeLabel(text.slice(0, colon)))) return undefined;
    return matchOfficeLine(text.slice(colon + 1));
  }
  const label = normalizeLabel(text);
  const found = OFFICE_PREFIXES.find(([prefix]) => label === prefix || label.startsWith(`${prefix} `));
  return found && label !== found[0] ? { name: text, level: found[1] } : undefined;
}

/** The text lines of the title rows above the header (a title cell may hold several lines). */
export function titleLines(cells: readonly unknown[][], titleRows: number): string[] {
  const lines: string[] = [];
  for (let r = 0; r < titleRows; r++) {
    for (const v of cells[r] ?? []) if (typeof v === "string") lines.push(...v.split(/\r?\n/));
  }
  return lines;
}

/** The office named in title lines: the most specific one ("Chi cục …" over "Cục …"), the first of equals. */
export function mostSpecificOffice(lines: Iterable<string>): string | undefined {
  let best: { name: string; level: number } | undefined;
  for (const line of lines) {
    const found = matchOfficeLine(line);
    if (found && (!best || found.level > best.level)) best = found;
  }
  return best?.name;
}

/** Units of money as headers and unit lines write them (folded): thousands first, "1.000đ" is not đồng. */
const THOUSANDS_UNIT = /(^| )(nghin|ngan)( dong| d)?( |$)|(^| )1 ?000 ?(d|dong|vnd)?( |$)/;
const DONG_UNIT = /(^| )(dong|vnd)( |$)/;
/** "đ" alone is a unit only in brackets ("Số tiền (đ)"): "Có đ/k" is no unit. */
const DONG_SIGN = /\(\s*[đĐ]\s*\)/;
/** Millions are no unit the add-in reads: a label naming them states no unit it can use. */
const OTHER_UNIT = /(^| )(trieu( dong| d)?|ty (dong|d))( |$)/;

/**
 * A label folded for its money unit, with the words that fold to "dong" but are not the currency
 * đồng left out: "dòng" (a line: "Ghi chú: mỗi quyết định một dòng"), "Đông" (east: "huyện Đông
 * Anh"), "động" ("chủ động"). Only the marks tell them apart, so this is done before folding; a word
 * written with no mark at all ("dong", "DONG") may be any of them and is taken as the currency.
 * Then the words đồng is a syllable of, marks and all, but no currency: see NOT_CURRENCY.
 */
function foldUnit(text: unknown): string {
  if (typeof text !== "string") return foldText(text).replace(NOT_CURRENCY, " ");
  const kept = text.normalize("NFC").replace(/[\p{L}\p{M}]+/gu, (word) => (foldText(word) === "dong" && !CURRENCY_DONG.test(word) ? " " : word));
  return foldText(kept).replace(NOT_CURRENCY, " ");
}
const CURRENCY_DONG = /^(đồng|dong)$/iu;
/**
 * Folded words with the syllable đồng that name no money: "hợp đồng" (a contract), "cộng đồng",
 * "đồng ý", "đồng thời", "đồng sở hữu", "đồng phạm", "đồng thừa kế" (as judgments name parties),
 * and the provinces and towns an office's title line may name just above a header ("Cục THADS tỉnh
 * Đồng Nai", "Đồng Tháp", "Đồng Hới", "Đồng Xoài", "Đồng Hỷ").
 */
const NOT_CURRENCY = /(?<=^| )((hop|cong) dong|dong (y|thoi|bo|chi|so huu|pham|thua ke|bao|nghiep|nai|thap|hoi|xoai|hy))(?= |$)/g;

/** Whether a label states a money unit the add-in does not read (millions, billions): "Về tiền (triệu đồng)". */
export function statesOtherMoneyUnit(text: unknown): boolean {
  return OTHER_UNIT.test(foldUnit(text));
}

/** The money unit a header label states: "Về tiền (đồng)" đồng, "Số tiền (1.000đ)" thousands; else undefined. */
export function moneyUnitOf(text: unknown): MoneyUnit | undefined {
  const folded = foldUnit(text);
  if (OTHER_UNIT.test(folded)) return undefined;
  if (THOUSANDS_UNIT.test(folded)) return "thousand";
  return DONG_UNIT.test(folded) || (typeof text === "string" && DONG_SIGN.test(text)) ? "dong" : undefined;
}

/** The beginnings of a unit line in the title rows: "Đơn vị tính: việc; đồng", "ĐVT: 1.000 đồng". */
const UNIT_LINE = /^(don vi tinh|dvt)( |$)/;

/** The money unit a title line states when it is a unit line, else undefined. */
export function unitLineMoneyUnit(line: string): MoneyUnit | undefined {
  const folded = foldUnit(line);
  return UNIT_LINE.test(folded) ? moneyUnitOf(folded.replace(UNIT_LINE, "")) : undefined;
}

/** Whether a title line is a unit line stating a money unit the add-in does not read ("ĐVT: triệu đồng"). */
export function unitLineStatesOtherUnit(line: string): boolean {
  const folded = foldUnit(line);
  return UNIT_LINE.test(folded) && statesOtherMoneyUnit(folded);
}
