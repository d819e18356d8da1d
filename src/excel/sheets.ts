/** Which sheet is active, and activating one (the names of the visible sheets: yearSheets.ts). */

export async function activeSheetName(): Promise<string> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    await context.sync();
    return sheet.name;
  });
}

/** Activates a sheet; false when there is no sheet of that name. */
export async function activateSheet(name: string): Promise<boolean> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("isNullObject");
    await context.sync();
    if (sheet.isNullObject) return false;
    sheet.activate();
    await context.sync();
    return true;
  });
}
