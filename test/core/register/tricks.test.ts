/**
 * The hand-optimised routines of the register area against plain reference versions written here,
 * over thousands of seeded random inputs: a trick that changes an answer fails here.
 */
import { isBlankCell } from "../../../src/core/numbers";
import { CellReader } from "../../../src/core/register/cells";
import { IssueLog } from "../../../src/core/register/issueLog";
import { MemberIndex } from "../../../src/core/register/members";
import { HeaderScan, labelsAt, recognizeRegister } from "../../../src/core/register/recognize";
import { isBlank, RowKinds, startsLikeTotal } from "../../../src/core/register/rows";
import { classifyStatus, STATUS_PATTERNS } from "../../../src/core/register/status";
import { StatusIndex } from "../../../src/core/register/statusIndex";
import { isError } from "../../../src/core/errors";
import { dateToSerial, readDate } from "../../../src/core/periods";
import { foldText } from "../../../src/core/text";
import { pick, prng, textOf } from "./random";

const RUNS = 5000;
/** Pieces that make texts near the interesting boundaries: totals, blanks, statuses, names. */
const PIECES = ["T", "t", "C", "c", "o", "ô", "ổ", "ộ", "ng", "n", "g", " ", "  ", "\u00a0", "\u3000", "\t", "-", "–", "x", "X", "a", "Đ", "đ", "S", "ố", "1", "/", ".", "\n"];

describe("blank and total detection", () => {
  const rand = prng(9);
  const TOTALS = new Set(["tong cong", "cong", "tong so", "tong"]);
  /** plain: a total label is a short text that folds to one of the total words */
  const plainTotal = (v: unknown) => typeof v === "string" && v.length <= 20 && TOTALS.has(foldText(v));

  it("isBlank is isBlankCell", () => {
    for (let i = 0; i < RUNS; i++) {
      const v = rand() < 0.1 ? pick(rand, [null, undefined, 0, 1.5, true, new Date(0)]) : textOf(rand, PIECES, 4);
      expect([v, isBlank(v)]).toEqual([v, isBlankCell(v)]);
    }
  });

  it("startsLikeTotal never turns a total label away, and isTotalLabel is the plain test", () => {
    const rows = new RowKinds({ officer: 0, status: 1, date: 2, amount: 3, collected: 4 });
    const words = ["Tổng cộng", "TỔNG CỘNG", " Cộng ", "tổng số", "Tong", "cong", "Trần", "Cao", "Tô", "Công", "Tổng hợp"];
    for (let i = 0; i < RUNS; i++) {
      const v = rand() < 0.5 ? pick(rand, words) + textOf(rand, [" ", "\u00a0", "", "."], 2) : textOf(rand, PIECES, 10);
      const prefixed = rand() < 0.3 ? textOf(rand, [" ", "\u00a0", "\t", "\u3000"], 2) + v : v;
      if (plainTotal(prefixed)) expect([prefixed, startsLikeTotal(prefixed)]).toEqual([prefixed, true]);
      expect([prefixed, rows.isTotalLabel(prefixed)]).toEqual([prefixed, plainTotal(prefixed)]);
    }
  });
});

describe("status classification", () => {
  const rand = prng(11);
  const plain = (v: unknown) => {
    if (typeof v !== "string") return undefined;
    const key = foldText(v).replace(/ /g, "");
    return STATUS_PATTERNS.find(([, re]) => re.test(key))?.[0];
  };
  const spellings = ["Xong", "TH xong", "Đã thi hành xong", "Đình chỉ", "ĐC", "Đang THA", "Hoãn", "Tạm đình chỉ", "Chưa có ĐK", "Ủy thác", "Thu hồi"];

  it("the cached classifyStatus is the plain pattern test, asked in any order and again", () => {
    const texts: unknown[] = [];
    for (let i = 0; i < 400; i++) texts.push(rand() < 0.6 ? pick(rand, spellings) + textOf(rand, [" ", ".", "x", "a"], 2) : textOf(rand, PIECES, 6));
    texts.push(null, 12, undefined);
    for (let i = 0; i < RUNS; i++) {
      const t = pick(rand, texts);
      expect([t, classifyStatus(t)]).toEqual([t, plain(t)]);
    }
  });

  it("StatusIndex, through its raw-cell caches, gives each cell the entry of its collapsed text", () => {
    const log = new IssueLog("Sổ", { row: 0, col: 0 });
    const index = new StatusIndex(log, 1, {});
    const cells: unknown[] = [];
    for (let i = 0; i < 300; i++) cells.push(pick(rand, [...spellings, " Xong ", "Đình  chỉ", 5, null, ""]));
    for (let i = 0; i < RUNS; i++) {
      const raw = pick(rand, cells);
      const got = (typeof raw === "string" ? index.byString[raw] : index.byRaw.get(raw)) ?? index.statusOf(raw, i);
      const text = isBlankCell(raw) ? "" : String(raw).trim().replace(/\s+/g, " ");
      expect(got.entry.text).toBe(text);
      expect(got.entry.category).toBe(classifyStatus(text) ?? null);
    }
  });
});

