/**
 * What the pane needs read of a sheet below its header block: for a case register, only the columns
 * recognition found (100,000 rows of a register are mostly columns no figure uses: debtor, address,
 * notes…); for a statistics table, every column (undefined), since the user may map any of them.
 */
import { recognizeGrid } from "../core/source";
import type { SheetCells } from "../excel/read";

export function columnsNeeded(head: SheetCells): number[] | undefined {
  const found = recognizeGrid(head);
  if (found.kind !== "register") return undefined;
  // Date columns too: the user may choose one as the result date.
  const columns = Object.values(found.layout.columns).filter((c): c is number => typeof c === "number");
  return [...new Set([...columns, ...(found.layout.dateColumns ?? [])])];
}
