/** Parameters for every problem code of the excel area: the catalogue test renders each in both languages. */
import type * as vi from "../../../src/i18n/vi/excel";

type Problems = typeof vi.problems;
export const examples: { [K in keyof Problems]: Parameters<Problems[K]>[0] } = {
  excelReadFailed: { cause: { code: "ResponsePayloadSizeLimitExceeded", message: "The response payload size has exceeded the limit." } },
  excelWriteFailed: { cause: { message: "Stand-in: injected failure" }, restored: false, sheets: ["Báo cáo 11 tháng 2021"] },
  excelInvalidNumber: { cell: "E7" },
  excelSettingsNotSaved: { cause: { code: "AccessDenied", message: "Access denied" } },
  excelFirstAreaOnly: { areas: 3, address: "'Sổ theo dõi'!A1:F200" },
  excelRequirementsMissing: { sets: ["ExcelApi 1.9", "SharedRuntime 1.1"] },
};
