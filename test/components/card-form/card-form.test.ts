import { expect, waitUntil, fixture, html } from '@open-wc/testing';
import '../../../src/components/card-form/pay-card-form.js';
import type { PayCardForm } from '../../../src/components/card-form/card-form.js';
import { luhnCheckDigit } from '../../../src/components/card-form/luhn.js';
import type { CardBrand } from '../../../src/core/types.js';
import { registerMessages } from '../../../src/core/messages.js';
import ptPT from '../../../src/locales/pt-PT/card-form.js';
import { CardFormHarness, fixtureAround, lastMonth, record, thisMonth, yearsFromNow } from '../../support/card-form-harness.js';

const withCheckDigit = (payload: string): string => payload + luhnCheckDigit(payload);

/** Public test numbers (and, for brands without a well-known one, Luhn-valid numbers in the brand's range). */
const CARDS: { brand: CardBrand; name: string; number: string; formatted: string; cvv: number }[] = [
  { brand: 'visa', name: 'Visa', number: '4111111111111111', formatted: '4111 1111 1111 1111', cvv: 3 },
  { brand: 'mastercard', name: 'Mastercard', number: '5555555555554444', formatted: '5555 5555 5555 4444', cvv: 3 },
  { brand: 'mastercard', name: 'Mastercard', number: '2223003122003222', formatted: '2223 0031 2200 3222', cvv: 3 },
  { brand: 'amex', name: 'American Express', number: '378282246310005', formatted: '3782 822463 10005', cvv: 4 },
  { brand: 'discover', name: 'Discover', number: '6011111111111117', formatted: '6011 1111 1111 1117', cvv: 3 },
  { brand: 'diners', name: 'Diners Club', number: '36227206271667', formatted: '3622 720627 1667', cvv: 3 },
  { brand: 'jcb', name: 'JCB', number: '3530111333300000', formatted: '3530 1113 3330 0000', cvv: 3 },
  { brand: 'unionpay', name: 'UnionPay', number: withCheckDigit('620000000000000'), formatted: '', cvv: 3 },
  { brand: 'maestro', name: 'Maestro', number: '6759649826438453', formatted: '6759 6498 2643 8453', cvv: 3 },
  { brand: 'rupay', name: 'RuPay', number: withCheckDigit('508500000000000'), formatted: '', cvv: 3 },
  { brand: 'mir', name: 'Mir', number: withCheckDigit('220000000000000'), formatted: '', cvv: 3 },
  { brand: 'elo', name: 'Elo', number: '6362970000457013', formatted: '6362 9700 0045 7013', cvv: 3 },
  { brand: 'hipercard', name: 'Hipercard', number: '6062826786276634', formatted: '6062 8267 8627 6634', cvv: 3 },
  { brand: 'visa', name: 'Visa', number: withCheckDigit('400000000000000000'), formatted: '', cvv: 3 },
];

/** 4-4-4-4 grouping, and 4-4-4-4-3 beyond 16 digits. */
const grouped = (digits: string): string => digits.replace(/(\d{4})(?=\d)/g, '$1 ').replace(/^((?:\d{4} ){4}\d{3})$/, '$1');

const nextYear = yearsFromNow(1);
const VALID = { number: '4242424242424242', expiry: `12${nextYear.yy}`, cvv: '123', holderName: 'Ada Lovelace' };

async function mount(template = html`<pay-card-form></pay-card-form>`): Promise<CardFormHarness> {
  const element = await fixture<PayCardForm>(template);
  return new CardFormHarness(element);
}

