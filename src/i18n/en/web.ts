/** English texts of the web page area: the same keys as ../vi/web.ts, checked by the type. */
import type * as vi from "../vi/web";

export const problems: typeof vi.problems = {};

export const words: typeof vi.words = {
  title: "Enforcement results report from Excel files",
  subtitle: "Runs in the browser, with no network and nothing to install: the files never leave this computer.",
  step1: "1. Choose files",
  pickFiles: "Choose .xlsx files (one or several)",
  dropHint: "or drop files here. Several files: a consolidated report, one unit per file.",
  downloaded: (file) => `Report created and downloaded: ${file}.`,
};
