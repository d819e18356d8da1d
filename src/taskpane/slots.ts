/**
 * Where other features mount their parts of the pane: "options" (choices that change how the source
 * is read, e.g. skipping hidden rows) inside the source card, and "reports" (other reports built
 * from the same source: comparisons with the same period, trends, district files) after the result.
 * A module appends its own elements to the slot and reads the shared state (state.ts); a slot with
 * something in it is shown. Changing an input anywhere in the pane clears the stale outcome.
 */
import { byId } from "./dom";

export type SlotName = "options" | "reports";

const SLOTS: Record<SlotName, { section: string; body: string }> = {
  options: { section: "options", body: "options-body" },
  reports: { section: "more-reports", body: "more-reports-body" },
};

/** Appends `nodes` to the slot and shows it. */
export function mount(slot: SlotName, ...nodes: HTMLElement[]): void {
  const { section, body } = SLOTS[slot];
  byId(body).append(...nodes);
  byId(section).hidden = false;
}

/** Replaces what `owner` put in the slot with `nodes` (none: takes it out); the slot shows while anything is in it. */
export function mountOwn(slot: SlotName, owner: string, ...nodes: HTMLElement[]): void {
  const { section, body } = SLOTS[slot];
  const box = byId(body);
  box.querySelectorAll(`[data-slot-owner="${owner}"]`).forEach((n) => n.remove());
  nodes.forEach((n) => n.setAttribute("data-slot-owner", owner));
  box.append(...nodes);
  byId(section).hidden = box.childElementCount === 0;
}
