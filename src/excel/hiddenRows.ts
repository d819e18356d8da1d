/**
 * The hidden and filtered rows of the range read, found with Range.rowHidden (ExcelApi 1.2), which
 * is true when every row of a range is hidden, false when none is and null when some are: the range
 * is halved where it is null, so a sheet without hidden rows costs one tiny request, and one with a
 * few costs a few rounds of them, never a property per row.
 */

/** Ranges asked about in one sync: their request stays far below the payload budget (payload.ts). */
const SPANS_PER_SYNC = 1000;

interface Span {
  row: number;
  rows: number;
}

/**
 * The absolute 0-based rows of `rows` rows from `row` (one column of `col`) that are hidden, in
 * order; `known` is the whole span's rowHidden, already loaded with the first read (false: none).
 */
export async function hiddenRowsIn(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  span: { row: number; col: number; rows: number },
  known: boolean | null,
): Promise<number[]> {
  const { row, col, rows } = span;
  if (known === false || rows === 0) return [];
  if (known === true) return Array.from({ length: rows }, (_, k) => row + k);
  const hidden: number[] = [];
  let spans: Span[] = [{ row, rows }];
  while (spans.length > 0) {
    const batch = spans.slice(0, SPANS_PER_SYNC);
    const ranges = batch.map((s) => sheet.getRangeByIndexes(s.row, col, s.rows, 1));
    ranges.forEach((range) => range.load("rowHidden"));
    await context.sync();
    const next: Span[] = spans.slice(SPANS_PER_SYNC);
    batch.forEach((s, i) => {
      const state = ranges[i].rowHidden as boolean | null;
      if (state === true) for (let k = 0; k < s.rows; k++) hidden.push(s.row + k);
      else if (state === null && s.rows > 1) {
        const half = Math.floor(s.rows / 2);
        next.push({ row: s.row, rows: half }, { row: s.row + half, rows: s.rows - half });
      }
    });
    spans = next;
  }
  return hidden.sort((a, b) => a - b);
}
