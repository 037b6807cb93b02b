import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/card-form/pay-card-form.js';
import type { PayCardForm } from '../../src/components/card-form/card-form.js';
import { CardFormHarness, record, yearsFromNow } from '../support/card-form-harness.js';
import { assertFocusVisible, describe as describeElement, expectFocusOn, focusSettles, moveFocusTo, startFromTop, step, type } from '../support/keyboard.js';

const CARD = { number: '4242424242424242', expiry: `12${yearsFromNow(2).yy}`, cvv: '123', holderName: 'Ada Lovelace' };

/** The form between two buttons of the page, so Tab and Shift+Tab have somewhere to leave to. */
async function mount(): Promise<{ form: CardFormHarness; before: HTMLButtonElement; after: HTMLButtonElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">Before</button><pay-card-form amount="1234" currency="EUR"></pay-card-form><button id="after">After</button></div>`);
  const form = new CardFormHarness(wrapper.querySelector<PayCardForm>('pay-card-form')!);
  await form.settle();
  return { form, before: wrapper.querySelector('#before')!, after: wrapper.querySelector('#after')! };
}

/**
 * `<pay-card-form>` by keyboard alone: Tab through the fields, type, Enter submits, Shift+Tab
 * goes back, and errors are reached by keyboard — with a visible focus ring at every step.
 */
describe('<pay-card-form> by keyboard alone', () => {
  it('Tab visits number, expiry, security code, name and the pay button in order, then leaves the form', async () => {
    const { form, after } = await mount();
    startFromTop();
    await step('Tab');
    expectFocusOn(assertFocusVisible('first Tab'), document.querySelector('#before'), "document.querySelector('#before')");
    const order: Element[] = [];
    for (let i = 0; i < 5; i += 1) order.push(await step('Tab'));
    expect(order.map(describeElement)).to.deep.equal([form.input('number'), form.input('expiry'), form.input('cvv'), form.input('holderName'), form.button].map(describeElement));
    expectFocusOn(await step('Tab'), after, 'after');
  });

  it('types a whole card with Tab between fields and pays with Enter on the button', async () => {
    const { form } = await mount();
    const submits = record(form.element, 'pay-card-submit');
    startFromTop();
    await moveFocusTo((el) => el === form.input('number'), 'the card number');
    await type(CARD.number);
    await step('Tab');
    await type(CARD.expiry);
    await step('Tab');
    await type(CARD.cvv);
    await step('Tab');
    await type(CARD.holderName);
    expectFocusOn(await step('Tab'), form.button, 'form.button');
    expectFocusOn(await step('Enter', 'Enter on Pay'), form.button, 'the pay button while pending');
    expect(submits).to.have.length(1);
    expect(submits[0]!.detail.card).to.deep.include({ number: CARD.number, cvv: CARD.cvv, holder_name: CARD.holderName });
    expect(submits[0]!.detail.last4).to.equal('4242');
  });

  it('Enter inside a field submits a complete card', async () => {
    const { form } = await mount();
    const submits = record(form.element, 'pay-card-submit');
    startFromTop();
    await moveFocusTo((el) => el === form.input('number'), 'the card number');
    for (const [index, value] of [CARD.number, CARD.expiry, CARD.cvv, CARD.holderName].entries()) {
      if (index > 0) await step('Tab');
      await type(value);
    }
    await step('Enter', 'Enter in the name field');
    expect(submits).to.have.length(1);
    // The fields are disabled while the payment is sent: focus waits on the pay button, not the page.
    expectFocusOn(await focusSettles('while pending', (el) => el === form.button), form.button, 'the pay button');
    expect(form.button.getAttribute('aria-disabled')).to.equal('true');
  });

  it('Shift+Tab walks back through the fields, keeping what was typed, and out before the form', async () => {
    const { form, before } = await mount();
    startFromTop();
    await moveFocusTo((el) => el === form.input('number'), 'the card number');
    await type(CARD.number);
    await step('Tab');
    await type(CARD.expiry);
    await step('Tab');
    expectFocusOn(assertFocusVisible('on the security code'), form.input('cvv'), "form.input('cvv')");
    expectFocusOn(await step('Shift+Tab'), form.input('expiry'), "form.input('expiry')");
    expectFocusOn(await step('Shift+Tab'), form.input('number'), "form.input('number')");
    expect(form.value('number').replace(/\s/g, '')).to.equal(CARD.number);
    expect(form.value('expiry')).to.match(/^12 \/ \d\d$/);
    expectFocusOn(await step('Shift+Tab'), before, 'before');
  });

  it('Enter on Pay with an empty form shows every error and puts focus on the first field in error', async () => {
    const { form } = await mount();
    const submits = record(form.element, 'pay-card-submit');
    startFromTop();
    await moveFocusTo((el) => el === form.button, 'the pay button');
    await step('Enter', 'Enter on Pay');
    await focusSettles('after a refused submit', (el) => el === form.input('number'));
    expect(submits).to.have.length(0);
    for (const field of ['number', 'expiry', 'cvv', 'holderName'] as const) {
      expect(form.errorText(field), `${field} error`).to.not.equal('');
      expect(form.input(field).getAttribute('aria-invalid'), field).to.equal('true');
    }
    // Each error is reached with Tab: the field it belongs to, described by it.
    expect(form.description('number')).to.contain(form.errorText('number'));
    expectFocusOn(await step('Tab'), form.input('expiry'), "form.input('expiry')");
    expect(form.description('expiry')).to.contain(form.errorText('expiry'));
  });

  it('a wrong field is fixed by keyboard: Shift+Tab back to it, correct it, Enter pays', async () => {
    const { form } = await mount();
    const submits = record(form.element, 'pay-card-submit');
    startFromTop();
    await moveFocusTo((el) => el === form.input('number'), 'the card number');
    await type('4242424242424241'); // fails the Luhn check
    await step('Tab');
    expect(form.errorText('number'), 'the number error shows once the field is left').to.not.equal('');
    await type(CARD.expiry);
    expectFocusOn(await step('Shift+Tab'), form.input('number'), "form.input('number')");
    await step('End'); // Tab selects the field's whole text
    await step('Backspace');
    await type('2');
    await step('Tab');
    expect(form.errorText('number')).to.equal('');
    await step('Tab');
    await type(CARD.cvv);
    await step('Tab');
    await type(CARD.holderName);
    await step('Enter');
    expect(submits).to.have.length(1);
    expect(submits[0]!.detail.card.number).to.equal(CARD.number);
  });
});
