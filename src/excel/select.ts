/** Selecting the cell a problem is about, so the user sees it in the sheet. */
import { cellAddress, splitAddress } from "../core/address";

/** Activates the sheet and selects the cell; `row`/`col` (0-based, absolute) win over the address. */
export async function selectCell(issue: { where: string; row?: number; col?: number }): Promise<void> {
  const { sheet, ref } = splitAddress(issue.where);
  const cell = issue.row !== undefined && issue.col !== undefined ? cellAddress(issue.row, issue.col) : ref;
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const ws = sheet ? sheets.getItem(sheet) : sheets.getActiveWorksheet();
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}
