/**
 * The status (trạng thái / kết quả) column of a case register: each row's text is classified into one
 * of the categories of DOMAIN.md. Officers type the same status in many ways ("Xong", "TH xong",
 * "Đã thi hành xong"), so texts are compared folded (no case, diacritics or punctuation) and with
 * the spaces removed ("Đ.C" and "ĐC" are the same). Anything not recognised stays unclassified:
 * a status is never guessed.
 */
import { problem } from "../../i18n/problem";
import { isError, Result, valueError } from "../errors";
import { foldText } from "../text";
import type { Category } from "../table/model";

/** The categories a case's status can fall in: those of the statistics table a single case can have. */
export type StatusCategory = Extract<
  Category,
  "completed" | "terminated" | "inProgress" | "postponed" | "suspended" | "notEligible" | "delegatedOut" | "revoked"
>;

export const STATUS_CATEGORIES: readonly StatusCategory[] = [
  "completed",
  "terminated",
  "inProgress",
  "postponed",
  "suspended",
  "notEligible",
  "delegatedOut",
  "revoked",
];

/**
 * Categories counted as "có điều kiện thi hành" (enforceable) unless the user changes them.
 * - postponed is in: Thông tư 06/2019 counts postponement by agreement of the parties (điểm c
 *   khoản 1 Điều 48 Luật THADS) as enforceable, and DOMAIN.md says so; a register does not say
 *   why a case was postponed, so "Hoãn" is taken as that case.
 * - suspended (tạm đình chỉ, e.g. pending bankruptcy or a review) is out: the office cannot act
 *   on the case, so it is not enforceable; such tables show it in a bucket of its own beside
 *   "chưa có điều kiện".
 */
export const DEFAULT_ELIGIBLE: readonly StatusCategory[] = ["completed", "terminated", "inProgress", "postponed"];

// Patterns on the folded text with spaces removed. TH = "thi hành (án)" and its abbreviations.
const TH = "(?:thihanhan|thihanh|tha|th)";
export const STATUS_PATTERNS: ReadonlyArray<readonly [StatusCategory, RegExp]> = [
  ["completed", new RegExp(`^(?:da)?(?:${TH})?xong(?:${TH}|toanbo)?$|^(?:da)?hoanthanh$`)],
  ["suspended", new RegExp(`^(?:da|bi)?(?:tamdinhchi|tdc)(?:${TH})?$`)],
  ["terminated", new RegExp(`^(?:da|bi)?(?:dinhchi|dc)(?:${TH})?$`)],
  ["inProgress", new RegExp(`^dang(?:${TH}|giaiquyet|xuly|thuchien)$`)],
  ["postponed", new RegExp(`^(?:da|bi|duoc)?hoan(?:${TH})?(?:theothoathuan|dothoathuan)?$`)],
  ["notEligible", new RegExp(`^(?:chua|khong)(?:co|du)?(?:dieukien|dk)(?:${TH})?$|^ccdk(?:${TH})?$`)],
  ["delegatedOut", new RegExp(`^(?:da)?uythac(?:di)?(?:${TH})?(?:di)?$`)],
  ["revoked", new RegExp(`^(?:da|bi)?(?:thuhoi|huy|thuhoihuy)(?:quyetdinh|qd)?(?:${TH})?$`)],
];

/** The spellings of the categories THADS.COUNT suggests when it does not recognise one. */
const CATEGORY_SPELLINGS = ["xong", "đình chỉ", "đang thi hành", "hoãn", "tạm đình chỉ", "chưa có điều kiện", "ủy thác", "thu hồi", "có điều kiện"];

/** "có điều kiện" as a THADS.COUNT category: any status counted as enforceable. */
const ELIGIBLE_PATTERN = new RegExp(`^co(?:dieukien|dk)(?:${TH})?$|^cdk$`);

function compactKey(text: string): string {
  return foldText(text).replace(/ /g, "");
}

function classifyKey(key: string): StatusCategory | undefined {
  for (const [category, pattern] of STATUS_PATTERNS) if (pattern.test(key)) return category;
  return undefined;
}

// Registers repeat a handful of status texts over thousands of rows: classify each text once.
const MAX_CACHED = 10000;
const cache = new Map<string, StatusCategory | null>();

/** The category of a status text, or undefined when the text is not a known status (or not text). */
export function classifyStatus(text: unknown): StatusCategory | undefined {
  if (typeof text !== "string") return undefined;
  const cached = cache.get(text);
  if (cached !== undefined) return cached ?? undefined;
  const category = classifyKey(compactKey(text));
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(text, category ?? null);
  return category;
}

/**
 * The categories a THADS.COUNT category argument stands for: a status spelling ("xong",
 * "đình chỉ"), a code name ("completed"), or "có điều kiện" (every category in DEFAULT_ELIGIBLE).
 */
export function categoriesOf(category: unknown): Result<ReadonlySet<StatusCategory>> {
  const text = category === null || category === undefined ? "" : String(category);
  const codeName = STATUS_CATEGORIES.find((c) => c.toLowerCase() === text.trim().toLowerCase());
  if (codeName) return new Set([codeName]);
  const key = compactKey(text);
  if (ELIGIBLE_PATTERN.test(key) || key === "eligible") return new Set(DEFAULT_ELIGIBLE);
  const single = classifyKey(key);
  if (single) return new Set([single]);
  return valueError(problem("registerUnknownCategory", { text, choices: CATEGORY_SPELLINGS }));
}

/**
 * THADS.COUNT(statusRange, category): the number of cells whose status falls in the category.
 * Blank and non-text cells are skipped first (whole-column ranges are mostly blank); runs of the
 * same text reuse the last answer before the cache is consulted.
 */
export function countStatus(values: unknown[][], category: string): Result<number> {
  const wanted = categoriesOf(category);
  if (isError(wanted)) return wanted;
  let count = 0;
  let lastText = "";
  let lastHit = false;
  for (const row of values) {
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (typeof v !== "string" || v === "") continue;
      if (v !== lastText) {
        lastText = v;
        const c = classifyStatus(v);
        lastHit = c !== undefined && wanted.has(c);
      }
      if (lastHit) count++;
    }
  }
  return count;
}
