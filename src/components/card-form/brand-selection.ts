import { splitNames } from '../../core/names.js';
import { CARD_BRANDS, type CardBrand } from '../../core/types.js';

const KNOWN_BRANDS: ReadonlySet<string> = new Set(CARD_BRANDS);

/**
 * Splits a `brands` value ("visa mastercard", "Visa,amex", or an array as a framework may set
 * it) into lower-case names, in order, without duplicates. Unknown names are kept: the element
 * reports them, and a list of only unknown names must refuse cards rather than accept all.
 */
export function brandTokens(value: unknown): string[] {
  if (value == null) return [];
  return splitNames(Array.isArray(value) ? value.join(' ') : String(value));
}

/** What a `brands` value means: the brands accepted (null for all) and the names that are no brand. */
export interface BrandSelection {
  accepted: CardBrand[] | null;
  unknown: string[];
}

/**
 * Reads a `brands` value through `brandTokens`, because a framework may set the property to
 * the attribute's string ("visa mastercard") or odd case. A non-empty `brands` with no known
 * name accepts `[]`: nothing.
 */
export function readBrandSelection(value: unknown): BrandSelection {
  const tokens = brandTokens(value);
  return {
    accepted: tokens.length ? (tokens.filter((token) => KNOWN_BRANDS.has(token)) as CardBrand[]) : null,
    unknown: tokens.filter((token) => !KNOWN_BRANDS.has(token)),
  };
}
