/** The statuses met in a register: each distinct text classified once, the user's choices first. */
import { isBlankCell } from "../numbers";
import type { IssueLog } from "./issueLog";
import { INDEX } from "./members";
import { classifyStatus, type StatusCategory } from "./status";
import type { LegacyEncoding } from "../encoding/convert";
import { unicodeText } from "./legacyText";

export interface StatusCount {
  /** the status as typed, trimmed and with inner white space collapsed; "" for rows with no status */
  text: string;
  /** null when unclassified: the report is blocked until the user classifies it */
  category: StatusCategory | null;
  /** rows of the period (or with an unreadable date) carrying it */
  count: number;
}

/** The status of a raw status cell: its entry and category index (-1 when unclassified). */
export interface StatusOfCell {
  entry: StatusCount;
  index: number;
  /** the old encoding the cell was typed in, when it was read in Unicode */
  encoding?: LegacyEncoding;
}

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

export class StatusIndex {
  /** each distinct status, in order of first appearance */
  readonly statuses: StatusCount[] = [];
  // Raw cells seen before are looked up by themselves (as MemberIndex does).
  readonly byString: Record<string, StatusOfCell | undefined> = Object.create(null);
  readonly byRaw = new Map<unknown, StatusOfCell>();
  private readonly byText = new Map<string, StatusCount>();

  constructor(
    private readonly log: IssueLog,
    private readonly statusCol: number,
    /** the user's classification (keys with white space collapsed, or as typed and trimmed) */
    private readonly reclassified: Record<string, StatusCategory>,
  ) {}

  /** The status of a raw cell not seen yet (byString and byRaw have those seen). */
  statusOf(raw: unknown, r: number): StatusOfCell {
    const read = isBlankCell(raw) ? { text: "" } : unicodeText(String(raw).trim());
    const trimmed = read.text;
    const text = trimmed.replace(/\s+/g, " ");
    let entry = this.byText.get(text);
    if (!entry) {
      const reclassified = this.reclassified;
      // Keys saved before statuses were collapsed are the text as typed and trimmed.
      const key = hasOwn(reclassified, text) ? text : trimmed;
      const chosen = hasOwn(reclassified, key) ? reclassified[key] : undefined;
      const category = chosen !== undefined && hasOwn(INDEX, chosen) ? chosen : (classifyStatus(text) ?? null);
      entry = { text, category, count: 0 };
      this.byText.set(text, entry);
      this.statuses.push(entry);
      if (category === null) {
        this.log.add(`status:${text}`, r, this.statusCol, "error", "registerStatusUnclassified", { text });
      }
    }
    const status: StatusOfCell = { entry, index: entry.category === null ? -1 : INDEX[entry.category] };
    if (read.encoding) status.encoding = read.encoding;
    if (typeof raw === "string") this.byString[raw] = status;
    else this.byRaw.set(raw, status);
    return status;
  }
}