describe('<pay-card-form>', () => {
  describe('fields', () => {
    it('renders four labelled inputs with payment autocomplete hints', async () => {
      const form = await mount();
      const expected = { number: 'cc-number', expiry: 'cc-exp', cvv: 'cc-csc', holderName: 'cc-name' } as const;
      for (const [field, autocomplete] of Object.entries(expected) as [keyof typeof expected, string][]) {
        const input = form.input(field);
        expect(input.type, field).to.equal('text');
        expect(input.autocomplete, field).to.equal(autocomplete);
        expect(input.getAttribute('autocorrect'), field).to.equal('off');
        expect(input.getAttribute('spellcheck'), field).to.equal('false');
        expect(input.labels?.[0]?.textContent?.trim(), field).to.not.equal('');
      }
      for (const field of ['number', 'expiry', 'cvv'] as const) expect(form.input(field).inputMode).to.equal('numeric');
      expect(form.input('number').labels?.[0]?.textContent?.trim()).to.equal('Card number');
    });

    it('focuses the card number when the host is focused', async () => {
      const form = await mount();
      form.element.focus();
      expect(form.root.activeElement).to.equal(form.input('number'));
    });

    it('hides the name field with hide-holder-name and submits an empty holder name', async () => {
      const form = await mount(html`<pay-card-form hide-holder-name></pay-card-form>`);
      // Not shown, so neither seen nor reached with Tab.
      expect(form.root.querySelector('#holderName')?.checkVisibility() ?? false).to.equal(false);
      const submits = record(form.element, 'pay-card-submit');
      await form.fill({ number: VALID.number, expiry: VALID.expiry, cvv: VALID.cvv });
      await form.press('Enter');
      expect(submits).to.have.length(1);
      expect(submits[0]!.detail.card.holder_name).to.equal('');
    });

    it('keeps the name field hidden under a merchant style that displays every field part', async () => {
      const style = document.createElement('style');
      style.textContent = 'pay-card-form::part(field) { display: flex; }';
      document.head.append(style);
      try {
        const form = await mount(html`<pay-card-form hide-holder-name></pay-card-form>`);
        expect(form.input('number').checkVisibility()).to.equal(true);
        expect(form.root.querySelector('#holderName')?.checkVisibility() ?? false).to.equal(false);
      } finally {
        style.remove();
      }
    });
  });

  describe('formatting as you type', () => {
    for (const card of CARDS) {
      it(`groups a ${card.name} number (${card.number.length} digits) and shows its mark`, async () => {
        const form = await mount();
        await form.type('number', card.number);
        expect(form.value('number')).to.equal(card.formatted || grouped(card.number));
        expect(form.caret('number')).to.equal(form.value('number').length);
        expect(form.brandMark.getAttribute('role')).to.equal('img');
        expect(form.brandMark.getAttribute('aria-label')).to.equal(`Card brand: ${card.name}`);
        expect(form.element.brand).to.equal(card.brand);
        await form.leave('number');
        expect(form.errorText('number')).to.equal('');
      });
    }

    it('stops at the brand’s longest length', async () => {
      const form = await mount();
      await form.type('number', '3782822463100051234');
      expect(form.value('number')).to.equal('3782 822463 10005');
    });

    it('keeps the caret after a digit typed in the middle of the number', async () => {
      const form = await mount();
      await form.type('number', '411111111111111');
      expect(form.value('number')).to.equal('4111 1111 1111 111');
      // Caret after "4111 1" (index 6): the new digit pushes the rest across a group boundary.
      await form.type('number', '2', 6);
      expect(form.value('number')).to.equal('4111 1211 1111 1111');
      expect(form.caret('number')).to.equal(7);
      // Typing just before a separator moves the caret past it, after the digit typed
      // (Visa numbers may have up to 19 digits, so the 17th one stays).
      await form.type('number', '9', 4);
      expect(form.value('number')).to.equal('4111 9121 1111 1111 1');
      expect(form.caret('number')).to.equal(6);
    });

    it('deletes the digit before a separator on Backspace and keeps the caret there', async () => {
      const form = await mount();
      await form.type('number', '4111222233334444');
      // Caret right after the first space ("4111 |2222").
      await form.focus('number', 5);
      await form.press('Backspace');
      expect(form.value('number')).to.equal('4112 2223 3334 444');
      expect(form.caret('number')).to.equal(3);
    });

    it('deletes the digit after a separator on Delete', async () => {
      const form = await mount();
      await form.type('number', '4111222233334444');
      // Caret right before the second space ("4111 2222| 3333").
      await form.focus('number', 9);
      await form.press('Delete');
      expect(form.value('number')).to.equal('4111 2222 3334 444');
      expect(form.caret('number')).to.equal(9);
    });

    it('deletes a selected range and puts the caret where it started', async () => {
      const form = await mount();
      await form.type('number', '4111222233334444');
      await form.focus('number', 5, 10); // "2222 " selected
      await form.press('Backspace');
      expect(form.value('number')).to.equal('4111 3333 4444');
      expect(form.caret('number')).to.equal(4);
    });

    it('ignores separators and letters typed among the digits', async () => {
      const form = await mount();
      await form.type('number', '4111 1111-1111 1111');
      expect(form.value('number')).to.equal('4111 1111 1111 1111');
      await form.type('number', 'x', 4);
      expect(form.value('number')).to.equal('4111 1111 1111 1111');
      expect(form.caret('number')).to.equal(4);
    });

    it('formats a pasted "4111 1111-1111 1111" and puts the caret after it', async () => {
      const form = await mount();
      await form.insertAsOneEdit('number', '4111 1111-1111 1111');
      expect(form.value('number')).to.equal('4111 1111 1111 1111');
      expect(form.caret('number')).to.equal(19);
      expect(form.element.brand).to.equal('visa');
    });

    it('keeps the caret after digits pasted into the middle of the number', async () => {
      const form = await mount();
      await form.type('number', '41111111');
      await form.insertAsOneEdit('number', '22-33', 4); // "4111|1111"
      expect(form.value('number')).to.equal('4111 2233 1111');
      expect(form.caret('number')).to.equal(9);
    });

    it('formats the expiry as MM / YY as the user types', async () => {
      const form = await mount();
      await form.type('expiry', '12');
      expect(form.value('expiry')).to.equal('12 / ');
      await form.type('expiry', nextYear.yy);
      expect(form.value('expiry')).to.equal(`12 / ${nextYear.yy}`);
      expect(form.caret('expiry')).to.equal(7);
    });

    it('adds the leading zero to a month that can only be one digit', async () => {
      const form = await mount();
      await form.type('expiry', '4');
      expect(form.value('expiry')).to.equal('04 / ');
      expect(form.caret('expiry')).to.equal(5);
    });

    it('backspaces over the expiry separator into the month', async () => {
      const form = await mount();
      await form.type('expiry', '12');
      await form.press('Backspace');
      expect(form.value('expiry')).to.equal('1');
      expect(form.caret('expiry')).to.equal(1);
    });

    it('asks for a 4-digit security code on Amex and 3 digits otherwise', async () => {
      const form = await mount();
      await form.type('number', '3782');
      await form.type('cvv', '12345');
      expect(form.value('cvv')).to.equal('1234');
      expect(form.root.getElementById('cvv-hint')!.textContent).to.equal('4 digits on the front of the card');

      const visa = await mount();
      await visa.type('number', '4242');
      await visa.type('cvv', '1234');
      expect(visa.value('cvv')).to.equal('123');
      expect(visa.root.getElementById('cvv-hint')!.textContent).to.equal('3 digits on the back of the card');
    });
  });

  describe('brand mark', () => {
    it('says the brand is not recognised until the prefix decides it', async () => {
      const form = await mount();
      expect(form.brandMark.getAttribute('aria-label')).to.equal('Card brand not recognised yet');
      await form.type('number', '3');
      expect(form.brandMark.getAttribute('aria-label')).to.equal('Card brand not recognised yet');
      await form.type('number', '7');
      expect(form.brandMark.getAttribute('aria-label')).to.equal('Card brand: American Express');
      expect(form.input('number').getAttribute('aria-describedby')).to.contain('brand');
    });
  });

  describe('errors', () => {
    it('shows no error while a plausible number is typed, and one when the field is left', async () => {
      const form = await mount();
      await form.type('number', '4242 4242');
      expect(form.errorText('number')).to.equal('');
      expect(form.input('number').getAttribute('aria-invalid')).to.equal('false');
      await form.leave('number');
      expect(form.errorText('number')).to.equal('Your card number is incomplete.');
      const input = form.input('number');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      const error = form.describedError('number')!;
      expect(error.textContent!.trim()).to.equal('Your card number is incomplete.');
      // Read as the input's description (and said once by the announcer), not a live region of its own.
      expect(error.hasAttribute('role')).to.equal(false);
      expect(error.hasAttribute('aria-live')).to.equal(false);
      expect(error.getAttribute('part')).to.equal('error');
    });

    it('reports a Luhn failure when the number is left', async () => {
      const form = await mount();
      await form.type('number', '4242424242424241');
      expect(form.errorText('number')).to.equal('');
      await form.leave('number');
      expect(form.errorText('number')).to.equal('Your card number is invalid. Check the digits.');
    });

    it('hides a shown error while the field is edited again and re-checks it when left', async () => {
      const form = await mount();
      await form.type('number', '4242');
      await form.leave('number');
      expect(form.errorText('number')).to.not.equal('');
      await form.type('number', '4242');
      expect(form.errorText('number')).to.equal('');
      await form.type('number', '42424242');
      await form.leave('number');
      expect(form.errorText('number')).to.equal('');
      expect(form.input('number').getAttribute('aria-invalid')).to.equal('false');
    });

    it('does not complain about a field the shopper only tabbed through', async () => {
      const form = await mount();
      await form.focus('number');
      await form.press('Tab');
      expect(form.errorText('number')).to.equal('');
    });

    it('refuses month 13 at once', async () => {
      const form = await mount();
      await form.type('expiry', '13');
      expect(form.errorText('expiry')).to.equal('The expiry month must be between 01 and 12.');
      expect(form.input('expiry').getAttribute('aria-invalid')).to.equal('true');
    });

    it('accepts this month and refuses last month', async () => {
      const form = await mount();
      await form.type('expiry', thisMonth());
      await form.leave('expiry');
      expect(form.errorText('expiry')).to.equal('');
      await form.focus('expiry');
      form.input('expiry').select();
      await form.press('Backspace');
      await form.type('expiry', lastMonth());
      await form.leave('expiry');
      expect(form.errorText('expiry')).to.equal('This card has expired.');
    });

    it('refuses an expiry more than 20 years ahead', async () => {
      const form = await mount();
      await form.type('expiry', `01${yearsFromNow(21).yy}`);
      await form.leave('expiry');
      expect(form.errorText('expiry')).to.equal('The expiry date is too far in the future.');
    });

    it('asks for the brand’s security code length when the field is left short', async () => {
      const form = await mount();
      await form.type('number', CARDS[3]!.number); // Amex
      await form.type('cvv', '123');
      await form.leave('cvv');
      expect(form.errorText('cvv')).to.equal('The security code must be 4 digits.');
    });

    it('refuses a brand outside `brands` as soon as it is detected, naming it', async () => {
      const form = await mount(html`<pay-card-form brands="visa, mastercard"></pay-card-form>`);
      expect(form.element.brands).to.deep.equal(['visa', 'mastercard']);
      expect(form.root.getElementById('accepted')!.textContent!.trim()).to.equal('Accepted cards: Visa, Mastercard');
      await form.type('number', '37');
      expect(form.errorText('number')).to.equal('American Express cards are not accepted here.');
      expect(form.describedError('number')).to.not.equal(null);
      const changes = record(form.element, 'pay-card-change');
      await form.type('number', '8');
      expect(changes).to.deep.equal([]); // 378: still refused, nothing new to report
      expect(form.errorText('number')).to.equal('American Express cards are not accepted here.');

    });

    it('refuses a prefix no accepted brand can start with, before the brand is known, without a blank name', async () => {
      const form = await mount(html`<pay-card-form brands="visa"></pay-card-form>`);
      await form.type('number', '3');
      expect(form.element.brand).to.equal(null);
      expect(form.errorText('number')).to.equal('This card brand is not accepted here.');
    });

    it('accepts the listed brands', async () => {
      const form = await mount(html`<pay-card-form brands="visa mastercard"></pay-card-form>`);
      await form.type('number', '5555555555554444');
      await form.leave('number');
      expect(form.errorText('number')).to.equal('');
    });

    it('refuses digits in the name at once', async () => {
      const form = await mount();
      await form.type('holderName', 'Ada 4242');
      expect(form.errorText('holderName')).to.equal('Enter the name as it appears on the card.');
    });
  });

  describe('pay button', () => {
    it('shows the amount in the currency: "Pay €50.00"', async () => {
      const form = await mount(html`<pay-card-form amount="5000" currency="EUR"></pay-card-form>`);
      expect(form.button.textContent!.trim()).to.equal('Pay €50.00');
      form.element.amount = 1234;
      form.element.currency = 'JPY';
      await form.settle();
      expect(form.button.textContent!.trim()).to.equal('Pay ¥1,234');
    });

    it('says "Pay" without an amount or with an unknown currency', async () => {
      const form = await mount(html`<pay-card-form amount="5000" currency="euro"></pay-card-form>`);
      expect(form.button.textContent!.trim()).to.equal('Pay');
      const plain = await mount(html`<pay-card-form currency="EUR"></pay-card-form>`);
      expect(plain.button.textContent!.trim()).to.equal('Pay');
    });

    it('uses submit-label over the amount', async () => {
      const form = await mount(html`<pay-card-form amount="5000" currency="EUR" submit-label="Save card"></pay-card-form>`);
      expect(form.button.textContent!.trim()).to.equal('Save card');
    });
  });

  describe('events', () => {
    it('emits pay-card-change when what it reports changes, with brand, completeness, BIN and error codes', async () => {
      const form = await mount();
      const changes = record(form.element, 'pay-card-change');
      await form.type('number', '42');
      // '4' may still be Elo; '42' is Visa.
      expect(changes.map((change) => change.detail.brand)).to.deep.equal([null, 'visa']);
      expect(changes[1]!.detail).to.deep.equal({ brand: 'visa', complete: false, bin: null, errors: {} });
      expect(changes[1]!.bubbles && changes[1]!.composed).to.equal(true);
      await form.type('number', '42'); // 4242: nothing reported changes
      expect(changes).to.have.length(2);
      await form.type('number', '42'); // six digits: the BIN
      expect(changes.at(-1)!.detail).to.deep.equal({ brand: 'visa', complete: false, bin: '424242', errors: {} });
      const afterBin = changes.length;
      await form.type('number', '4242');
      expect(changes).to.have.length(afterBin);
      await form.leave('number');
      expect(changes.at(-1)!.detail.errors).to.deep.equal({ number: 'incomplete' });
      await form.type('number', '424242');
      await form.fill({ expiry: VALID.expiry, cvv: VALID.cvv, holderName: VALID.holderName });
      expect(changes.at(-1)!.detail).to.deep.equal({ brand: 'visa', complete: true, bin: '424242', errors: {} });
      for (let i = 1; i < changes.length; i++) {
        expect(JSON.stringify(changes[i]!.detail)).to.not.equal(JSON.stringify(changes[i - 1]!.detail));
      }
    });

    it('never puts card digits in pay-card-change beyond the first six', async () => {
      const form = await mount();
      const changes = record(form.element, 'pay-card-change');
      await form.fill(VALID);
      await form.leave('holderName');
      await form.type('number', '1', 3); // now invalid: errors are reported, digits are not
      await form.leave('number');
      expect(changes.length).to.be.greaterThan(3);
      for (const change of changes) {
        const { bin, ...rest } = change.detail;
        // The BIN is the first six digits the field holds (a digit typed at 3 changes it), never more.
        expect([null, VALID.number.slice(0, 6), '424124']).to.include(bin);
        const json = JSON.stringify(rest);
        expect(json).to.not.match(/\d{3,}/);
        expect(json).to.not.contain(nextYear.yy);
      }
    });

    it('completes and pays by keyboard alone: Tab between fields, Enter to submit', async () => {
      const wrapper = await fixtureAround<HTMLDivElement>(html`<div><button>before</button><pay-card-form amount="5000" currency="EUR"></pay-card-form></div>`);
      const element = wrapper.querySelector('pay-card-form')!;
      const form = new CardFormHarness(element);
      const submits = record(element, 'pay-card-submit');
      wrapper.querySelector('button')!.focus();
      await form.press('Tab');
      expect(form.root.activeElement).to.equal(form.input('number'));
      await sendTyped(form, VALID.number);
      await form.press('Tab');
      expect(form.root.activeElement).to.equal(form.input('expiry'));
      await sendTyped(form, VALID.expiry);
      await form.press('Tab');
      expect(form.root.activeElement).to.equal(form.input('cvv'));
      await sendTyped(form, VALID.cvv);
      await form.press('Tab');
      expect(form.root.activeElement).to.equal(form.input('holderName'));
      await sendTyped(form, VALID.holderName);
      await form.press('Enter');
      expect(submits).to.have.length(1);
      expect(submits[0]!.detail).to.deep.equal({
        card: {
          holder_name: 'Ada Lovelace',
          number: '4242424242424242',
          expiry_month: '12',
          expiry_year: nextYear.yyyy,
          cvv: '123',
        },
        brand: 'visa',
        last4: '4242',
      });
      expect(submits[0]!.bubbles && submits[0]!.composed).to.equal(true);
    });

    it('pays with the button, by Tab and Space', async () => {
      const form = await mount();
      const submits = record(form.element, 'pay-card-submit');
      await form.fill(VALID);
      await form.press('Tab');
      expect(form.root.activeElement).to.equal(form.button);
      await form.press('Space');
      expect(submits).to.have.length(1);
    });

    it('submit() shows every error and focuses the first invalid field', async () => {
      const form = await mount();
      const submits = record(form.element, 'pay-card-submit');
      await form.fill({ number: VALID.number, cvv: '12' });
      form.element.submit();
      await form.settle();
      await form.settle();
      expect(submits).to.have.length(0);
      expect(form.root.activeElement).to.equal(form.input('expiry'));
      expect(form.errorText('number')).to.equal('');
      expect(form.errorText('expiry')).to.equal('Enter the expiry date.');
      expect(form.errorText('cvv')).to.equal('The security code must be 3 digits.');
      expect(form.errorText('holderName')).to.equal('Enter the name on the card.');
      for (const field of ['expiry', 'cvv', 'holderName'] as const) {
        expect(form.input(field).getAttribute('aria-invalid')).to.equal('true');
        expect(form.describedError(field)).to.not.equal(null);
      }
    });

    it('the button on an empty form focuses the card number', async () => {
      const form = await mount();
      form.button.click();
      await form.settle();
      await form.settle();
      expect(form.root.activeElement).to.equal(form.input('number'));
      expect(form.errorText('number')).to.equal('Enter your card number.');
    });

    it('emits pay-card-submit once for a double click, and enters pending', async () => {
      const form = await mount();
      const submits = record(form.element, 'pay-card-submit');
      await form.fill(VALID);
      form.button.click();
      form.button.click();
      form.element.submit();
      await form.settle();
      await form.press('Enter');
      expect(submits).to.have.length(1);
      expect(form.element.pending).to.equal(true);
    });

    it('emits nothing while pending, and again once pending is cleared', async () => {
      const form = await mount();
      const submits = record(form.element, 'pay-card-submit');
      await form.fill(VALID);
      form.element.pending = true;
      await form.settle();
      form.element.submit();
      expect(submits).to.have.length(0);
      form.element.pending = false;
      await form.settle();
      form.element.submit();
      expect(submits).to.have.length(1);
    });

    it('reset() clears every field and error', async () => {
      const form = await mount();
      await form.fill({ number: '4242', expiry: '13' });
      await form.leave('expiry');
      form.element.pending = true;
      form.element.reset();
      await form.settle();
      for (const field of ['number', 'expiry', 'cvv', 'holderName'] as const) {
        expect(form.value(field)).to.equal('');
        expect(form.errorText(field)).to.equal('');
      }
      expect(form.element.pending).to.equal(false);
      expect(form.element.brand).to.equal(null);
    });
  });

  describe('pending and disabled', () => {
    it('pending disables the inputs, marks the button busy (focusable, inert to clicks) and shows progress', async () => {
      const form = await mount(html`<pay-card-form pending></pay-card-form>`);
      for (const field of ['number', 'expiry', 'cvv', 'holderName'] as const) expect(form.input(field).disabled).to.equal(true);
      // Not `disabled`: a keyboard user's focus on it would drop to the page.
      expect(form.button.getAttribute('aria-disabled')).to.equal('true');
      expect(form.button.textContent!.trim()).to.equal('Processing payment…');
      expect(form.root.querySelector('[part~="spinner"]')).to.not.equal(null);
      expect(form.root.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
      // Said once by the announcer, outside the busy <form>.
      await waitUntil(() => form.announcer.textContent!.trim() === 'Processing payment…', 'the announcer says Processing payment…');
      expect(form.announcer.closest('[aria-busy="true"]')).to.equal(null);
      expect(form.element.matches(':state(pending)')).to.equal(true);
      form.element.pending = false;
      await form.settle();
      expect(form.button.disabled).to.equal(false);
      expect(form.element.hasAttribute('pending')).to.equal(false);
    });

    it('disabled disables every input and the button, and emits nothing', async () => {
      const form = await mount();
      await form.fill(VALID);
      form.element.disabled = true;
      await form.settle();
      expect(form.element.getAttribute('disabled')).to.equal('');
      for (const field of ['number', 'expiry', 'cvv', 'holderName'] as const) expect(form.input(field).disabled).to.equal(true);
      expect(form.button.disabled).to.equal(true);
      const submits = record(form.element, 'pay-card-submit');
      form.element.submit();
      expect(submits).to.have.length(0);
    });

    it('a disabled fieldset disables it', async () => {
      const fieldset = await fixtureAround<HTMLFieldSetElement>(html`<fieldset disabled><pay-card-form></pay-card-form></fieldset>`);
      const form = new CardFormHarness(fieldset.querySelector('pay-card-form')!);
      await form.settle();
      expect(form.input('number').disabled).to.equal(true);
      expect(form.button.disabled).to.equal(true);
      expect(form.element.matches(':disabled')).to.equal(true);
      fieldset.disabled = false;
      await form.settle();
      expect(form.input('number').disabled).to.equal(false);
    });
  });


  describe('editing at the limits', () => {
    it('refuses a digit typed into a full card number instead of pushing the last one out', async () => {
      const form = await mount();
      await form.type('number', '378282246310005');
      const changes = record(form.element, 'pay-card-change');
      await form.type('number', '9', 2);
      expect(form.value('number')).to.equal('3782 822463 10005');
      expect(form.caret('number')).to.equal(2);
      expect(changes).to.have.length(0);
    });

    it('refuses a digit typed into a complete expiry', async () => {
      const form = await mount();
      await form.type('expiry', `12${nextYear.yy}`);
      await form.type('expiry', '5', 1);
      expect(form.value('expiry')).to.equal(`12 / ${nextYear.yy}`);
      expect(form.caret('expiry')).to.equal(1);
    });

    it('replaces a selected group with the digit typed over it, caret after it', async () => {
      const form = await mount();
      await form.type('number', '4111222233334444');
      await form.focus('number', 5, 9); // "2222" selected
      await sendTyped(form, '9');
      expect(form.value('number')).to.equal('4111 9333 3444 4');
      expect(form.caret('number')).to.equal(6);
    });

    it('formats an expiry pasted as "12/2030" with a four-digit year', async () => {
      const form = await mount();
      await form.insertAsOneEdit('expiry', `12/${nextYear.yyyy}`);
      expect(form.value('expiry')).to.equal(`12 / ${nextYear.yy}`);
      expect(form.caret('expiry')).to.equal(7);
    });

    it('ignores letters typed into the expiry and the security code', async () => {
      const form = await mount();
      await form.type('expiry', '1a2b');
      await form.type('cvv', 'x1y2z3');
      expect(form.value('expiry')).to.equal('12 / ');
      expect(form.value('cvv')).to.equal('123');
    });
  });

  describe('autofill and IME', () => {
    /** What browser autofill does: write the value and fire an `input` event without inputType. */
    const autofill = (form: CardFormHarness, field: 'number' | 'expiry' | 'cvv' | 'holderName', value: string): void => {
      const input = form.input(field);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };

    for (const [shape, expiry] of [['MM/YY', `07/${nextYear.yy}`], ['MM/YYYY', `07/${nextYear.yyyy}`]] as const) {
      it(`accepts and formats an autofilled number, expiry as ${shape} and name`, async () => {
        const form = await mount();
        const submits = record(form.element, 'pay-card-submit');
        autofill(form, 'number', '4242424242424242');
        autofill(form, 'expiry', expiry);
        autofill(form, 'holderName', 'Ada Lovelace');
        await form.settle();
        expect(form.value('number')).to.equal('4242 4242 4242 4242');
        expect(form.value('expiry')).to.equal(`07 / ${nextYear.yy}`);
        expect(form.value('holderName')).to.equal('Ada Lovelace');
        await form.type('cvv', '123');
        await form.press('Enter');
        expect(submits).to.have.length(1);
        expect(submits[0]!.detail.card).to.deep.equal({
          holder_name: 'Ada Lovelace', number: '4242424242424242', expiry_month: '07', expiry_year: nextYear.yyyy, cvv: '123',
        });
      });
    }

    it('shows an autofilled number’s error at once, without waiting for a blur', async () => {
      const form = await mount();
      autofill(form, 'number', '4242 4242 4242 4241');
      await form.settle();
      expect(form.errorText('number')).to.equal('Your card number is invalid. Check the digits.');
      expect(form.input('number').getAttribute('aria-invalid')).to.equal('true');
    });

    it('leaves an IME composition alone and formats it, full-width digits included, when it ends', async () => {
      const form = await mount();
      const input = await form.focus('number');
      input.value = '４２４２４２';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertCompositionText', data: '４２４２４２', isComposing: true }));
      await form.settle();
      expect(input.value).to.equal('４２４２４２');
      input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true, data: '４２４２４２' }));
      await form.settle();
      expect(form.value('number')).to.equal('4242 42');
      expect(form.element.brand).to.equal('visa');
    });
  });

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

/** Types into whatever has focus, with real key events. */
async function sendTyped(form: CardFormHarness, text: string): Promise<void> {
  const { sendKeys } = await import('@web/test-runner-commands');
  await sendKeys({ type: text });
  await form.settle();
}
