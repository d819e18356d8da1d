/**
 * One error class for the edges: what the workbook files (src/xlsx) and Office.js (src/excel) throw
 * is the same ProblemError, shown in the user's language by the command and the pane alike.
 */
import { problem } from "../../src/i18n/problem";
import { ProblemError } from "../../src/i18n/problemError";
import { errorText } from "../../src/taskpane/lifecycle";
import { fileError } from "../../src/xlsx/errors";

describe("ProblemError", () => {
  it("is what a workbook file's problem is thrown as, its message the Vietnamese rendering", () => {
    const err = fileError("/tmp/so/khong-co.xlsx", "filesMissing");
    expect(err).toBeInstanceOf(ProblemError);
    expect(err.message).toBe('Không tìm thấy tệp "khong-co.xlsx".');
    expect(err.describe("en")).toBe('File "khong-co.xlsx" not found.');
  });

  it("is rendered by the pane in its language, whichever edge threw it", () => {
    const office = new ProblemError(problem("excelSettingsNotSaved", { cause: { code: "AccessDenied", message: "Access denied" } }));
    expect(errorText(office, "en")).toMatch(/^Could not save the recognition in the workbook: /);
    expect(errorText(fileError("a/b.xlsx", "filesMissing"), "en")).toBe('File "b.xlsx" not found.');
    expect(errorText(new Error("plain"), "vi")).toBe("plain");
  });
});
