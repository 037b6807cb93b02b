import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/bank-transfer/pay-bank-transfer.js';
import '../../src/components/voucher-choice/pay-voucher-choice.js';
import type { PayBankTransfer } from '../../src/components/bank-transfer/pay-bank-transfer.js';
import type { PayVoucherChoice } from '../../src/components/voucher-choice/pay-voucher-choice.js';
import { BankTransferHarness, DETAILS, ORDER_ID, REFERENCE, SENDER } from '../components/bank-transfer/bank-transfer-harness.js';
import { VoucherChoiceHarness } from '../components/voucher-choice/voucher-choice-harness.js';
import { record } from '../support/card-form-harness.js';
import { expectFocusOn, focusSettles, moveFocusTo, startFromTop, step, type, until, watchFocusLoss } from '../support/keyboard.js';

/**
 * The two forms of the hosted flows by keyboard alone: `<pay-bank-transfer>` (Glomo's bank
 * transfer: copy the beneficiary's details, fill the sender's, submit) and `<pay-voucher-choice>`
 * (PayGlobe's meal-voucher split: arrow keys between the options, the amount typed, submit).
 * Focus is visible at every step and never falls to the page.
 */
describe('bank transfer and voucher choice by keyboard alone', function () {
  this.timeout(20_000);
  const originalWriteText = navigator.clipboard.writeText;
  afterEach(() => Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: originalWriteText }));

  it('bank transfer: copy the IBAN with Space and the reference with Enter, fill both fields, Enter submits', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: (text: string) => { copied.push(text); return Promise.resolve(); } });
    const transfer = new BankTransferHarness(await fixture<PayBankTransfer>(html`<pay-bank-transfer order-id=${ORDER_ID} .details=${DETAILS}></pay-bank-transfer>`));
    const submitted = record(transfer.element, 'pay-bank-transfer-submitted');
    const losses = watchFocusLoss();
    startFromTop();
    await moveFocusTo((el) => el === transfer.copyButton('iban'), 'the IBAN copy button');
    await step('Space', 'Space on copy IBAN');
    await moveFocusTo((el) => el === transfer.copyButton('reference'), 'the reference copy button');
    await step('Enter', 'Enter on copy reference');
    await until(() => copied.length === 2, 'two copies');
    expect(copied).to.deep.equal([DETAILS.iban!.replace(/\s/g, ''), DETAILS.reference]);

    await moveFocusTo((el) => el === transfer.input('senderAccountNumber'), 'the sender account field');
    await type(SENDER.typed);
    expectFocusOn(await step('Tab'), transfer.input('transactionReference'), 'the transaction reference');
    await type(REFERENCE);
    expectFocusOn(await step('Shift+Tab'), transfer.input('senderAccountNumber'), 'back on the sender account');
    expectFocusOn(await step('Tab'), transfer.input('transactionReference'), 'the transaction reference');
    await step('Enter', 'Enter in the reference field');
    expect(submitted).to.have.length(1);
    expect(submitted[0]!.detail).to.deep.equal({ orderId: ORDER_ID, senderAccountNumber: SENDER.normalised, transactionReference: REFERENCE });
    await focusSettles('the submitted notice', (el) => el === transfer.submittedNotice);
    expect(losses.stop()).to.deep.equal([]);
  });

  it('bank transfer: Enter on the button with empty fields puts focus on the first field in error', async () => {
    const transfer = new BankTransferHarness(await fixture<PayBankTransfer>(html`<pay-bank-transfer order-id=${ORDER_ID} .details=${DETAILS}></pay-bank-transfer>`));
    startFromTop();
    await moveFocusTo((el) => el === transfer.button, 'the submit button', 'Tab', 25);
    await step('Enter', 'Enter on submit');
    await focusSettles('the first field in error', (el) => el === transfer.input('senderAccountNumber'));
    expect(transfer.errorText('senderAccountNumber')).to.not.equal('');
    expectFocusOn(await step('Tab'), transfer.input('transactionReference'), 'the next field in error');
    expect(transfer.errorText('transactionReference')).to.not.equal('');
  });

  it('voucher choice: arrow keys move between the options, the amount is typed, Enter on the button submits', async () => {
    const choice = new VoucherChoiceHarness(await fixture<PayVoucherChoice>(html`<pay-voucher-choice total="15000" currency="EUR" voucher-balance="5000"></pay-voucher-choice>`));
    const submits = record(choice.element, 'pay-voucher-submit');
    const losses = watchFocusLoss();
    startFromTop();
    const first = await step('Tab');
    expect(choice.radios, 'Tab lands on an option').to.include(first);
    const start = choice.radios.indexOf(first as HTMLInputElement);
    const down = await step('ArrowDown');
    expectFocusOn(down, choice.radios[(start + 1) % choice.radios.length]!, 'ArrowDown: the next option');
    expect((down as HTMLInputElement).checked, 'ArrowDown checks it').to.equal(true);
    const up = await step('ArrowUp');
    expectFocusOn(up, choice.radios[start]!, 'ArrowUp: back');

    // To the split option, then into its amount.
    for (let i = 0; i < choice.radios.length && choice.checked !== 'CARD_AND_VOUCHER'; i += 1) await step('ArrowDown');
    expect(choice.checked).to.equal('CARD_AND_VOUCHER');
    await until(() => choice.amountInput, 'the voucher amount field');
    expectFocusOn(await step('Tab'), choice.amountInput, 'the voucher amount');
    await type('20');
    await moveFocusTo((el) => el === choice.button, 'the submit button');
    await step('Enter', 'Enter on submit');
    expect(submits).to.have.length(1);
    expect(submits[0]!.detail).to.deep.include({ paymentMethod: 'CARD_AND_VOUCHER' });
    expect(submits[0]!.detail.voucher).to.deep.equal({ amount: 2000, currency: 'EUR' });
    expect(submits[0]!.detail.card).to.deep.equal({ amount: 13000, currency: 'EUR' });
    await focusSettles('after submitting', (el) => el === choice.button);
    expect(losses.stop()).to.deep.equal([]);
  });

  it('voucher choice: Space checks an option reached with Shift+Tab from the button', async () => {
    const choice = new VoucherChoiceHarness(await fixture<PayVoucherChoice>(html`<pay-voucher-choice total="15000" currency="EUR" voucher-balance="20000" method="CARD_ONLY"></pay-voucher-choice>`));
    const submits = record(choice.element, 'pay-voucher-submit');
    startFromTop();
    await moveFocusTo((el) => el === choice.button, 'the submit button');
    const back = await step('Shift+Tab');
    expect(choice.radios, 'Shift+Tab lands on the chosen option').to.include(back);
    await step('ArrowDown');
    await step('ArrowDown');
    expect(choice.checked).to.equal('VOUCHER_ONLY');
    await moveFocusTo((el) => el === choice.button, 'the submit button');
    await step('Space', 'Space on submit');
    expect(submits).to.have.length(1);
    expect(submits[0]!.detail.paymentMethod).to.equal('VOUCHER_ONLY');
  });
});
