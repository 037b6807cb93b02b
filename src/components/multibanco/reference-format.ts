/**
 * How a Multibanco reference reads: nine digits in three groups (`123 456 789`), as ATMs and
 * bank apps print them; the entity as its five digits. Pure functions: no DOM.
 */

/** `123456789` → `123 456 789`; anything that is not nine digits (after removing spaces) is returned as given. */
export function groupReference(reference: string): string {
  const digits = reference.replace(/\s/g, '');
  return /^\d{9}$/.test(digits) ? digits.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3') : reference;
}

/** The reference as it is typed into an ATM or copied: digits only. */
export function compactReference(reference: string): string {
  return reference.replace(/\s/g, '');
}

/** Is this a Multibanco entity (five digits) and reference (nine digits)? */
export function isMultibancoReference(entity: string, reference: string): boolean {
  return /^\d{5}$/.test(entity) && /^\d{9}$/.test(compactReference(reference));
}
