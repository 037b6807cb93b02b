import { expect, waitUntil, html } from '@open-wc/testing';
import '../../../src/components/card-form/pay-card-form.js';
import { CardFormHarness, fixtureAround, record } from '../../support/card-form-harness.js';
import { VALID, mount, nextYear, sendTyped } from './card-form-fixtures.js';

describe('<pay-card-form>: events, pending, editing', () => {
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
});