describe("members and dates", () => {
  const rand = prng(13);

  it("MemberIndex puts cells whose names fold alike in one member, others apart", () => {
    const log = new IssueLog("Sổ", { row: 0, col: 0 });
    const index = new MemberIndex(log, 0, "officer");
    const names = ["Nguyễn Văn An", "nguyễn văn  an", "NGUYEN VAN AN", "Trần Thị Bình", " Trần Thị Bình", "Lê C", "", null, 7];
    const byKey = new Map<string, object>();
    for (let i = 0; i < RUNS; i++) {
      const raw = pick(rand, names);
      const acc = (typeof raw === "string" ? index.byString[raw] : index.byRaw.get(raw)) ?? index.memberOf(raw, i);
      const key = isBlankCell(raw) ? "" : foldText(String(raw).trim().replace(/\s+/g, " "));
      if (!byKey.has(key)) byKey.set(key, acc);
      expect(acc).toBe(byKey.get(key));
    }
    expect(index.accumulators).toHaveLength(byKey.size);
  });

  it("the cached day of a date cell is the plain readDate's", () => {
    const cells: unknown[][] = [];
    const log = new IssueLog("Sổ", { row: 0, col: 0 });
    const reader = new CellReader(cells, { columns: { officer: 0, status: 0, date: 0, amount: 0, collected: 0 }, headers: {} }, log);
    const values: unknown[] = [];
    for (let i = 0; i < 300; i++) {
      const d = 1 + Math.floor(rand() * 31);
      const m = 1 + Math.floor(rand() * 13);
      const y = 2018 + Math.floor(rand() * 4);
      values.push(pick(rand, [`${d}/${m}/${y}`, `${String(d).padStart(2, "0")}.${m}.${y}`, `${y}-${m}-${d}`, new Date(Date.UTC(y, m - 1, d)), "x"]));
    }
    for (let i = 0; i < RUNS; i++) {
      const v = pick(rand, values);
      const plain = readDate(v, "Ngày");
      const m = typeof v === "string" ? /^\s*\d{1,2}[/.-](\d{1,2})[/.-]\d{4}\s*$/.exec(v) : null;
      const expected = isError(plain) || (m && Number(m[1]) > 12) ? undefined : dateToSerial(plain);
      const got = (typeof v === "string" ? reader.dayByString[v] : undefined) ?? reader.readDay(v, 0, "date");
      expect([v, got]).toEqual([v, expected]);
    }
  });
});

describe("header scan pruning", () => {
  const rand = prng(17);
  const labels = ["Chấp hành viên", "Trạng thái", "Ngày thụ lý", "Số tiền phải thi hành", "Đã thu", "Số QĐ", "Đơn vị", "Số tiền (đồng)", "Đình chỉ", "An", "Xong"];

  it("labelsAt bounds the roles a row can have, and the pruned scan finds the plain scan's header", () => {
    for (let run = 0; run < 600; run++) {
      const rows = 2 + Math.floor(rand() * 8);
      const cells: unknown[][] = [];
      for (let r = 0; r < rows; r++) {
        const width = 1 + Math.floor(rand() * 7);
        cells.push(Array.from({ length: width }, () => pick(rand, [...labels, "", null, 5, " "])));
      }
      const fresh = (r: number) => new HeaderScan(cells).candidateAt(r).found.size;
      let best = -1;
      let bestSize = 0;
      for (let r = 0; r < cells.length; r++) {
        expect(labelsAt(cells, r)).toBeGreaterThanOrEqual(fresh(r));
        if (fresh(r) > bestSize) [best, bestSize] = [r, fresh(r)];
      }
      const found = recognizeRegister(cells);
      if (!isError(found)) expect(found.headerRow).toBe(best);
      else if (bestSize > 0) expect(found.problem?.code).toBe("registerMissingColumns");
    }
  });
});
