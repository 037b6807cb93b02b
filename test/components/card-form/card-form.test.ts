import { expect, html } from '@open-wc/testing';
import '../../../src/components/card-form/pay-card-form.js';
import { lastMonth, record, thisMonth, yearsFromNow } from '../../support/card-form-harness.js';
import { CARDS, VALID, grouped, mount, nextYear } from './card-form-fixtures.js';

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
});
