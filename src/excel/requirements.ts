/**
 * The requirement sets the add-in needs, as manifest.xml declares them (a test walks the program
 * and checks that no Office.js member it uses needs more, and that the manifest says the same).
 * Office loads the add-in only where the manifest's sets are met; the pane still asks at start
 * (Office.context.requirements.isSetSupported) so that a host which lacks one gets words, not a
 * failure halfway through a report.
 */
export interface RequirementSet {
  name: string;
  version: string;
}

export const REQUIRED_SETS: readonly RequirementSet[] = [
  // one runtime for the pane, the functions and the ribbon button; Office.addin.* (visibility)
  { name: "SharedRuntime", version: "1.1" },
  // getSelectedRanges, page layout and print titles (1.9); chart series, worksheet events (1.7)
  { name: "ExcelApi", version: "1.9" },
  // CustomFunctions.Error (1.2) and its ErrorCode values (1.3)
  { name: "CustomFunctionsRuntime", version: "1.3" },
];

/** The sets this host lacks, as "ExcelApi 1.9". */
export function missingRequirementSets(): string[] {
  const requirements = Office.context.requirements;
  return REQUIRED_SETS.filter((s) => !requirements.isSetSupported(s.name, s.version)).map((s) => `${s.name} ${s.version}`);
}
