/**
 * The message mechanism on its own (no DOM): the locale chain, plural forms, the merchant's
 * `registerMessages` over the shipped translations, and loading a catalog's translation on demand.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadTranslations } from '../../../src/core/load-translations.js';
import { localeChain } from '../../../src/core/locale-chain.js';
import { registerMessages, translate, translator } from '../../../src/core/messages.js';
import { formControlMessages, formControlTranslations } from '../../../src/core/form-control.messages.js';
import { cardFormMessages, cardFormTranslations } from '../../../src/components/card-form/card-form.messages.js';
import it from '../../../src/locales/it/card-form.js';
import fr from '../../../src/locales/fr/card-form.js';
import ptPT from '../../../src/locales/pt-PT/card-form.js';
import ptBR from '../../../src/locales/pt-BR/card-form.js';
import zhCN from '../../../src/locales/zh-CN/card-form.js';
import nb from '../../../src/locales/nb/card-form.js';

test('the chain of a locale: closest first, English last', () => {
  assert.deepEqual(localeChain('fr-CH'), ['fr-ch', 'fr', 'en']);
  assert.deepEqual(localeChain('pt'), ['pt', 'pt-pt', 'en']);
  assert.deepEqual(localeChain('pt-AO'), ['pt-ao', 'pt', 'pt-pt', 'en']);
  assert.deepEqual(localeChain('pt-BR'), ['pt-br', 'pt', 'pt-pt', 'en']);
  assert.deepEqual(localeChain('zh-Hans'), ['zh-hans', 'zh', 'zh-cn', 'en']);
  assert.deepEqual(localeChain('zh'), ['zh', 'zh-cn', 'en']);
  assert.deepEqual(localeChain('zh-SG'), ['zh-sg', 'zh', 'zh-cn', 'en']);
  assert.deepEqual(localeChain('zh-TW'), ['zh-tw', 'en'], 'Traditional Chinese is not shown Simplified (CLDR)');
  assert.deepEqual(localeChain('zh-Hant-HK'), ['zh-hant-hk', 'zh-hk', 'en']);
  assert.deepEqual(localeChain('no'), ['no', 'nb', 'en']);
  assert.deepEqual(localeChain('en-IN'), ['en-in', 'en']);
  assert.deepEqual(localeChain('de-AT'), ['de-at', 'de', 'en']);
  assert.deepEqual(localeChain('not a tag!'), ['not a tag!', 'en']);
});

test('a shipped translation loads on demand and follows the chain', async () => {
  const t = (locale: string) => translate(cardFormMessages, 'card.number.label', {}, locale);
  assert.equal(t('it'), 'Card number', 'nothing is loaded before it is asked for');
  for (const locale of ['it', 'fr-CH', 'pt', 'pt-BR', 'zh-Hans', 'no', 'zh-TW', 'ko']) await loadTranslations([cardFormTranslations], locale);
  assert.equal(t('it'), it['card.number.label']);
  assert.equal(t('it-CH'), it['card.number.label']);
  assert.equal(t('fr-CH'), fr['card.number.label']);
  assert.equal(t('pt'), ptPT['card.number.label']);
  assert.equal(t('pt-BR'), ptBR['card.number.label']);
  assert.equal(t('zh-Hans'), zhCN['card.number.label']);
  assert.equal(t('no'), nb['card.number.label']);
  assert.equal(t('zh-TW'), 'Card number');
  assert.equal(t('ko'), 'Card number');
  assert.notEqual(it['card.number.label'], 'Card number');
});

test("the merchant's messages win over the shipped ones, for the locale and those below it in the chain", async () => {
  await loadTranslations([cardFormTranslations], 'de');
  registerMessages('de', { 'card.submit': 'Jetzt bezahlen' });
  assert.equal(translate(cardFormMessages, 'card.submit', {}, 'de'), 'Jetzt bezahlen');
  assert.equal(translate(cardFormMessages, 'card.submit', {}, 'de-CH'), 'Jetzt bezahlen');
  registerMessages('de-CH', { 'card.submit': 'Zahlen' });
  assert.equal(translate(cardFormMessages, 'card.submit', {}, 'de-CH'), 'Zahlen');
  assert.equal(translate(cardFormMessages, 'card.submit', {}, 'de'), 'Jetzt bezahlen');
  // 'pt' registered by the merchant wins on a pt-PT page over the shipped pt-PT string.
  await loadTranslations([cardFormTranslations], 'pt-PT');
  registerMessages('pt', { 'card.cvv.label': 'CVV / CVC' });
  assert.equal(translate(cardFormMessages, 'card.cvv.label', {}, 'pt-PT'), 'CVV / CVC');
  // A key the merchant did not override is still the shipped translation.
  assert.notEqual(translate(cardFormMessages, 'card.number.label', {}, 'de-CH'), cardFormMessages['card.number.label']);
});

test('a message with {count} takes the plural form of the locale (Intl.PluralRules)', async () => {
  const t = translator(formControlMessages, 'en');
  assert.equal(t('form.errors.summary', { count: 1 }), 'Please correct 1 field.');
  assert.equal(t('form.errors.summary', { count: 3 }), 'Please correct 3 fields.');
  registerMessages('x-plural', { 'form.errors.summary': 'other {count}' } as never);
  registerMessages('x-plural', { 'form.errors.summary.few': 'few {count}', 'form.errors.summary.many': 'many {count}' } as never);
  // x-plural is no language Intl knows: English plural rules, and the merchant's "other" form.
  assert.equal(translate(formControlMessages, 'form.errors.summary', { count: 3 }, 'x-plural'), 'other 3');
  registerMessages('pl', { 'form.errors.summary': 'Popraw {count} pola.', 'form.errors.summary.few': 'Popraw {count} pola.', 'form.errors.summary.many': 'Popraw {count} pól.', 'form.errors.summary.one': 'Popraw {count} pole.' } as never);
  const pl = translator(formControlMessages, 'pl');
  assert.equal(pl('form.errors.summary', { count: 1 }), 'Popraw 1 pole.');
  assert.equal(pl('form.errors.summary', { count: 3 }), 'Popraw 3 pola.');
  assert.equal(pl('form.errors.summary', { count: 5 }), 'Popraw 5 pól.');
  assert.equal(pl('form.errors.summary', { count: 22 }), 'Popraw 22 pola.');
});

test('shipped plural forms are used too', async () => {
  await loadTranslations([formControlTranslations], 'it');
  const itForms = (await import('../../../src/locales/it/form-control.js')).default as Record<string, string>;
  assert.equal(translate(formControlMessages, 'form.errors.summary', { count: 1 }, 'it'), itForms['form.errors.summary.one']!.replace('{count}', '1'));
  assert.equal(translate(formControlMessages, 'form.errors.summary', { count: 4 }, 'it'), itForms['form.errors.summary']!.replace('{count}', '4'));
});

test('a translation that fails to load is said once, and the chain goes on to English', async (t) => {
  const warnings: string[] = [];
  t.mock.method(console, 'warn', (message: string) => warnings.push(message));
  const table = { 'x-broken': () => Promise.reject(new Error('offline')) };
  const loader = () => Promise.resolve({ default: table });
  await loadTranslations([loader], 'x-broken');
  await loadTranslations([loader], 'x-broken');
  assert.equal(translate({ 'x.key': 'English' } as never, 'x.key' as never, {}, 'x-broken'), 'English');
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /"x-broken" messages could not be loaded \(Error: offline\)/);
});
