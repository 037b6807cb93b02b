import { expect } from '@open-wc/testing';
import { createElement, createRef, useState } from 'react';
import { PayCardForm } from '../../src/react/index.js';
import { PayCardForm as PayCardFormElement } from '../../src/components/card-form/card-form.js';
import type { PayCardChangeDetail, PayCardSubmitDetail } from '../../src/core/events.js';
import { CardFormHarness, yearsFromNow } from '../support/card-form-harness.js';
import { act, cleanup, render, watchReactErrors, type Rendered } from './render.js';

const nextYear = yearsFromNow(1);
const VALID = { number: '4242424242424242', expiry: `12${nextYear.yy}`, cvv: '123', holderName: 'Ada Lovelace' };

/** The <pay-card-form> a render produced, driven through the shared harness. */
async function cardForm(rendered: Rendered): Promise<CardFormHarness> {
  const element = rendered.container.querySelector('pay-card-form');
  if (!element) throw new Error('no <pay-card-form> rendered');
  await element.updateComplete;
  return new CardFormHarness(element);
}

describe('React <PayCardForm>', () => {
  watchReactErrors();
  afterEach(async () => {
    expect(await cleanup(), 'React console errors').to.deep.equal([]);
  });

  it('defines <pay-card-form> by being imported', () => {
    expect(customElements.get('pay-card-form')).to.equal(PayCardFormElement);
  });

  it('renders the element with amount and currency as properties, labelling the pay button', async () => {
    const form = await cardForm(await render(createElement(PayCardForm, { amount: 5000, currency: 'EUR' })));
    expect(form.element).to.be.instanceOf(PayCardFormElement);
    expect(form.element.amount).to.equal(5000);
    expect(form.element.currency).to.equal('EUR');
    expect(form.button.textContent!.trim()).to.equal('Pay €50.00');
  });

  it('hands the exact Glomo card object to onPayCardSubmit when the shopper types a card and presses Enter', async () => {
    const submits: PayCardSubmitDetail[] = [];
    const onPayCardSubmit = (event: CustomEvent<PayCardSubmitDetail>) => submits.push(event.detail);
    const form = await cardForm(await render(createElement(PayCardForm, { amount: 5000, currency: 'EUR', onPayCardSubmit })));
    await form.fill(VALID);
    await form.press('Enter');
    expect(submits).to.deep.equal([
      {
        card: { holder_name: 'Ada Lovelace', number: '4242424242424242', expiry_month: '12', expiry_year: nextYear.yyyy, cvv: '123' },
        brand: 'visa',
        last4: '4242',
      },
    ]);
    expect(form.element.pending).to.equal(true);
  });

  it('calls onPayCardChange as the shopper types, with the brand and no card digits beyond the BIN', async () => {
    const changes: PayCardChangeDetail[] = [];
    const form = await cardForm(await render(createElement(PayCardForm, { onPayCardChange: (event) => changes.push(event.detail) })));
    await form.type('number', '42');
    expect(changes).to.have.length(2);
    expect(changes[1]).to.deep.equal({ brand: 'visa', complete: false, bin: null, errors: {} });
    await form.fill({ number: VALID.number.slice(2), expiry: VALID.expiry, cvv: VALID.cvv, holderName: VALID.holderName });
    expect(changes.at(-1)).to.deep.equal({ brand: 'visa', complete: true, bin: VALID.number.slice(0, 6), errors: {} });
    for (const { bin, ...rest } of changes) {
      expect([null, VALID.number.slice(0, 6)]).to.include(bin);
      expect(JSON.stringify(rest)).to.not.match(/\d{3,}/);
    }
  });

  it('passes re-rendered props to the element: pending, then a new amount', async () => {
    const rendered = await render(createElement(PayCardForm, { amount: 5000, currency: 'EUR', pending: true }));
    const form = await cardForm(rendered);
    expect(form.element.pending).to.equal(true);
    expect(form.element.hasAttribute('pending')).to.equal(true);
    expect(form.button.textContent!.trim()).to.equal('Processing payment…');
    expect(form.input('number').disabled).to.equal(true);

    await rendered.rerender(createElement(PayCardForm, { amount: 1250, currency: 'EUR', pending: false }));
    await form.settle();
    expect(form.element.pending).to.equal(false);
    expect(form.element.hasAttribute('pending')).to.equal(false);
    expect(form.button.textContent!.trim()).to.equal('Pay €12.50');
    expect(form.input('number').disabled).to.equal(false);
  });

  it('calls the handler of the latest render only', async () => {
    const first: string[] = [];
    const second: string[] = [];
    const rendered = await render(createElement(PayCardForm, { onPayCardChange: () => first.push('change') }));
    const form = await cardForm(rendered);
    await form.type('number', '4');
    await rendered.rerender(createElement(PayCardForm, { onPayCardChange: () => second.push('change') }));
    await form.type('number', '2');
    expect(first).to.have.length(1);
    expect(second).to.have.length(1);
  });

  it('drives React state from a submit: the app shows the last four digits and passes pending back', async () => {
    function Checkout() {
      const [paid, setPaid] = useState<PayCardSubmitDetail | null>(null);
      return createElement(
        'div',
        null,
        createElement(PayCardForm, { amount: 5000, currency: 'EUR', pending: paid !== null, onPayCardSubmit: (event) => setPaid(event.detail) }),
        createElement('p', { role: 'status' }, paid ? `Paying with ${paid.brand} ending ${paid.last4}` : ''),
      );
    }
    const rendered = await render(createElement(Checkout));
    const form = await cardForm(rendered);
    await form.fill(VALID);
    await act(async () => form.press('Enter'));
    expect(rendered.container.querySelector('[role="status"]')!.textContent).to.equal('Paying with visa ending 4242');
    expect(form.element.pending).to.equal(true);
  });

  it('forwards a ref to the element instance', async () => {
    const ref = createRef<PayCardFormElement>();
    const rendered = await render(createElement(PayCardForm, { ref, currency: 'EUR' }));
    expect(ref.current).to.equal(rendered.container.querySelector('pay-card-form'));
    expect(ref.current).to.be.instanceOf(PayCardFormElement);
  });
});
