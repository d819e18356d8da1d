/**
 * A generated register kept over three years (cases accepted 2019–2021, several officers, result
 * dates before the statistical year, inside it and after the report date, blank rows and blank
 * result dates), and its statistics table worked out case by case from the rules of issue 12 by a
 * brute-force reference written here, not from the code under test.
 */
import { pick, prng } from "./random";

export type Cat = "completed" | "terminated" | "inProgress" | "postponed" | "suspended" | "notEligible" | "delegatedOut" | "revoked";
export interface Case {
  number: string;
  officer: string;
  status: Cat;
  spelling: string;
  accepted: Date; // UTC midnight
  end: Date | null; // result date; only closed cases have one
  amount: number; // nghìn đồng
  collected: number;
}
export interface Day {
  year: number;
  month: number;
  day: number;
}

export const OFFICERS = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"];
const SPELLINGS: Record<Cat, string[]> = {
  completed: ["Xong", "Thi hành xong", "TH xong"],
  terminated: ["Đình chỉ", "ĐC"],
  inProgress: ["Đang thi hành", "Đang THA"],
  postponed: ["Hoãn"],
  suspended: ["Tạm đình chỉ"],
  notEligible: ["Chưa có điều kiện", "Chưa có ĐK"],
  delegatedOut: ["Ủy thác"],
  revoked: ["Thu hồi"],
};
const CATS = Object.keys(SPELLINGS) as Cat[];
const CLOSING: ReadonlySet<Cat> = new Set(["completed", "terminated", "delegatedOut", "revoked"]);
const ELIGIBLE: ReadonlySet<Cat> = new Set(["completed", "terminated", "inProgress", "postponed"]);
const DAY_MS = 86400000;

export const utc = (d: Day) => new Date(Date.UTC(d.year, d.month - 1, d.day));
export const dmy = (d: Date) =>
  `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;

export function makeCases(count: number, seed: number): Case[] {
  const rand = prng(seed);
  const first = Date.UTC(2019, 0, 1);
  const span = Date.UTC(2021, 11, 31) - first;
  const cases: Case[] = [];
  for (let i = 0; i < count; i++) {
    const status = pick(rand, CATS);
    const accepted = new Date(first + Math.floor((rand() * span) / DAY_MS) * DAY_MS);
    // Closed cases end 0–700 days after acceptance (before S, inside the year or after D); one in ten has no date.
    const end = CLOSING.has(status) && rand() >= 0.1 ? new Date(accepted.getTime() + Math.floor(rand() * 700) * DAY_MS) : null;
    const amount = 1 + Math.floor(rand() * 50000);
    const collected =
      status === "completed" ? amount : status === "delegatedOut" || status === "revoked" ? 0 : Math.floor(rand() * amount);
    cases.push({ number: `${i + 1}/QĐ-THA`, officer: pick(rand, OFFICERS), status, spelling: pick(rand, SPELLINGS[status]), accepted, end, amount, collected });
  }
  return cases;
}

export const HEADER = ["STT", "Số QĐ", "Ngày thụ lý", "Chấp hành viên", "Trạng thái", "Ngày kết thúc", "Phải thi hành (nghìn đồng)", "Đã thu (nghìn đồng)"];

/** The register's cells: a title, the header, one row per case (dates as Date or as text), a blank row every 50. */
export function registerCells(cases: Case[], withResultDate: boolean): unknown[][] {
  const keep = (row: unknown[]) => (withResultDate ? row : row.filter((_, c) => c !== 5));
  const rows: unknown[][] = [["SỔ THEO DÕI THI HÀNH ÁN DÂN SỰ"], keep(HEADER)];
  cases.forEach((c, i) => {
    const date = (d: Date | null) => (d === null ? "" : i % 2 === 0 ? d : dmy(d));
    rows.push(keep([i + 1, c.number, date(c.accepted), c.officer, c.spelling, date(c.end), c.amount, c.collected]));
    if (i % 50 === 49) rows.push(keep(["", "", "", "", "", "", "", ""]));
  });
  return rows;
}

type Figures = Record<string, number>;
export interface Expected {
  members: Record<string, { cases: Figures; money: Figures }>;
  total: { cases: Figures; money: Figures };
}

const zero = (): Figures => ({
  carriedOver: 0, newlyAccepted: 0, accepted: 0, delegatedOut: 0, revoked: 0, mustEnforce: 0, eligible: 0,
  completed: 0, terminated: 0, inProgress: 0, postponed: 0, suspended: 0, notEligible: 0, backlog: 0,
});

/**
 * The table at report date D by the rules, case by case; `useResultDates` false: the rule without
 * the column (every status as it stands today).
 */
export function expectedTable(cases: Case[], d: Day, useResultDates: boolean): Expected {
  const D = utc(d).getTime();
  const S = Date.UTC(d.month >= 10 ? d.year : d.year - 1, 9, 1);
  const members: Expected["members"] = {};
  const total = { cases: zero(), money: zero() };
  for (const c of cases) {
    const accepted = c.accepted.getTime();
    if (accepted > D) continue;
    const end = useResultDates && c.end ? c.end.getTime() : null;
    if (CLOSING.has(c.status) && end !== null && end < S) continue;
    const reopened = CLOSING.has(c.status) && end !== null && end > D;
    const cat: Cat = reopened ? "inProgress" : c.status;
    const collected = reopened ? 0 : c.collected;
    const m = (members[c.officer] ??= { cases: zero(), money: zero() });
    for (const f of [m, total]) {
      const when = accepted < S ? "carriedOver" : "newlyAccepted";
      f.cases[when] += 1;
      f.money[when] += c.amount;
      f.cases.accepted += 1;
      f.money.accepted += c.amount;
      f.cases[cat] += 1;
      if (cat === "delegatedOut" || cat === "revoked") f.money[cat] += c.amount;
      if (ELIGIBLE.has(cat)) {
        f.cases.eligible += 1;
        f.money.eligible += c.amount;
        f.money.completed += collected;
      }
      if (cat === "terminated") f.money.terminated += c.amount - collected;
      if (cat === "inProgress" || cat === "postponed" || cat === "suspended" || cat === "notEligible") f.money[cat] += c.amount - collected;
    }
  }
  for (const f of [...Object.values(members), total]) {
    for (const measure of [f.cases, f.money]) {
      measure.mustEnforce = measure.accepted - measure.delegatedOut - measure.revoked;
      measure.backlog = measure.mustEnforce - measure.completed - measure.terminated;
    }
  }
  return { members, total };
}
