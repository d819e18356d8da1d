"use strict";
/**
 * Stand-in for Excel's `CustomFunctions` global, which does not exist outside Excel: it records what
 * the functions code hands to `associate`. Shared by jest's setup, the bundle test and the bench.
 */
class CustomFunctionsError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

/** A fresh stand-in; `associations` maps the upper-case id to the function, `associated` lists ids in order. */
function createCustomFunctions() {
  const associations = new Map();
  const associated = [];
  const record = (id, fn) => {
    associated.push(id);
    associations.set(id.toUpperCase(), fn);
  };
  return {
    associations,
    associated,
    associate(id, fn) {
      if (typeof id === "string") record(id, fn);
      else for (const [k, v] of Object.entries(id)) record(k, v);
    },
    Error: CustomFunctionsError,
    ErrorCode: ERROR_CODES,
  };
}

module.exports = { createCustomFunctions, CustomFunctionsError, ERROR_CODES };
