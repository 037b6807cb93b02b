/**
 * What shoppers and merchants hit with <pay-card-form>: deletion however it arrives,
 * right-to-left pages, validity checks that show nothing, brand changes under a typed
 * security code, the back/forward cache, brands we don't name, the merchant ending a
 * submit, focus events.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/card-form/pay-card-form.js';
import type { PayCardForm } from '../../../src/components/card-form/card-form.js';
import { CardFormHarness, fixtureAround, record, yearsFromNow } from '../../support/card-form-harness.js';

const nextYear = yearsFromNow(1);
const VALID = { number: '4242424242424242', expiry: `12${nextYear.yy}`, cvv: '123', holderName: 'Ada Lovelace' };
/** A Luhn-valid Troy number: a brand pay-elements doesn't name. */
const TROY = '9792000000000003';

async function mount(template = html`<pay-card-form></pay-card-form>`): Promise<CardFormHarness> {
  return new CardFormHarness(await fixture<PayCardForm>(template));
}

/**
 * A deletion as an Android keyboard or the context menu sends it: no Backspace keydown (key 229
 * or no key at all), only the editing command, which fires `beforeinput` and `input` with
 * `inputType` `deleteContentBackward` / `deleteContentForward`.
 */
async function deleteWithoutKey(form: CardFormHarness, command: 'delete' | 'forwardDelete'): Promise<void> {
  document.execCommand(command);
  await form.settle();
}

