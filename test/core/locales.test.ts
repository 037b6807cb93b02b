/**
 * Shipped translations in a real page: an element speaks its closest `lang` once that locale's
 * chunk arrives (and only that locale's chunks are fetched), follows the chain (fr-CH → fr,
 * pt → pt-PT), relabels on a runtime switch, lets the merchant's `registerMessages` win, and
 * formats money in the shopper's locale.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/components/card-form/pay-card-form.js';
import { registerMessages } from '../../src/core/messages.js';
import italian from '../../src/locales/it/card-form.js';
import de from '../../src/locales/de/card-form.js';
import fr from '../../src/locales/fr/card-form.js';
import ptPT from '../../src/locales/pt-PT/card-form.js';
import ptBR from '../../src/locales/pt-BR/card-form.js';
import ar from '../../src/locales/ar/card-form.js';
import nl from '../../src/locales/nl/card-form.js';
import es from '../../src/locales/es/card-form.js';
import sv from '../../src/locales/sv/card-form.js';
import da from '../../src/locales/da/card-form.js';

const label = (form: Element, field: string) => form.shadowRoot!.querySelector(`label[for="${field}"]`)?.textContent;
const button = (form: Element) => form.shadowRoot!.querySelector('button[type="submit"], button')!.textContent!.trim();

/** Every number label `form` shows from now on, each change once. */
function labelsShown(form: Element): string[] {
  const seen: string[] = [];
  const read = () => {
    const text = form.shadowRoot!.querySelector('label[for="number"]')?.textContent;
    if (text && seen.at(-1) !== text) seen.push(text);
  };
  read();
  new MutationObserver(read).observe(form.shadowRoot!, { subtree: true, childList: true, characterData: true });
  return seen;
}

async function cardFormIn(lang: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><pay-card-form amount="15050" currency="EUR"></pay-card-form></div>`);
  const form = wrapper.querySelector('pay-card-form')!;
  await form.updateComplete;
  return form;
}

describe('shipped translations', () => {
  afterEach(() => fixtureCleanup());

  it('speak the closest lang once its chunk has loaded, fetching only that locale', async () => {
    const before = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
    const form = await cardFormIn('it');
    await waitUntil(() => label(form, 'number') === italian['card.number.label'], 'Italian label', { timeout: 5000 });
    expect(label(form, 'expiry')).to.equal(italian['card.expiry.label']);
    expect(label(form, 'cvv')).to.equal(italian['card.cvv.label']);
    const fetched = performance.getEntriesByType('resource').map((entry) => entry.name)
      .filter((name) => !before.has(name) && name.includes('/src/locales/'));
    expect(fetched.length).to.be.greaterThan(0);
    expect(fetched.filter((name) => !/\/src\/locales\/(it\/|[\w-]+\.ts)/.test(name)), 'other locales fetched').to.deep.equal([]);
  });

  it('render first in the shopper’s language, never English first', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
    const form = document.createElement('pay-card-form');
    wrapper.append(form);
    // Every label the form ever shows, from its first render on.
    const seen = labelsShown(form);
    await form.updateComplete;
    expect(label(form, 'number')).to.equal(nl['card.number.label']);
    expect(seen, 'the labels shown').to.deep.equal([nl['card.number.label']]);
  });

  it('render first in the page’s new language when lang changes while the first strings load', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
    const form = document.createElement('pay-card-form');
    wrapper.append(form);
    const seen = labelsShown(form);
    // The first update is waiting for the Spanish strings (a fetch: microtasks can't end it).
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(form.shadowRoot!.querySelector('label'), 'nothing rendered yet').to.equal(null);
    wrapper.setAttribute('lang', 'sv');
    await waitUntil(() => label(form, 'number') === sv['card.number.label'], 'Swedish', { timeout: 5000 });
    expect(seen, 'the labels shown').to.deep.equal([sv['card.number.label']]);
    expect(es['card.number.label'], 'a Spanish label that could have shown').to.not.equal(sv['card.number.label']);
  });

  it('switch languages at runtime without English in between', async () => {
    const form = await cardFormIn('nl');
    await waitUntil(() => label(form, 'number') === nl['card.number.label'], 'Dutch', { timeout: 5000 });
    const seen = labelsShown(form);
    form.parentElement!.setAttribute('lang', 'da');
    await waitUntil(() => label(form, 'number') === da['card.number.label'], 'Danish', { timeout: 5000 });
    expect(seen, 'the labels shown').to.deep.equal([nl['card.number.label'], da['card.number.label']]);
  });

  it('formats the amount in the shopper’s locale', async () => {
    const form = await cardFormIn('it');
    const amount = new Intl.NumberFormat('it', { style: 'currency', currency: 'EUR' }).format(150.5);
    await waitUntil(() => button(form) === italian['card.submit.amount'].replace('{amount}', amount), `button reads ${amount}`, { timeout: 5000 });
  });

  it('follow the chain: fr-CH speaks French, pt speaks Portugal’s Portuguese, pt-BR Brazil’s', async () => {
    const swiss = await cardFormIn('fr-CH');
    await waitUntil(() => label(swiss, 'number') === fr['card.number.label'], 'French', { timeout: 5000 });
    const pt = await cardFormIn('pt');
    await waitUntil(() => label(pt, 'cvv') === ptPT['card.cvv.label'], 'pt-PT', { timeout: 5000 });
    const br = await cardFormIn('pt-BR');
    await waitUntil(() => label(br, 'expiry') === ptBR['card.expiry.label'], 'pt-BR', { timeout: 5000 });
  });

  it('relabel when the page switches language at runtime', async () => {
    const form = await cardFormIn('it');
    await waitUntil(() => label(form, 'number') === italian['card.number.label'], 'Italian', { timeout: 5000 });
    form.parentElement!.setAttribute('lang', 'de');
    await waitUntil(() => label(form, 'number') === de['card.number.label'], 'German', { timeout: 5000 });
  });

  it('give way to the merchant’s registerMessages for that locale', async () => {
    registerMessages('de-AT', { 'card.number.label': 'Kreditkartennummer' });
    const form = await cardFormIn('de-AT');
    await waitUntil(() => label(form, 'expiry') === de['card.expiry.label'], 'German from the chain', { timeout: 5000 });
    expect(label(form, 'number')).to.equal('Kreditkartennummer');
  });

  it('keep English for a language not shipped', async () => {
    const form = await cardFormIn('ko');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(label(form, 'number')).to.equal('Card number');
  });

  it('in Arabic, keep the card digits left to right', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl"><pay-card-form></pay-card-form></div>`);
    const form = wrapper.querySelector('pay-card-form')!;
    await form.updateComplete;
    await waitUntil(() => label(form, 'number') === ar['card.number.label'], 'Arabic', { timeout: 5000 });
    for (const id of ['number', 'expiry', 'cvv']) {
      expect(getComputedStyle(form.shadowRoot!.getElementById(id)!).direction, id).to.equal('ltr');
    }
    expect(getComputedStyle(form.shadowRoot!.querySelector('label')!).direction).to.equal('rtl');
  });
});
