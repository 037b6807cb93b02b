/**
 * IBAN and BIC checks of our own, so that shoppers don't download an IBAN library for them:
 * each country's IBAN length and BBAN format, and the ISO 13616 check digits (ISO 7064
 * MOD 97-10). The check digits catch every single mistyped digit and nearly every swap of two
 * neighbours; the format catches a letter typed where the country has digits, which they can miss.
 *
 * The formats are ibantools 4.5.4's country specifications (MIT licence, Copyright (c) Saša
 * Jovanić, github.com/Simplify/ibantools): every country it gives an IBAN, registry members
 * and the experimental ones alike, in the IBAN registry's notation. What we leave out is its
 * national check digits (17 countries: BA BE CZ EE ES FR HR HU MC ME MK NO PL PT RS SI SK): an
 * IBAN there with correct IBAN check digits but wrong national ones is accepted here.
 * test/components/bank-transfer/iban-drift.test.ts holds us to ibantools, the test's oracle
 * (a devDependency), and measures what that leaves out.
 */

/**
 * Each BBAN format, then the countries that use it: `18n` is 18 digits, `4a14n` 4 letters and
 * 14 digits, `c` a letter or digit. An IBAN is the country, 2 check digits, then the BBAN.
 */
const BBAN_FORMATS =
  '10n11c2nBLFRGFGPMCMFMQNCPFPMRETFWFYT11nNO12nBE14nAXDKFIFOGLSD14n15cRU15nSI16nATBAEELTMNXK17nHR' +
  '18nCRDEMERSVA19nAEILSOTL1a10n12cITSM1a23nCI20cMD20nCZESSESKTN21nAOCVLYMZPTST22nDZIRIS' +
  '23nBICFCGCMDJGAGQKMMGMRTD23n1a1cBR24cGT24nHUMAPL25nEG2a12nFK2a19nGW2a22nNESNTG2c16nGE' +
  '2c22nBFBJML2n18cSA3n10c2nMK3n13cKZLU3n16cOM4a10nNL4a13cLV4a14cBH4a14nGB4a15cGI4a15nIQ' +
  '4a16cRO4a19n3aMU4a20cAZ4a20nDOHNNISV4a20n3aSC4a21cQA4a22cKW4a24cLC4a4n16cBY4a4n18cJOYE' +
  '4a5n18cMT4a6n8cBG4c14nIE4c16nPKVG4c21nPS4n20cLB5n12cCHLI5n17cTR6n19cUA7n16cGR8n12cAD8n16cALCY';

const CHARACTERS = { n: '\\d', a: 'A-Z', c: 'A-Z\\d' } as const;

/** A country's IBAN: its length, and a pattern its BBAN (after the first 4 characters) matches. */
interface IbanSpec {
  length: number;
  bban: RegExp;
}

let specs: Map<string, IbanSpec> | undefined;

/** The IBAN of `country` (`DE`, upper case), or null for a code that has no IBANs. */
function ibanSpec(country: string): IbanSpec | null {
  if (!specs) {
    specs = new Map();
    for (const [, format, countries] of BBAN_FORMATS.matchAll(/((?:\d+[nac])+)([A-Z]+)/g)) {
      let length = 4;
      const pattern = format!.replace(/(\d+)([nac])/g, (_, count: string, kind: keyof typeof CHARACTERS) => {
        length += Number(count);
        return `[${CHARACTERS[kind]}]{${count}}`;
      });
      const spec = { length, bban: new RegExp(`^${pattern}$`) };
      for (let i = 0; i < countries!.length; i += 2) specs.set(countries!.slice(i, i + 2), spec);
    }
  }
  return specs.get(country) ?? null;
}

/** Characters an IBAN of `country` has (`DE` → 22), or null for a code that has no IBANs. */
export const ibanLength = (country: string): number | null => ibanSpec(country)?.length ?? null;

/** The MOD 97-10 remainder of letters and digits, a letter counting as two digits (A = 10 … Z = 35). */
function mod97(text: string): number {
  let remainder = 0;
  for (const character of text) {
    const value = parseInt(character, 36);
    remainder = (remainder * (value > 9 ? 100 : 10) + value) % 97;
  }
  return remainder;
}

/** What is wrong with an IBAN first, in the order a shopper should fix it. */
export type IbanProblem = 'country' | 'length' | 'format' | 'checksum';

/**
 * The first problem of a compact, upper-case IBAN, or null when it is valid: its country has
 * IBANs, it has that country's length and BBAN format, and its check digits (3rd and 4th
 * characters) are the ones the rest gives — 98 minus the remainder, so 02–98 (00, 01 and 99
 * are never issued).
 */
export function ibanProblem(iban: string): IbanProblem | null {
  const spec = ibanSpec(iban.slice(0, 2));
  if (!spec) return 'country';
  if (iban.length !== spec.length) return 'length';
  if (!spec.bban.test(iban.slice(4))) return 'format';
  const check = iban.slice(2, 4);
  return /^\d\d$/.test(check) && 98 - mod97(iban.slice(4) + iban.slice(0, 2) + '00') === Number(check) ? null : 'checksum';
}

/** True for a valid compact, upper-case IBAN (see `ibanProblem`). */
export const isValidIban = (iban: string): boolean => ibanProblem(iban) === null;

/** An IBAN as written by people ("de89 3704-0044 …") in its electronic form: no spaces or dashes, upper case. */
export const compactIban = (iban: string): string => iban.replace(/[\s-]/g, '').toUpperCase();

let regions: Intl.DisplayNames | null | undefined;

/**
 * A BIC / SWIFT code: 4 letters of bank, 2 of a country the runtime knows (ISO 3166,
 * through `Intl.DisplayNames`), 2 letters or digits of location, optionally 3 of branch.
 */
export function isValidBic(bic: string): boolean {
  const match = /^[A-Z]{4}([A-Z]{2})[A-Z\d]{2}(?:[A-Z\d]{3})?$/.exec(bic);
  if (!match) return false;
  regions ??= typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames('en', { type: 'region', fallback: 'none' }) : null;
  return !regions || regions.of(match[1]!) !== undefined;
}
