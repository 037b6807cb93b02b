import { expect, waitUntil } from '@open-wc/testing';
import { everyElement, type Stage } from '../support/i18n-scenes.js';
import { forbiddenFragments, LOCALES, RTL_LOCALES, shippedStrings, translatedLabel, type EnglishFragment } from '../support/i18n-catalogs.js';
import { announcersQuiet, visibleTexts } from '../support/i18n-text.js';

/**
 * No English fallback where a translation should be: each of the 22 shipped locales renders
 * every element (initial, errors after submitting empty, the MB WAY wait, a Multibanco
 * reference) under `<div lang=…>` (`dir="rtl"` for ar and he), and no visible text or spoken
 * attribute contains a telling fragment of an English message unless the locale's own
 * translation of that key has it too (brand names, IBAN); nor an amount or date in English
 * shape (a decimal point where the locale writes a comma, an English month name).
 */

/** Where an English fragment showed. */
interface Leak {
  scene: string;
  where: string;
  text: string;
  fragment: string;
  key: string;
}

function leaksIn(texts: ReturnType<typeof visibleTexts>, forbidden: readonly EnglishFragment[], scene: string): Leak[] {
  const leaks: Leak[] = [];
  for (const { text, where } of texts) {
    for (const { fragment, key } of forbidden) if (text.includes(fragment)) leaks.push({ scene, where, text, fragment, key });
  }
  return leaks;
}

/**
 * An amount or a date written without Intl shows its English shape: a decimal point where the
 * locale writes a comma ("€12.50" under de), an English month or weekday name. Returns what
 * gives it away, for `locale`.
 */
const ENGLISH_AMOUNT = /(?:[€₹$£]|\b(?:EUR|INR)\b)\s?\d[\d,]*\.\d\d(?!\d)|\d[\d,]*\.\d\d\s?(?:[€₹$£]|\b(?:EUR|INR)\b)/;

function englishNumberOrDate(locale: string): (text: string) => string | null {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')!.value;
  const names = (language: string) => {
    const days = Array.from({ length: 7 }, (_, d) => new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 4 + d)));
    const months = Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, m, 15)));
    return [...days, ...months];
  };
  const own = new Set(names(locale));
  const english = names('en').filter((name) => !own.has(name));
  const englishName = english.length ? new RegExp(`(?<!\\p{L})(${english.join('|')})(?!\\p{L})`, 'u') : null;
  return (text) => {
    // Only an amount (next to its currency): Intl itself writes times with a point in da and fi ("kl. 23.59").
    if (decimal !== '.' && ENGLISH_AMOUNT.test(text)) return `a decimal point (${locale} writes "${decimal}")`;
    const name = englishName?.exec(text)?.[1];
    return name ? `the English name "${name}"` : null;
  };
}

describe('every element in every shipped locale: no English fallback', function () {
  this.timeout(60_000);
  const started = performance.now();
  after(() => console.log(`[i18n] ${LOCALES.length} locales rendered in ${((performance.now() - started) / 1000).toFixed(1)} s`));

  for (const locale of LOCALES) {
    it(`${locale}: every visible string is ${locale}`, async () => {
      const strings = await shippedStrings(locale);
      const forbidden = forbiddenFragments(locale, strings);
      const withoutIntl = englishNumberOrDate(locale);
      const leaks: Leak[] = [];
      const notIntl: string[] = [];
      let captured = 0;
      const stage: Stage = {
        lang: locale,
        dir: RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr',
        deep: false,
        async ready(element, keys) {
          // The chunk arrives a moment after the first (English) render: wait for a label only this locale has.
          const label = keys.map((key) => translatedLabel(strings, key)).find(Boolean);
          if (label) await waitUntil(() => visibleTexts(element).some(({ text }) => text.includes(label)), `<${element.localName}> to show "${label}"`, { timeout: 5000 });
        },
        async capture(scene, state, element) {
          await announcersQuiet(element);
          captured += 1;
          const texts = visibleTexts(element);
          leaks.push(...leaksIn(texts, forbidden, `${scene} (${state})`));
          for (const { text, where } of texts) {
            const clue = withoutIntl(text);
            if (clue) notIntl.push(`${scene} (${state}) ${where}: "${text}" has ${clue}`);
          }
        },
      };
      await everyElement(stage);
      expect(captured, 'states captured').to.equal(20);
      const report = leaks.map((leak) => `${leak.scene} ${leak.where}: "${leak.text}" has English "${leak.fragment}" (${leak.key})`);
      expect([...new Set(report)], `English in ${locale}`).to.deep.equal([]);
      expect([...new Set(notIntl)], `numbers or dates not written by Intl in ${locale}`).to.deep.equal([]);
    });
  }
});
