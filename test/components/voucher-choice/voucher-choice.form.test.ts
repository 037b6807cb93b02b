import { expect, html } from '@open-wc/testing';
import '../../../src/components/voucher-choice/pay-voucher-choice.js';
import type { PayVoucherChoice } from '../../../src/components/voucher-choice/voucher-choice.js';
import { runFormConformance } from '../../support/form-conformance.js';
import { fixtureAround, record, VoucherChoiceHarness } from './voucher-choice-harness.js';

runFormConformance<PayVoucherChoice>({
  tagName: 'pay-voucher-choice',
  name: 'split',
  // The merchant sets the total (as after PayGlobe's pre-authorisation); the shopper splits it.
  fill: async (element) => {
    element.total = 15000;
    element.currency = 'EUR';
    element.voucherBalance = 8000;
    const choice = new VoucherChoiceHarness(element);
    await choice.settle();
    await choice.split('50');
  },
  expectedEntries: () => [
    ['split[paymentMethod]', 'CARD_AND_VOUCHER'],
    ['split[voucher]', '5000'],
    ['split[card]', '10000'],
  ],
  isEmpty: (element) => {
    const choice = new VoucherChoiceHarness(element);
    return choice.checked === null && (choice.amountInput?.value ?? '') === '';
  },
  isDisabled: (element) => new VoucherChoiceHarness(element).radios.every((radio) => radio.disabled),
});

async function inForm(attributes = html`<pay-voucher-choice name="split" total="15000" currency="EUR"></pay-voucher-choice>`) {
  const form = await fixtureAround<HTMLFormElement>(html`<form>${attributes}<button id="outer">Pay</button></form>`);
  const choice = new VoucherChoiceHarness(form.querySelector('pay-voucher-choice')!);
  const submits: number[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submits.push(submits.length);
  });
  return { form, choice, submits };
}

describe('<pay-voucher-choice> in a native form', () => {
  it('points the browser at the missing choice, then at a wrong amount', async () => {
    const { choice } = await inForm();
    expect(choice.element.validity.valueMissing).to.equal(true);
    expect(choice.element.validationMessage).to.equal('Choose how you want to pay.');
    await choice.split('151');
    expect(choice.element.validity.customError).to.equal(true);
    expect(choice.element.validationMessage).to.equal('Enter less than €150.00, or choose “All with meal vouchers”.');
  });

  it('emits pay-voucher-submit when the surrounding form is submitted, once however often', async () => {
    const { form, choice, submits } = await inForm();
    const handedOut = record(choice.element, 'pay-voucher-submit');
    await choice.choose('VOUCHER_ONLY');
    const outer = form.querySelector<HTMLButtonElement>('#outer')!;
    await choice.click(outer);
    await choice.click(outer);
    form.requestSubmit();
    expect(handedOut.map((e) => e.detail)).to.deep.equal([
      { total: { amount: 15000, currency: 'EUR' }, card: { amount: 0, currency: 'EUR' }, voucher: { amount: 15000, currency: 'EUR' }, paymentMethod: 'VOUCHER_ONLY' },
    ]);
    expect(submits).to.have.length(1);
  });

  it('its own button and Enter request the form’s submission', async () => {
    const { choice, submits } = await inForm();
    const handedOut = record(choice.element, 'pay-voucher-submit');
    await choice.split('25');
    await choice.press('Enter');
    expect(submits).to.have.length(1);
    expect(handedOut).to.have.length(1);
    expect(new FormData(choice.element.form!).get('split[card]')).to.equal('12500');
  });

  it('shows every error when the form is submitted invalid', async () => {
    const { form, choice, submits } = await inForm();
    form.requestSubmit();
    await choice.settle();
    expect(submits).to.have.length(0);
    expect(choice.errorText('method')).to.equal('Choose how you want to pay.');
    expect(choice.element.matches(':state(user-invalid)')).to.equal(true);
  });

  it('checkValidity() on an untouched form shows nothing', async () => {
    const { form, choice } = await inForm();
    expect(form.checkValidity()).to.equal(false);
    await choice.settle();
    expect(choice.errorText('method')).to.equal('');
  });

  it('returns to the preselection on form reset', async () => {
    const { form, choice } = await inForm(
      html`<pay-voucher-choice name="split" total="15000" currency="EUR" method="CARD_AND_VOUCHER" voucher-amount="2000"></pay-voucher-choice>`,
    );
    expect(new FormData(form).get('split[voucher]')).to.equal('2000');
    await choice.choose('CARD_ONLY');
    expect(new FormData(form).get('split[voucher]')).to.equal('0');
    form.reset();
    await choice.settle();
    expect(choice.checked).to.equal('CARD_AND_VOUCHER');
    expect(choice.amountInput!.value).to.equal('20.00');
    expect(new FormData(form).get('split[voucher]')).to.equal('2000');
  });
});
