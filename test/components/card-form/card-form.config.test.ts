import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/card-form/pay-card-form.js';
import { registerMessages } from '../../../src/core/messages.js';
import ptPT from '../../../src/locales/pt-PT/card-form.js';
import { CardFormHarness, fixtureAround, record } from '../../support/card-form-harness.js';
import { VALID, mount } from './card-form-fixtures.js';

describe('<pay-card-form>: configuration, announcements, theming, docs, card data', () => {
  describe('configuration at runtime', () => {
    it('re-validates the number and reports it when brands change at runtime', async () => {
      const form = await mount();
      await form.type('number', '378282246310005');
      const changes = record(form.element, 'pay-card-change');
      form.element.setAttribute('brands', 'visa');
      await form.settle();
      expect(form.errorText('number')).to.equal('American Express cards are not accepted here.');
      expect(changes.at(-1)!.detail).to.deep.equal({ brand: 'amex', complete: false, bin: '378282', errors: { number: 'brand_not_accepted' } });
      form.element.brands = [];
      await form.settle();
      expect(form.errorText('number')).to.equal('');
      expect(changes.at(-1)!.detail.errors).to.deep.equal({});
    });

    it('accepts brands set as a string property, as frameworks do', async () => {
      const form = await mount();
      (form.element as unknown as { brands: string }).brands = 'Visa mastercard';
      await form.settle();
      expect(form.root.getElementById('accepted')!.textContent!.trim()).to.equal('Accepted cards: Visa, Mastercard');
      await form.type('number', '37');
      expect(form.errorText('number')).to.equal('American Express cards are not accepted here.');
    });

    it('refuses every brand, instead of accepting all, when `brands` names no known brand', async () => {
      const element = document.createElement('pay-card-form');
      const errors = record(element, 'pay-error');
      const submits = record(element, 'pay-card-submit');
      element.setAttribute('brands', 'vias');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
      const form = new CardFormHarness(element);
      await form.settle();
      expect(errors.map((e) => e.detail)).to.deep.equal([{
        code: 'invalid_config',
        message: '<pay-card-form> brands: unknown card brand(s) vias. Known brands: visa, mastercard, amex, discover, diners, jcb, unionpay, maestro, rupay, mir, elo, hipercard.',
      }]);
      await form.type('number', '41');
      expect(form.errorText('number')).to.equal('Visa cards are not accepted here.');
      await form.fill({ number: '11111111111111', expiry: VALID.expiry, cvv: VALID.cvv, holderName: VALID.holderName });
      await form.pay();
      expect(submits).to.have.length(0);
      expect(form.errorText('number')).to.equal('Visa cards are not accepted here.');
      expect(form.root.activeElement).to.equal(form.input('number'));
      // Typing and submitting don't report the same mistake again.
      expect(errors).to.have.length(1);
    });

    it('reports each distinct bad `brands` value once, naming its unknown brands, and keeps the known ones', async () => {
      const element = document.createElement('pay-card-form');
      const errors = record(element, 'pay-error');
      element.setAttribute('brands', 'visa, vias Amexx');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
      const form = new CardFormHarness(element);
      await form.settle();
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.code).to.equal('invalid_config');
      expect(errors[0]!.detail.message).to.contain('vias, amexx');
      expect(form.root.getElementById('accepted')!.textContent!.trim()).to.equal('Accepted cards: Visa');
      await form.type('number', VALID.number);
      await form.leave('number');
      expect(form.errorText('number')).to.equal('');
      element.setAttribute('brands', 'vias amexx visa');
      await form.settle();
      expect(errors).to.have.length(1);
      element.setAttribute('brands', 'visa mastercard');
      await form.settle();
      expect(errors).to.have.length(1);
      element.setAttribute('brands', 'visa mc');
      await form.settle();
      expect(errors).to.have.length(2);
      expect(errors[1]!.detail.message).to.contain('mc');
      expect(errors[1]!.detail.message).to.not.contain('vias');
    });

    it('refuses every brand when a framework sets `brands` to a string or array of unknown names', async () => {
      for (const value of ['vias', ['vias']] as const) {
        const form = await mount();
        const errors = record(form.element, 'pay-error');
        (form.element as unknown as { brands: unknown }).brands = value;
        await form.settle();
        expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid_config']);
        await form.type('number', '5555');
        expect(form.errorText('number')).to.equal('Mastercard cards are not accepted here.');
        // Emptying it again accepts every brand, as documented.
        form.element.brands = [];
        await form.settle();
        expect(form.errorText('number')).to.equal('');
        expect(errors).to.have.length(1);
      }
    });

    it('words its invalid_config reports from the message catalog, in the element’s language', async () => {
      registerMessages('fr', {
        'card.config.brands': 'Marques inconnues : {brands}',
        'card.config.amount': 'Montant invalide : {amount} {currency}',
      });
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
      const element = document.createElement('pay-card-form');
      const errors = record(element, 'pay-error');
      element.setAttribute('brands', 'vias');
      element.setAttribute('amount', '12.5');
      element.setAttribute('currency', 'EUR');
      wrapper.append(element);
      await element.updateComplete;
      expect(errors.map((e) => e.detail.message).sort()).to.deep.equal(['Marques inconnues : vias', 'Montant invalide : 12.5 EUR']);
    });

    it('keeps its English invalid_config message for a bad amount', async () => {
      const element = document.createElement('pay-card-form');
      const errors = record(element, 'pay-error');
      element.setAttribute('amount', '5000');
      element.setAttribute('currency', 'XX');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
      await element.updateComplete;
      expect(errors.map((e) => e.detail.message)).to.deep.equal([
        '<pay-card-form> amount=5000 currency=XX: amount must be integer minor units ≥ 0, currency ISO 4217',
      ]);
    });

    for (const [amount, currency] of [[5000, 'XX'], [12.5, 'EUR'], [-500, 'EUR'], [Number.NaN, 'EUR']] as const) {
      it(`says "Pay" and reports invalid_config once for amount ${amount} ${currency}`, async () => {
        const element = document.createElement('pay-card-form');
        const errors = record(element, 'pay-error');
        element.amount = amount;
        element.currency = currency;
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
        const form = new CardFormHarness(element);
        await form.settle();
        expect(form.button.textContent!.trim()).to.equal('Pay');
        // Later renders (a keystroke) don't report it again.
        await form.type('number', '4');
        expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid_config']);
        element.currency = 'EUR';
        element.amount = 5000;
        await form.settle();
        expect(form.button.textContent!.trim()).to.equal('Pay €50.00');
        expect(errors).to.have.length(1);
      });
    }

    it('formats the amount without throwing when lang is not a valid locale tag', async () => {
      const wrapper = await fixtureAround<HTMLDivElement>(html`<div lang="en_US"><pay-card-form amount="5000" currency="EUR"></pay-card-form></div>`);
      const form = new CardFormHarness(wrapper.querySelector('pay-card-form')!);
      expect(form.button.textContent!.trim()).to.match(/^Pay .*50/);
    });

    it('speaks its closest lang: registered Portuguese messages relabel the form', async () => {
      registerMessages('pt', { 'card.number.label': 'Número do cartão', 'card.submit.amount': 'Pagar {amount}' });
      const wrapper = await fixtureAround<HTMLDivElement>(html`<div lang="pt-PT"><pay-card-form amount="5000" currency="EUR"></pay-card-form></div>`);
      const form = new CardFormHarness(wrapper.querySelector('pay-card-form')!);
      expect(form.input('number').labels![0]!.textContent!.trim()).to.equal('Número do cartão');
      expect(form.button.textContent!.trim().replace(/\s/g, ' ')).to.equal('Pagar 50,00 €');
      // Keys the merchant did not register come from the shipped Portuguese, there from the first render.
      expect(form.input('cvv').labels![0]!.textContent!.trim()).to.equal(ptPT['card.cvv.label']);
    });
  });

  describe('announcements', () => {
    it('announces a submit with errors exactly once: one summary, no field error in a live region', async () => {
      const form = await mount();
      const said = form.recordAnnouncements();
      form.element.submit();
      await form.quiet();
      expect(said).to.deep.equal(['Please correct 4 fields.']);
      for (const field of ['number', 'expiry', 'cvv', 'holderName'] as const) {
        const text = form.errorText(field);
        expect(text, field).to.not.equal('');
        // Each error is read once, as its input's description when the shopper reaches it.
        expect(form.liveRegionsAround(form.root.querySelector(`#${field}-error`)!), field).to.deep.equal([]);
        expect(form.describedError(field)!.textContent!.trim(), field).to.equal(text);
      }
    });

    it('focuses the first invalid field on submit, even when it is the last one', async () => {
      const form = await mount();
      await form.fill({ number: VALID.number, expiry: VALID.expiry, cvv: VALID.cvv });
      await form.focus('number');
      form.button.click();
      await form.settle();
      await form.settle();
      expect(form.root.activeElement).to.equal(form.input('holderName'));
      expect(form.input('holderName').getAttribute('aria-describedby')).to.equal('holderName-error');
    });
  });

  describe('theming', () => {
    /** A page stylesheet in the light DOM, removed with the fixture. */
    async function themed(css: string, template = html`<pay-card-form></pay-card-form>`): Promise<CardFormHarness> {
      const wrapper = await fixtureAround<HTMLDivElement>(html`<div>${template}</div>`);
      const style = document.createElement('style');
      style.textContent = css;
      wrapper.prepend(style);
      return new CardFormHarness(wrapper.querySelector('pay-card-form')!);
    }

    it('paints the pay button with --pay-color-primary set on the element', async () => {
      const plain = await mount();
      const form = await mount(html`<pay-card-form style="--pay-color-primary: rgb(1, 2, 3)"></pay-card-form>`);
      expect(getComputedStyle(form.button).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(plain.button).backgroundColor).to.not.equal('rgb(1, 2, 3)');
      form.element.style.setProperty('--pay-color-primary', 'rgb(4, 5, 6)');
      expect(getComputedStyle(form.button).backgroundColor).to.equal('rgb(4, 5, 6)');
    });

    it('lets a page stylesheet restyle the pay button through ::part(button)', async () => {
      const form = await themed(`
        pay-card-form::part(button) { background: rgb(10, 20, 30); border-radius: 7px; text-transform: uppercase; }
      `);
      const style = getComputedStyle(form.button);
      expect(style.backgroundColor).to.equal('rgb(10, 20, 30)');
      expect(style.borderTopLeftRadius).to.equal('7px');
      expect(style.textTransform).to.equal('uppercase');
      // Only the button: the inputs keep their own look.
      expect(getComputedStyle(form.input('number')).textTransform).to.not.equal('uppercase');
    });

    it('lets a page stylesheet restyle every input through ::part(input)', async () => {
      const form = await themed(`
        pay-card-form::part(input) { background-color: rgb(200, 201, 202); border-top-width: 5px; }
      `);
      for (const field of ['number', 'expiry', 'cvv', 'holderName'] as const) {
        const style = getComputedStyle(form.input(field));
        expect(style.backgroundColor, field).to.equal('rgb(200, 201, 202)');
        expect(style.borderTopWidth, field).to.equal('5px');
      }
      expect(getComputedStyle(form.button).backgroundColor).to.not.equal('rgb(200, 201, 202)');
    });
  });

  describe('documentation', () => {
    it('declares pay-error in custom-elements.json, so the React wrapper gets onPayError', async () => {
      const manifest = (await (await fetch('/custom-elements.json')).json()) as {
        modules: { declarations?: { tagName?: string; events?: { name: string; type?: { text: string } }[] }[] }[];
      };
      const card = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'pay-card-form');
      const events = card?.events ?? [];
      expect(events.map((e) => e.name)).to.include('pay-error');
      expect(events.find((e) => e.name === 'pay-error')!.type?.text).to.equal('CustomEvent<PayErrorDetail>');
    });
  });

  describe('card data stays out of the page', () => {
    it('writes no card digits to the console during a full flow', async () => {
      const calls: unknown[][] = [];
      const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
      const originals = methods.map((method) => console[method]);
      methods.forEach((method) => {
        console[method] = (...args: unknown[]) => calls.push(args);
      });
      try {
        const form = await mount(html`<pay-card-form name="card" amount="5000" currency="EUR"></pay-card-form>`);
        await form.fill({ ...VALID, number: '4242' });
        await form.leave('holderName');
        await form.type('number', VALID.number.slice(4));
        form.element.submit();
        await form.settle();
        form.element.pending = false;
        form.element.reset();
        await form.settle();
      } finally {
        methods.forEach((method, i) => {
          console[method] = originals[i]!;
        });
      }
      const logged = JSON.stringify(calls.map((args) => args.map(String)));
      for (const run of [VALID.number.slice(0, 6), VALID.number.slice(-4), VALID.cvv]) expect(logged).to.not.contain(run);
    });

    it('never puts card digits in attributes, storage or the URL', async () => {
      const form = await mount(html`<pay-card-form name="card"></pay-card-form>`);
      const url = location.href;
      await form.fill(VALID);
      await form.leave('holderName');
      form.element.submit();
      await form.settle();
      const pan = VALID.number;
      const runs = [pan.slice(0, 6), pan.slice(4, 8), pan.slice(8, 12), pan.slice(-4)];
      for (const attribute of form.allAttributeValues()) {
        for (const run of runs) expect(attribute, attribute).to.not.contain(run);
        expect(attribute).to.not.match(/\d{4,}/);
      }
      expect(location.href).to.equal(url);
      for (const storage of [localStorage, sessionStorage]) {
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i)!;
          expect(`${key}=${storage.getItem(key)}`).to.not.contain(pan.slice(-4));
        }
      }
    });
  });
});
