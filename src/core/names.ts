/**
 * Splits a space- or comma-separated list of names ("visa mastercard", "Glomo,payglobe") into
 * lower-case names, in order, without duplicates or empty entries. Elements read their list
 * attributes (`brands`, `providers`) through it, so both accept the same spellings.
 */
export function splitNames(text: string): string[] {
  return [...new Set(text.toLowerCase().split(/[\s,]+/).filter(Boolean))];
}
