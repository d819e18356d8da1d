/**
 * Payload sizes of Office.js requests and responses. Excel on the web refuses more than 5 MB in one
 * round trip; the add-in keeps every round trip near 1 MB so that slow links and busy servers cope.
 */
export const PAYLOAD_BUDGET = 1_000_000;

const encoder = new TextEncoder();

/** Size in bytes of a value as it travels (JSON, UTF-8). */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value ?? null)).length;
}
