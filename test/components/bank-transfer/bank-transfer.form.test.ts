import { expect, html } from '@open-wc/testing';
import { runFormConformance } from '../../support/form-conformance.js';
import type { PayBankTransfer } from '../../../src/components/bank-transfer/bank-transfer.js';
import {
  BankTransferHarness, DETAILS, ORDER_ID, REFERENCE, SENDER, fixtureAround, record,
} from './bank-transfer-harness.js';

runFormConformance<PayBankTransfer>({
  tagName: 'pay-bank-transfer',
  name: 'transfer',
  // As a merchant does: the order and the beneficiary details are given before use.
  configure: (element) => {
    element.orderId = ORDER_ID;
    element.details = DETAILS;
  },
  fill: (element) => new BankTransferHarness(element).fill({ account: SENDER.typed, reference: `  ${REFERENCE} ` }),
  // The submitted event's detail, normalised: no spaces, the IBAN upper case, the reference trimmed.
  expectedEntries: () => [
    ['transfer[orderId]', ORDER_ID],
    ['transfer[senderAccountNumber]', SENDER.normalised],
    ['transfer[transactionReference]', REFERENCE],
  ],
  isEmpty: (element) => {
    const form = new BankTransferHarness(element);
    return form.input('senderAccountNumber').value === '' && form.input('transactionReference').value === '';
  },
  isDisabled: (element) => new BankTransferHarness(element).input('senderAccountNumber').disabled,
});

describe('<pay-bank-transfer> in a native form', () => {
  async function inForm(): Promise<{ form: HTMLFormElement; transfer: BankTransferHarness; submits: number[] }> {
    const form = await fixtureAround<HTMLFormElement>(html`<form><test-configured-bank-transfer name="transfer"></test-configured-bank-transfer></form>`);
    const transfer = new BankTransferHarness(form.querySelector('test-configured-bank-transfer')!);
    const submits: number[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits.push(Date.now());
    });
    return { form, transfer, submits };
  }

  it('points the browser at the first invalid field with its message', async () => {
    const { transfer } = await inForm();
    expect(transfer.element.validationMessage).to.equal('Enter the account number or IBAN you paid from.');
    expect(transfer.element.validity.valueMissing).to.equal(true);
    await transfer.fill({ account: '12345678', reference: 'AB1' });
    expect(transfer.element.validity.customError).to.equal(true);
    expect(transfer.element.validationMessage).to.equal('A reference has at least 6 characters.');
  });

  it('Enter in a field submits the form once and emits pay-bank-transfer-submitted once', async () => {
    const { transfer, submits } = await inForm();
    const events = record(transfer.element, 'pay-bank-transfer-submitted');
    await transfer.fill({ account: SENDER.typed, reference: REFERENCE });
    await transfer.press('Enter');
    expect(submits).to.have.length(1);
    expect(events.map((event) => event.detail)).to.deep.equal([
      { orderId: ORDER_ID, senderAccountNumber: SENDER.normalised, transactionReference: REFERENCE },
    ]);
  });

  it('a second submission of the form while pending is stopped', async () => {
    const { form, transfer, submits } = await inForm();
    const events = record(transfer.element, 'pay-bank-transfer-submitted');
    await transfer.fill({ account: SENDER.typed, reference: REFERENCE });
    form.requestSubmit();
    form.requestSubmit();
    await transfer.settle();
    expect(submits).to.have.length(1);
    expect(events).to.have.length(1);
  });

  it('shows every error when the form is submitted invalid', async () => {
    const { form, transfer, submits } = await inForm();
    form.requestSubmit();
    await transfer.settle();
    expect(submits).to.have.length(0);
    expect(transfer.errorText('senderAccountNumber')).to.equal('Enter the account number or IBAN you paid from.');
    expect(transfer.errorText('transactionReference')).to.equal('Enter the transfer’s reference.');
    expect(transfer.element.matches(':state(user-invalid)')).to.equal(true);
  });
});