describe('<pay-card-form> for shoppers', () => {
  describe('deleting without a Backspace key', () => {
    it('deletes the month digit behind "12 / " with the caret at the end', async () => {
      const form = await mount();
      await form.type('expiry', '12');
      expect(form.value('expiry')).to.equal('12 / ');
      const keys = record(form.input('expiry'), 'keydown' as never);
      await form.focus('expiry');
      await deleteWithoutKey(form, 'delete');
      expect(keys).to.have.length(0);
      expect(form.value('expiry')).to.equal('1');
      await deleteWithoutKey(form, 'delete');
      expect(form.value('expiry')).to.equal('');
    });

    it('deletes the month digit even when the browser deletes by itself (a beforeinput it could not cancel, as on Android)', async () => {
      const form = await mount();
      await form.type('expiry', '12');
      await form.focus('expiry');
      // Our beforeinput never runs, so nothing cancels it: the browser removes the separator's
      // space itself and reports it with input (deleteContentBackward), as Android keyboards do.
      const hide = (event: Event) => event.stopPropagation();
      window.addEventListener('beforeinput', hide, { capture: true });
      try {
        await deleteWithoutKey(form, 'delete');
        expect(form.value('expiry')).to.equal('1');
        await deleteWithoutKey(form, 'delete');
        expect(form.value('expiry')).to.equal('');
      } finally {
        window.removeEventListener('beforeinput', hide, { capture: true });
      }
    });

    it('deletes the digit before a group space in the card number', async () => {
      const form = await mount();
      await form.type('number', '42424');
      expect(form.value('number')).to.equal('4242 4');
      await form.focus('number', 5); // just after the space
      await deleteWithoutKey(form, 'delete');
      expect(form.value('number')).to.equal('4244');
      expect(form.caret('number')).to.equal(3);
    });

    it('forward-deletes the digit after a separator', async () => {
      const form = await mount();
      await form.type('expiry', '1228');
      await form.focus('expiry', 2); // before " / "
      await deleteWithoutKey(form, 'forwardDelete');
      expect(form.value('expiry')).to.equal('12 / 8');
    });

    it('deletes a selection the same way', async () => {
      const form = await mount();
      await form.type('number', '42424242');
      await form.focus('number', 2, 6);
      await deleteWithoutKey(form, 'delete');
      expect(form.value('number')).to.equal('4224 2');
    });
  });

  describe('on a right-to-left page', () => {
    it('keeps the digits of the number, expiry and security code left to right, labels and layout right to left', async () => {
      const wrapper = await fixtureAround<HTMLDivElement>(html`<div dir="rtl" lang="ar"><pay-card-form></pay-card-form></div>`);
      const form = new CardFormHarness(wrapper.querySelector('pay-card-form')!);
      await form.fill({ number: VALID.number, expiry: VALID.expiry, cvv: VALID.cvv });
      for (const field of ['number', 'expiry', 'cvv'] as const) {
        expect(getComputedStyle(form.input(field)).direction, field).to.equal('ltr');
        expect(getComputedStyle(form.input(field)).textAlign, field).to.equal('right');
      }
      expect(getComputedStyle(form.input('holderName')).direction).to.equal('rtl');
      const label = form.input('number').labels![0]!;
      expect(getComputedStyle(label).direction).to.equal('rtl');
      // The expiry sits to the right of the security code: the grid follows the page.
      expect(form.input('expiry').getBoundingClientRect().left).to.be.greaterThan(form.input('cvv').getBoundingClientRect().left);
      // The brand mark sits at the page's end (left) of the number field, clear of the digits.
      const mark = form.brandMark.getBoundingClientRect();
      const number = form.input('number').getBoundingClientRect();
      expect(mark.left - number.left).to.be.lessThan(number.right - mark.right);
      expect(parseFloat(getComputedStyle(form.input('number')).paddingLeft)).to.be.greaterThan(mark.width);
    });
  });

  describe('validity checks', () => {
    it('answers checkValidity() on an untouched form without showing an error or emitting anything', async () => {
      const wrapper = await fixtureAround<HTMLFormElement>(html`<form><pay-card-form name="card"></pay-card-form></form>`);
      const form = new CardFormHarness(wrapper.querySelector('pay-card-form')!);
      const changes = record(form.element, 'pay-card-change');
      expect(wrapper.checkValidity()).to.equal(false);
      expect(form.element.checkValidity()).to.equal(false);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await form.quiet();
      expect(changes).to.have.length(0);
      for (const field of ['number', 'expiry', 'cvv', 'holderName'] as const) expect(form.errorText(field)).to.equal('');
      expect(form.element.matches(':state(user-invalid)')).to.equal(false);
      expect(form.announcer.textContent!.trim()).to.equal('');
    });

    it('shows nothing when the page checks validity as the shopper tabs into the form', async () => {
      // A merchant enabling its button from checkValidity() when the field before ours changes:
      // the Tab into our form lands in the same task as the invalid event.
      const wrapper = await fixtureAround<HTMLFormElement>(html`<form><input id="email" aria-label="Email"><pay-card-form name="card"></pay-card-form></form>`);
      const email = wrapper.querySelector<HTMLInputElement>('#email')!;
      email.addEventListener('change', () => wrapper.checkValidity());
      const form = new CardFormHarness(wrapper.querySelector('pay-card-form')!);
      const changes = record(form.element, 'pay-card-change');
      email.focus();
      await sendKeys({ type: 'a@b.eu' });
      await sendKeys({ press: 'Tab' });
      expect(form.element.shadowRoot!.activeElement, 'the Tab reached the number field').to.equal(form.input('number'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await form.quiet();
      for (const field of ['number', 'expiry', 'cvv', 'holderName'] as const) expect(form.errorText(field), field).to.equal('');
      expect(changes).to.have.length(0);
      expect(form.element.matches(':state(user-invalid)')).to.equal(false);
    });

    it('shows the errors on reportValidity()', async () => {
      const form = await mount();
      expect(form.element.reportValidity()).to.equal(false);
      await form.settle();
      expect(form.errorText('number')).to.equal('Enter your card number.');
    });
  });

  it('shows an error for a 4-digit security code when the number turns out to be Visa, keeping the digits', async () => {
    const form = await mount();
    await form.type('cvv', '1234');
    expect(form.value('cvv')).to.equal('1234');
    await form.type('number', VALID.number);
    expect(form.value('cvv')).to.equal('1234');
    expect(form.errorText('cvv')).to.equal('The security code must be 3 digits.');
    expect(form.element.complete).to.equal(false);
  });

  describe('back/forward cache', () => {
    it('is not left pending after a same-tab redirect, and forgets the number and security code', async () => {
      const form = await mount();
      await form.fill(VALID);
      await form.pay();
      expect(form.element.pending).to.equal(true);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await form.settle();
      expect(form.element.pending).to.equal(false);
      expect(form.button.disabled).to.equal(false);
      expect(form.value('number')).to.equal('');
      expect(form.value('cvv')).to.equal('');
      expect(form.value('holderName')).to.equal(VALID.holderName);
      expect(form.errorText('number')).to.equal('');
    });

    it('ignores a first page load', async () => {
      const form = await mount();
      await form.fill(VALID);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
      await form.settle();
      expect(form.value('number')).to.equal('4242 4242 4242 4242');
    });
  });

  describe('brands we do not name', () => {
    it('accepts a Luhn-valid Troy number when brands is not set, with no brand mark', async () => {
      const form = await mount();
      const submits = record(form.element, 'pay-card-submit');
      const changes = record(form.element, 'pay-card-change');
      await form.fill({ ...VALID, number: TROY });
      await form.leave('holderName');
      expect(form.errorText('number')).to.equal('');
      expect(form.brandMark.getAttribute('aria-label')).to.equal('Card brand not recognised yet');
      expect(changes.at(-1)!.detail).to.deep.include({ brand: null, complete: true, bin: '979200' });
      await form.pay();
      expect(submits).to.have.length(1);
      expect(submits[0]!.detail.brand).to.equal(null);
      expect(submits[0]!.detail.card.number).to.equal(TROY);
      expect(submits[0]!.detail.last4).to.equal('0003');
    });

    it('refuses it when brands is set', async () => {
      const form = await mount(html`<pay-card-form brands="visa mastercard"></pay-card-form>`);
      await form.type('number', TROY);
      await form.leave('number');
      expect(form.errorText('number')).to.equal('This card brand is not recognised.');
    });

    it('refuses a Troy-like number that fails Luhn', async () => {
      const form = await mount();
      await form.type('number', '9792000000000004');
      await form.leave('number');
      expect(form.errorText('number')).to.equal('Your card number is invalid. Check the digits.');
    });
  });

  describe('the merchant ends the submit', () => {
    it('shows and announces a decline, keeps the card, and lets the shopper retry', async () => {
      const form = await mount();
      const submits = record(form.element, 'pay-card-submit');
      await form.fill(VALID);
      await form.pay();
      expect(form.element.pending).to.equal(true);
      const said = form.recordAnnouncements();
      form.element.endSubmit({ error: 'Your bank declined the payment.' });
      await form.quiet();
      expect(form.element.pending).to.equal(false);
      expect(form.root.querySelector('[part~="submit-error"]')!.textContent!.trim()).to.equal('Your bank declined the payment.');
      expect(said).to.deep.equal(['Your bank declined the payment.']);
      expect(form.value('number')).to.equal('4242 4242 4242 4242');
      await expect(form.element).to.be.accessible();
      await form.pay();
      expect(submits).to.have.length(2);
      expect(form.root.querySelector('[part~="submit-error"]')).to.equal(null);
    });

    it('ends pending without a message on endSubmit()', async () => {
      const form = await mount();
      await form.fill(VALID);
      await form.pay();
      form.element.endSubmit();
      await form.settle();
      expect(form.element.pending).to.equal(false);
      expect(form.root.querySelector('[part~="submit-error"]')).to.equal(null);
    });
  });

  describe('focus', () => {
    it('emits pay-card-focus and pay-card-blur with the field as the shopper tabs through', async () => {
      const form = await mount();
      const focus = record(form.element, 'pay-card-focus');
      const blur = record(form.element, 'pay-card-blur');
      await form.focus('number');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await form.settle();
      expect(focus.map((event) => event.detail.field)).to.deep.equal(['number', 'expiry', 'cvv']);
      expect(blur.map((event) => event.detail.field)).to.deep.equal(['number', 'expiry']);
      expect(focus[0]!.bubbles && focus[0]!.composed).to.equal(true);
    });

    it('focusField() moves focus to a field', async () => {
      const form = await mount();
      form.element.focusField('cvv');
      expect(form.root.activeElement).to.equal(form.input('cvv'));
      form.element.focusField('holderName');
      expect(form.root.activeElement).to.equal(form.input('holderName'));
    });
  });
});
