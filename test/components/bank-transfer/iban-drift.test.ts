/**
 * Our IBAN and BIC checks (src/components/bank-transfer/iban.ts) against ibantools, the
 * maintained library their table comes from, installed as the test's oracle only. Fails when
 * either side changes: a country added or resized, a format changed, a verdict that differs.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { countrySpecs, isValidBIC, isValidIBAN, validateIBAN } from 'ibantools';
import { ibanLength, ibanProblem, isValidBic, isValidIban, type IbanProblem } from '../../../src/components/bank-transfer/iban.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALPHANUMERIC = '0123456789' + LETTERS;
const EVERY_TWO_LETTERS = [...LETTERS].flatMap((first) => [...LETTERS].map((second) => first + second));

type Spec = { chars?: number; bban_regexp?: string; bban_validation_func?: unknown };
const specs = countrySpecs as Record<string, Spec>;
const IBAN_COUNTRIES = Object.keys(specs).filter((country) => specs[country]!.chars);
/** The countries whose BBAN carries national check digits that ibantools verifies and we don't. */
const NATIONAL_CHECKS = new Set(IBAN_COUNTRIES.filter((country) => specs[country]!.bban_validation_func));

/** Check digits computed independently of both sides: BigInt, letters as A = 10 … Z = 35. */
function withCheckDigits(country: string, bban: string): string {
  const numeric = (bban + country + '00').replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  return country + String(98n - (BigInt(numeric) % 97n)).padStart(2, '0') + bban;
}

/** A BBAN matching ibantools' format for `country` (some of its patterns lack ^ or $: its length check anchors them). */
function bbanOf(country: string): fc.Arbitrary<string> {
  const pattern = specs[country]!.bban_regexp!.replace(/^\^|\$$/g, '');
  return fc.stringMatching(new RegExp(`^${pattern}$`));
}

/** Any IBAN ibantools can be asked about: a country it gives IBANs, a BBAN of its format, right check digits. */
const wellFormedIban = fc.oneof(...IBAN_COUNTRIES.map((country) => bbanOf(country).map((bban) => withCheckDigits(country, bban))));

/** ibantools' first error, named as ours (the order `<pay-bank-transfer>` reports them in). */
function theirProblem(iban: string): IbanProblem | null {
  const { valid, errorCodes } = validateIBAN(iban);
  if (valid) return null;
  if (errorCodes.includes(1)) return 'country'; // NoIBANCountry
  if (errorCodes.includes(2)) return 'length'; // WrongBBANLength
  if (errorCodes.includes(3)) return 'format'; // WrongBBANFormat
  return 'checksum'; // check digits, or national check digits
}

/** A typo in a valid IBAN: one character replaced, two neighbours swapped, one dropped or doubled, or two replaced. */
const typo = fc.record({
  iban: wellFormedIban.filter((iban) => isValidIBAN(iban)),
  kind: fc.constantFrom('replace', 'swap', 'drop', 'double', 'replace-two'),
  at: fc.nat(), other: fc.nat(), character: fc.constantFrom(...ALPHANUMERIC), second: fc.constantFrom(...ALPHANUMERIC),
}).map(({ iban, kind, at, other, character, second }) => {
  const i = 2 + (at % (iban.length - 2));
  const replace = (text: string, index: number, by: string) => text.slice(0, index) + by + text.slice(index + 1);
  const changed = kind === 'replace' ? replace(iban, i, character)
    : kind === 'swap' ? iban.slice(0, i) + (iban[i + 1] ?? '') + iban[i] + iban.slice(i + 2)
    : kind === 'drop' ? iban.slice(0, i) + iban.slice(i + 1)
    : kind === 'double' ? iban.slice(0, i) + iban[i] + iban.slice(i)
    : replace(replace(iban, i, character), 2 + (other % (iban.length - 2)), second);
  return { original: iban, changed };
}).filter(({ original, changed }) => changed !== original);

describe('IBAN and BIC checks against ibantools', () => {
  it('give every two-letter code the IBAN length ibantools gives it, or none', () => {
    for (const code of EVERY_TWO_LETTERS) expect(ibanLength(code), code).to.equal(specs[code]?.chars ?? null);
    expect(IBAN_COUNTRIES.length).to.be.greaterThan(100);
  });

  it('accept every IBAN ibantools accepts, and refuse well-formed ones only where it checks national check digits', function () {
    this.timeout(60_000);
    const acceptedByUsOnly = new Map<string, number>();
    fc.assert(fc.property(wellFormedIban, (iban) => {
      const theirs = isValidIBAN(iban);
      if (theirs) expect(isValidIban(iban), iban).to.equal(true);
      else if (isValidIban(iban)) {
        expect(NATIONAL_CHECKS.has(iban.slice(0, 2)), `${iban}: ibantools refuses it for more than national check digits`).to.equal(true);
        acceptedByUsOnly.set(iban.slice(0, 2), (acceptedByUsOnly.get(iban.slice(0, 2)) ?? 0) + 1);
      }
    }), { numRuns: 10_000 });
    // Made-up account numbers with correct IBAN check digits: the accepted trade-off, by country.
    console.log(`IBAN drift: made-up BBANs we accept and ibantools refuses (national check digits): ${
      [...acceptedByUsOnly].map(([country, count]) => `${country} ${count}`).join(', ') || 'none'}`);
  });

  it('refuse typos of valid IBANs as ibantools does, naming the same first problem', function () {
    this.timeout(60_000);
    let typos = 0;
    let caughtByNeither = 0;
    fc.assert(fc.property(typo, ({ changed: iban }) => {
      const ours = ibanProblem(iban);
      expect(ours, iban).to.equal(theirProblem(iban));
      typos += 1;
      if (ours === null) caughtByNeither += 1;
    }), { numRuns: 10_000 });
    console.log(`IBAN drift: ${typos} typos, ${caughtByNeither} valid for both (a typo mod-97 cannot see), 0 verdicts apart`);
  });

  it('refuse characters and lengths as ibantools does, for any letters and digits after a country', () => {
    const anyIban = fc.tuple(fc.constantFrom(...IBAN_COUNTRIES, 'XX', 'US'), fc.stringMatching(/^[0-9]{2}[A-Z0-9]{8,32}$/))
      .map(([country, rest]) => country + rest);
    fc.assert(fc.property(anyIban, (iban) => {
      const ours = ibanProblem(iban);
      const theirs = theirProblem(iban);
      if (ours === null && theirs === 'checksum') expect(NATIONAL_CHECKS.has(iban.slice(0, 2)), iban).to.equal(true);
      else expect(ours, iban).to.equal(theirs);
    }), { numRuns: 5_000 });
  });

  it('accept a BIC wherever ibantools does, and refuse malformed ones as it does', () => {
    for (const country of EVERY_TWO_LETTERS) {
      if (isValidBIC(`DEUT${country}FF`)) expect(isValidBic(`DEUT${country}FF`), country).to.equal(true);
    }
    const bic = fc.tuple(fc.constantFrom(...IBAN_COUNTRIES), fc.stringMatching(/^[A-Z0-9]{4}$/), fc.stringMatching(/^[A-Z0-9]{2}([A-Z0-9]{3})?$/))
      .map(([country, bank, rest]) => bank + country + rest);
    fc.assert(fc.property(bic, (code) => {
      expect(isValidBic(code), code).to.equal(isValidBIC(code));
    }), { numRuns: 5_000 });
    for (const malformed of ['DEUTDEF', 'DEUTDEFF1', 'DEUT DEFF', '1EUTDEFF', 'DEUT1EFF', '']) expect(isValidBic(malformed), malformed).to.equal(false);
  });
});
