/**
 * A formula of a table row, cut where the row number goes: written once per sheet, it is put on
 * each row by joining its pieces with the row number (thousands of rows, a dozen formulas each).
 */
export type RowFormula = readonly string[];
/** Stands for the row number while a formula is cut into pieces. */
export const ROW = "\u0000";
export const rowFormula = (formula: string): RowFormula => formula.split(ROW);

/**
 * The formula on sheet row r, as one flat string: joined piece by piece with +, a formula would be
 * a chain of a dozen strings in memory, and a sheet holds tens of thousands of formulas.
 */
export const atRow = (pieces: RowFormula, r: string): string => pieces.join(r);
