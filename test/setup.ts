// CustomFunctions exists only inside Excel; tests that load the functions code get a recording stand-in.
const associations = new Map<string, Function>();
class CustomFunctionsError extends Error {
  constructor(public code: string, message?: string) {
    super(message);
  }
}
(globalThis as any).CustomFunctions = {
  associations,
  associate(id: string | Record<string, Function>, fn?: Function) {
    if (typeof id === "string") associations.set(id.toUpperCase(), fn as Function);
    else for (const [k, v] of Object.entries(id)) associations.set(k.toUpperCase(), v);
  },
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
};
