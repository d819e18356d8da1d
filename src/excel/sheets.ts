/** The workbook's sheets as the pane needs them: which is active, activating one, their names. */

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

export async function sheetNames(): Promise<string[]> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}
