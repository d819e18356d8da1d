/**
 * The pane's file reader (dist/files.js, ExcelJS inside) is a bundle of its own that the pane loads
 * only when the user picks files: the pane's first load (taskpane.html, taskpane.js) must not carry
 * ExcelJS, and files.js must set the one global the pane reads (src/taskpane/files-pane.ts).
 */
import { distText } from "./dist";

/** Strings only ExcelJS (and the zip library it brings) holds. */
const EXCELJS_MARKS = ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "JSZip", "sharedStrings"];

test("taskpane.js carries no ExcelJS; files.js does, and sets window.thadsFiles", () => {
  const pane = distText("taskpane.js");
  const reader = distText("files.js");
  expect(EXCELJS_MARKS.filter((mark) => pane.includes(mark))).toEqual([]);
  expect(EXCELJS_MARKS.filter((mark) => reader.includes(mark))).toEqual(EXCELJS_MARKS);
  expect(reader).toMatch(/window\.thadsFiles=/);
  // The pane asks for it by that name, next to taskpane.html.
  expect(pane).toContain('"files.js"');
});

test("taskpane.html does not load files.js: only the files picked do", () => {
  expect(distText("taskpane.html")).not.toContain("files.js");
});
