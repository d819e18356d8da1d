/**
 * The members of a register's statistics table (one per officer or unit): their running sums while
 * the rows are read, then their figures (DOMAIN.md), money rounded once per sum.
 */
import { words } from "../../i18n/problem";
import { clean, isBlankCell } from "../numbers";
import type { Figures, Member, MemberKind } from "../table/model";
import { foldText } from "../text";
import type { LegacyEncoding } from "../encoding/convert";
import type { IssueLog } from "./issueLog";
import { unicodeText } from "./legacyText";
import { STATUS_CATEGORIES, type StatusCategory } from "./status";

export const N = STATUS_CATEGORIES.length;
export const INDEX = Object.fromEntries(STATUS_CATEGORIES.map((c, i) => [c, i])) as Record<StatusCategory, number>;

/** Running sums of one member, in the register's own money unit. */
export interface Accumulator {
  name: string;
  where: string;
  carriedOver: number;
  newlyAccepted: number;
  carriedOverAmount: number;
  newlyAcceptedAmount: number;
  cases: Float64Array; // rows per status category
  amount: Float64Array; // amount to enforce per status category
  collected: Float64Array; // amount collected per status category
  terminatedAmount: number;
}

/** The members met so far, found by their name cells; names differing only in case, diacritics or spacing are one. */
export class MemberIndex {
  readonly accumulators: Accumulator[] = [];
  /** the name of the member collecting the rows without one */
  readonly noName: string;
  // Raw cells seen before are looked up by themselves: texts in objects without a prototype (V8
  // finds a repeated text there faster than in a Map), other values (numbers, Dates…) in Maps.
  readonly byString: Record<string, Accumulator | undefined> = Object.create(null);
  readonly byRaw = new Map<unknown, Accumulator>();
  private readonly byKey = new Map<string, Accumulator>();
  /** name texts typed in an old encoding, by the text as typed; asked of each row only once one is met */
  readonly encodingOf: Record<string, LegacyEncoding | undefined> = Object.create(null);
  hasLegacyNames = false;

  constructor(
    private readonly log: IssueLog,
    private readonly groupCol: number,
    memberKind: MemberKind,
  ) {
    this.noName = words("vi").register.noMember[memberKind];
  }

  /** The accumulator of a raw name cell not seen yet (byString and byRaw have those seen). */
  memberOf(raw: unknown, r: number): Accumulator {
    const blank = isBlankCell(raw);
    const read = blank ? { text: this.noName } : unicodeText(String(raw).trim());
    const name = read.text.replace(/\s+/g, " ");
    if (read.encoding && typeof raw === "string") {
      this.encodingOf[raw] = read.encoding;
      this.hasLegacyNames = true;
    }
    const key = blank ? "" : foldText(name);
    let acc = this.byKey.get(key);
    if (!acc) {
      acc = {
        name,
        where: this.log.addr(r, this.groupCol),
        carriedOver: 0,
        newlyAccepted: 0,
        carriedOverAmount: 0,
        newlyAcceptedAmount: 0,
        cases: new Float64Array(N),
        amount: new Float64Array(N),
        collected: new Float64Array(N),
        terminatedAmount: 0,
      };
      this.byKey.set(key, acc);
      this.accumulators.push(acc);
    }
    if (typeof raw === "string") this.byString[raw] = acc;
    else this.byRaw.set(raw, acc);
    return acc;
  }
}

/**
 * The members in name order, the one for rows without a name last. A function of its own: the
 * array work here once sent the whole aggregation, loop included, back to unoptimised code.
 */
export function membersOf(accumulators: Accumulator[], eligible: ReadonlySet<StatusCategory>, inDong: boolean, noName: string): Member[] {
  const money = inDong ? (x: number) => Math.round(x / 1000) : clean;
  return accumulators
    .map((acc) => toMember(acc, eligible, money))
    .sort((a, b) => (a.name === noName ? 1 : b.name === noName ? -1 : a.name.localeCompare(b.name, "vi")));
}

function toMember(acc: Accumulator, eligible: ReadonlySet<StatusCategory>, money: (x: number) => number): Member {
  const cases: Figures = {};
  const m: Figures = {};
  const carriedOver = money(acc.carriedOverAmount);
  const newlyAccepted = money(acc.newlyAcceptedAmount);
  const amount = STATUS_CATEGORIES.map((c) => money(acc.amount[INDEX[c]]));
  const collected = STATUS_CATEGORIES.map((c) => money(acc.collected[INDEX[c]]));
  const n = (c: StatusCategory) => acc.cases[INDEX[c]];
  const owed = (c: StatusCategory) => clean(amount[INDEX[c]] - collected[INDEX[c]]);
  const sumOver = (values: number[]) => clean(STATUS_CATEGORIES.reduce((s, c) => (eligible.has(c) ? s + values[INDEX[c]] : s), 0));

  cases.carriedOver = acc.carriedOver;
  cases.newlyAccepted = acc.newlyAccepted;
  cases.accepted = acc.carriedOver + acc.newlyAccepted;
  cases.delegatedOut = n("delegatedOut");
  cases.revoked = n("revoked");
  cases.mustEnforce = cases.accepted - cases.delegatedOut - cases.revoked;
  cases.eligible = STATUS_CATEGORIES.reduce((s, c) => (eligible.has(c) ? s + n(c) : s), 0);
  for (const c of ["completed", "terminated", "inProgress", "postponed", "suspended", "notEligible"] as const) cases[c] = n(c);
  cases.backlog = cases.mustEnforce - cases.completed! - cases.terminated!;

  m.carriedOver = carriedOver;
  m.newlyAccepted = newlyAccepted;
  m.accepted = clean(carriedOver + newlyAccepted);
  m.delegatedOut = amount[INDEX.delegatedOut];
  m.revoked = amount[INDEX.revoked];
  m.mustEnforce = clean(m.accepted - m.delegatedOut - m.revoked);
  m.eligible = sumOver(amount);
  m.completed = sumOver(collected);
  m.terminated = money(acc.terminatedAmount);
  for (const c of ["inProgress", "postponed", "suspended", "notEligible"] as const) m[c] = owed(c);
  m.backlog = clean(m.mustEnforce - m.completed - m.terminated);

  return { name: acc.name, where: acc.where, cases, money: m };
}
