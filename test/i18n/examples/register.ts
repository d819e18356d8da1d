/** Parameters for every problem code of the register area: the catalogue test renders each in both languages. */
import type * as vi from "../../../src/i18n/vi/register";

type Problems = typeof vi.problems;
export const examples: { [K in keyof Problems]: Parameters<Problems[K]>[0] } = {
  registerNoHeader: { sheet: "Sổ theo dõi" },
  registerMissingColumns: { sheet: "Sổ", row: 4, missing: ["status", "collected"] },
  registerDuplicateColumns: { columns: [{ label: "Đã thu", col: 9 }] },
  registerNoAcceptedDate: {},
  registerMixedUnits: {},
  registerNoUnit: {},
  registerNoResultDate: {},
  registerMoneyUnitUnreadable: { cell: "'Sổ theo dõi'!G3", text: "Phải thi hành (triệu đồng)" },
  registerNoUnitColumn: {},
  registerUnknownCategory: { text: "linh tinh", choices: ["xong", "đình chỉ"] },
  registerStatusUnclassified: { text: "Đang xác minh" },
  registerDateBlank: { header: "Ngày thụ lý" },
  registerMonthOver12: { text: "05/13/2021", month: 13, swapped: true },
  registerDateUnreadable: { text: "hôm qua", header: "Ngày thụ lý" },
  registerTwoDigitYear: { text: "7-4-21", date: { year: 2021, month: 4, day: 7 } },
  registerNotANumber: { text: "mười", header: "Đã thu" },
  registerNegative: { value: -1500.5, header: "Phải thi hành" },
  registerTextNumber: { text: "1.234.567", value: 1234567 },
  registerNoMember: { memberKind: "officer", name: "(Không ghi Chấp hành viên)" },
  registerCollectedOver: { collected: 1234567, amount: 1000 },
  registerRowExcluded: { line: 12, name: "Nguyễn Văn An, 02/QĐ" },
  registerMore: { count: 1070, of: "registerNotANumber" },
  registerClosedWithoutResultDate: { count: 1234, first: "'Sổ theo dõi'!F7" },
  registerResultBeforeAccepted: {
    result: { year: 2020, month: 9, day: 1 },
    accepted: { year: 2020, month: 10, day: 5 },
    acceptedCell: "'Sổ theo dõi'!C7",
  },
  registerCompletedOwing: { collected: 900, amount: 1000 },
  registerResultOnOpenCase: { status: "Đang thi hành" },
  registerAcceptedInFuture: { date: { year: 2031, month: 1, day: 2 } },
  registerDuplicateDecision: { number: "12/QĐ-CCTHADS", other: "'Sổ theo dõi'!B9" },
};
