/**
 * One column-width rule for both writers. The report document gives widths in characters, as
 * Excel's column-width box shows them: the width of that many digits of the default font (Calibri
 * 11: 7 pixels a digit) plus 5 pixels of padding. Each writer states the same pixels in its unit:
 * - the .xlsx file's <col width> (ECMA-376 Part 1, 18.3.1.13):
 *   width = Truncate((characters × digit + padding) / digit × 256) / 256, so 11 characters → 11.7109375;
 * - Office.js Range.format.columnWidth, in points: pixels × 72 / 96 (a 96-dpi pixel is ¾ point).
 */
export const DIGIT_PIXELS = 7;
export const PADDING_PIXELS = 5;

/** Pixels of a column `chars` characters wide. */
export function columnPixels(chars: number): number {
  return Math.round(chars * DIGIT_PIXELS) + PADDING_PIXELS;
}

/** The .xlsx <col width> of a column `chars` characters wide. */
export function fileColumnWidth(chars: number): number {
  return Math.trunc((columnPixels(chars) / DIGIT_PIXELS) * 256) / 256;
}

/** Office.js columnWidth (points) of a column `chars` characters wide. */
export function columnPoints(chars: number): number {
  return (columnPixels(chars) * 72) / 96;
}
