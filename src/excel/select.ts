/** Selecting the cell a problem is about, so the user sees it in the sheet. */
import { cellAddress } from "../core/text";

/** "Sheet1!C7" (the sheet name may contain spaces or be quoted) → sheet and cell. */
export function splitWhere(where: string): { sheet?: string; ref: string } {
  const bang = where.lastIndexOf("!");
  if (bang < 0) return { ref: where };
  let sheet = where.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: where.slice(bang + 1) };
}

/** Activates the sheet and selects the cell; `row`/`col` (0-based, absolute) win over the address. */
export async function selectCell(issue: { where: string; row?: number; col?: number }): Promise<void> {
  const { sheet, ref } = splitWhere(issue.where);
  const cell = issue.row !== undefined && issue.col !== undefined ? cellAddress(issue.row, issue.col) : ref;
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const ws = sheet ? sheets.getItem(sheet) : sheets.getActiveWorksheet();
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}
