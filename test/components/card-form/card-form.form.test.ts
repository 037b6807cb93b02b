import { expect, html } from '@open-wc/testing';
import '../../../src/components/card-form/pay-card-form.js';
import type { PayCardForm } from '../../../src/components/card-form/card-form.js';
import { CardFormHarness, fixtureAround, record, yearsFromNow } from '../../support/card-form-harness.js';
import { runFormConformance } from '../../support/form-conformance.js';

const nextYear = yearsFromNow(1);
const VALID = { number: '4242424242424242', expiry: `07${nextYear.yy}`, cvv: '123', holderName: 'Ada Lovelace' };

runFormConformance<PayCardForm>({
  tagName: 'pay-card-form',
  name: 'card',
  fill: (element) => new CardFormHarness(element).fill(VALID),
  // The deliberate form value: a safe summary of the card, never the number or the code.
  expectedEntries: () => [
    ['card[brand]', 'visa'],
    ['card[last4]', '4242'],
    ['card[expiry_month]', '07'],
    ['card[expiry_year]', nextYear.yyyy],
  ],
  forbiddenValues: () => [VALID.number, '424242424242', '4242 4242', `"${VALID.cvv}"`],
  isEmpty: (element) => {
    const form = new CardFormHarness(element);
    return (['number', 'expiry', 'cvv', 'holderName'] as const).every((field) => form.value(field) === '');
  },
  isDisabled: (element) => new CardFormHarness(element).input('number').disabled,
});

async function inForm(): Promise<{ form: HTMLFormElement; card: CardFormHarness; submits: number[] }> {
  const form = await fixtureAround<HTMLFormElement>(html`<form><pay-card-form name="card"></pay-card-form><button>Outer</button></form>`);
  const card = new CardFormHarness(form.querySelector('pay-card-form')!);
  const submits: number[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submits.push(Date.now());
  });
  return { form, card, submits };
}

describe('<pay-card-form> in a native form', () => {
  it('points the browser at the first invalid field', async () => {
    const { card } = await inForm();
    await card.fill({ number: VALID.number });
    expect(card.element.validationMessage).to.equal('Enter the expiry date.');
    expect(card.element.validity.valueMissing).to.equal(true);
    await card.type('expiry', '13');
    expect(card.element.validity.customError).to.equal(true);
    expect(card.element.validationMessage).to.equal('The expiry month must be between 01 and 12.');
  });

  it('shows every error when the form is checked and found invalid', async () => {
    const { form, card, submits } = await inForm();
    form.requestSubmit();
    await card.settle();
    expect(submits).to.have.length(0);
    expect(card.errorText('number')).to.equal('Enter your card number.');
    expect(card.element.matches(':state(user-invalid)')).to.equal(true);
  });

  it('Enter in a field submits the form when the card is valid, and emits pay-card-submit once', async () => {
    const { card, submits } = await inForm();
    const cardSubmits = record(card.element, 'pay-card-submit');
    await card.fill(VALID);
    await card.press('Enter');
    expect(submits).to.have.length(1);
    expect(cardSubmits).to.have.length(1);
    expect(cardSubmits[0]!.detail.card.number).to.equal(VALID.number);
    expect(card.element.pending).to.equal(true);
  });

  it('Enter in an invalid card submits nothing and focuses the first invalid field', async () => {
    const { card, submits } = await inForm();
    const cardSubmits = record(card.element, 'pay-card-submit');
    await card.fill({ number: VALID.number, holderName: 'Ada' });
    await card.press('Enter');
    await card.settle();
    expect(submits).to.have.length(0);
    expect(cardSubmits).to.have.length(0);
    expect(card.root.activeElement).to.equal(card.input('expiry'));
  });

  it('hands the card out when the form is submitted by its own button', async () => {
    const { form, card, submits } = await inForm();
    const cardSubmits = record(card.element, 'pay-card-submit');
    await card.fill(VALID);
    form.querySelector<HTMLButtonElement>('button')!.click();
    expect(submits).to.have.length(1);
    expect(cardSubmits).to.have.length(1);
  });

  it('stops a second form submission while the first is pending', async () => {
    const { form, card, submits } = await inForm();
    const cardSubmits = record(card.element, 'pay-card-submit');
    await card.fill(VALID);
    const button = form.querySelector<HTMLButtonElement>('button')!;
    button.click();
    button.click();
    expect(cardSubmits).to.have.length(1);
    expect(submits).to.have.length(1);
    card.element.pending = false;
    await card.settle();
    button.click();
    expect(cardSubmits).to.have.length(2);
    expect(submits).to.have.length(2);
  });

  it('exposes complete and pending as custom states', async () => {
    const { card } = await inForm();
    expect(card.element.matches(':state(complete)')).to.equal(false);
    await card.fill(VALID);
    expect(card.element.matches(':state(complete)')).to.equal(true);
    card.element.pending = true;
    await card.settle();
    expect(card.element.matches(':state(pending)')).to.equal(true);
  });
});
