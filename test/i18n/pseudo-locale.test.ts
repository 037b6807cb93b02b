import { expect, waitUntil } from '@open-wc/testing';
import { registerMessages, type Messages } from '../../src/core/messages.js';
import { everyElement, SUPPLIED, type Stage } from '../support/i18n-scenes.js';
import { throughTheSandbox } from '../support/i18n-provider-scenes.js';
import { pseudoLocalize, pseudoMessages, PSEUDO_CLOSE, PSEUDO_LOCALE, PSEUDO_OPEN } from '../support/i18n-catalogs.js';
import { announcersQuiet, visibleTexts, type VisibleText } from '../support/i18n-text.js';

const LETTER = /\p{L}/u;

/**
 * Every visible string comes from a catalog: under a pseudo-locale `en-XA` built from every
 * English catalog (each message in ⟦…⟧, letters swapped for accented look-alikes,
 * `{placeholders}` kept), every element in every state the harnesses reach shows no letter
 * outside ⟦…⟧ except the data the test itself supplied (`ALLOWED`). Hard-coded text, an
 * aria-label, a title or placeholder not from the catalog, or a number or date formatted
 * without Intl, shows up as letters outside the brackets.
 */

/**
 * The words Intl itself writes for a date in the pseudo-locale (month and weekday names, "at",
 * "PM"), in every date and time style: a date formatted through Intl is data, not a string of ours.
 */
function intlDateWords(): string[] {
  const words = new Set<string>();
  const moments = Array.from({ length: 12 }, (_, month) => Date.UTC(2026, month, 1 + month * 2, month * 2, 30));
  for (const dateStyle of ['full', 'long', 'medium', 'short', undefined] as const) {
    for (const timeStyle of ['full', 'long', 'medium', 'short', undefined] as const) {
      if (!dateStyle && !timeStyle) continue;
      const format = new Intl.DateTimeFormat(PSEUDO_LOCALE, { dateStyle, timeStyle, timeZone: 'UTC' });
      for (const moment of moments) for (const { value } of format.formatToParts(moment)) if (LETTER.test(value)) words.add(value.trim());
    }
  }
  for (const month of ['long', 'short'] as const) {
    for (const moment of moments) words.add(new Intl.DateTimeFormat(PSEUDO_LOCALE, { month, timeZone: 'UTC' }).format(moment));
  }
  return [...words];
}

/**
 * Text the test supplied and the elements rightly show as given: the merchant's bank details,
 * the merchant's own error message, and the words of Intl's dates (the Multibanco expiry).
 * Amounts (Intl currency formats), typed digits, IBANs and references carry no letter or are
 * listed here; a brand, provider or scheme name comes from the catalog like any other string.
 */
const ALLOWED: readonly string[] = [
  SUPPLIED.bankDetails.accountName!,
  SUPPLIED.bankDetails.bankName!,
  SUPPLIED.bankDetails.iban!,
  SUPPLIED.bankDetails.bic!,
  SUPPLIED.bankDetails.reference!,
  SUPPLIED.merchantError,
  ...intlDateWords(),
].filter(Boolean).sort((a, b) => b.length - a.length);

/**
 * Code `<pay-diagnostics>` prints for the merchant to copy (header lines, server configuration
 * snippets): verbatim machine text, never translated. Only its `<code>` and `<pre>`.
 */
const isCodeToCopy = (where: string): boolean => where.startsWith('pay-diagnostics') && /> (code|pre)[^>]*$/.test(where);

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whatever of `text` lies outside ⟦…⟧ and outside the allowed data. */
function outsideTheCatalog(text: string): string {
  let rest = text;
  for (let before = ''; before !== rest;) [before, rest] = [rest, rest.replace(/⟦[^⟦⟧]*⟧/g, ' ')];
  // A message split over several text nodes (a word wrapped in <strong>): its open or closing end.
  const opens = rest.split(PSEUDO_OPEN).length - 1;
  const closes = rest.split(PSEUDO_CLOSE).length - 1;
  if (opens > closes) rest = rest.replace(/⟦[^⟧]*$/, ' ');
  if (closes > opens) rest = rest.replace(/^[^⟦]*⟧/, ' ');
  // Each allowed text as a whole ("at" the word, not the letters of "that").
  for (const data of ALLOWED) rest = rest.replace(new RegExp(`(?<!\\p{L})${escape(data)}(?!\\p{L})`, 'gu'), ' ');
  return rest;
}

describe(`every element under the pseudo-locale ${PSEUDO_LOCALE}: every visible string from the catalog`, function () {
  this.timeout(120_000);

  before(() => registerMessages(PSEUDO_LOCALE, pseudoMessages() as Partial<Messages>));

  it('builds the pseudo-locale as intended', () => {
    expect(pseudoLocalize('Pay {amount} now')).to.equal('⟦Þàý {amount} ñöŵ⟧');
    expect(outsideTheCatalog('⟦Þàý €12.34⟧')).to.not.match(LETTER);
    expect(outsideTheCatalog('Pay ⟦ñöŵ⟧')).to.match(LETTER);
    expect(outsideTheCatalog(`${SUPPLIED.merchantError} ⟦ñöŵ⟧`)).to.not.match(LETTER);
    expect(outsideTheCatalog('that')).to.match(LETTER);
  });

  it('shows no letter outside ⟦…⟧ but the data the test supplied, in every state', async () => {
    const started = performance.now();
    const leaks: string[] = [];
    const states: string[] = [];
    const stage: Stage = {
      lang: PSEUDO_LOCALE,
      dir: 'ltr',
      deep: true,
      async ready(element) {
        await waitUntil(() => visibleTexts(element).some(({ text }) => text.includes(PSEUDO_OPEN)), `<${element.localName}> in ${PSEUDO_LOCALE}`, { timeout: 5000 });
      },
      async capture(scene, state, element) {
        await announcersQuiet(element);
        states.push(`${scene} (${state})`);
        const texts: VisibleText[] = visibleTexts(element);
        expect(texts.length, `${scene} (${state}) shows something`).to.be.greaterThan(0);
        for (const { text, where } of texts) {
          if (isCodeToCopy(where)) continue;
          if (LETTER.test(outsideTheCatalog(text))) leaks.push(`${scene} (${state}) ${where}: "${text}"`);
        }
      },
    };
    await everyElement(stage);
    await throughTheSandbox(stage);
    console.log(`[i18n] ${states.length} states in ${PSEUDO_LOCALE} rendered in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(states.length, `states captured: ${states.join(', ')}`).to.equal(45);
    expect([...new Set(leaks)], 'visible text not from a catalog').to.deep.equal([]);
  });
});
