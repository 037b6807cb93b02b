import { expect, html } from '@open-wc/testing';
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import '../../../src/components/bank-transfer/pay-bank-transfer.js';
import { deriveBankTransferState, emptyBankTransferValues } from '../../../src/components/bank-transfer/bank-transfer-state.js';
import { groupIban } from '../../../src/components/bank-transfer/bank-details.js';
import { normaliseAccount, validateAccount, validateReference } from '../../../src/components/bank-transfer/validate.js';
import { DETAILS, ORDER_ID, mount, record, type BankTransferHarness } from './bank-transfer-harness.js';

const mountForm = () => mount(html`<pay-bank-transfer order-id=${ORDER_ID} .details=${DETAILS}></pay-bank-transfer>`);

/** Types a value into a field and leaves it with Tab: the final error, as the shopper sees it. */
async function errorAfterLeaving(transfer: BankTransferHarness, field: 'senderAccountNumber' | 'transactionReference', text: string): Promise<string> {
  await transfer.type(field, text);
  await transfer.leave(field);
  return transfer.errorText(field);
}

/** Submits a valid reference with `account` and returns the account handed out (or null). */
async function submittedAccount(account: string): Promise<string | null> {
  const transfer = await mountForm();
  const events = record(transfer.element, 'pay-bank-transfer-submitted');
  await transfer.fill({ account, reference: 'UTR123456' });
  await transfer.pay();
  return events[0]?.detail.senderAccountNumber ?? null;
}

describe('<pay-bank-transfer> sender account: IBANs', () => {
  it('accepts a valid IBAN typed in lower case with spaces, and hands it out compact and upper case', async () => {
    expect(await submittedAccount('de89 3704 0044 0532 0130 00')).to.equal('DE89370400440532013000');
  });

  it('refuses an IBAN with wrong check digits, once the field is left', async () => {
    const transfer = await mountForm();
    await transfer.type('senderAccountNumber', 'DE88370400440532013000');
    expect(transfer.errorText('senderAccountNumber')).to.equal('');
    await transfer.leave('senderAccountNumber');
    expect(transfer.errorText('senderAccountNumber')).to.equal('This IBAN is invalid: check the digits against your bank statement.');
    expect(transfer.input('senderAccountNumber').getAttribute('aria-invalid')).to.equal('true');
  });

  it('refuses an IBAN one character short for its country, naming both lengths', async () => {
    const transfer = await mountForm();
    expect(await errorAfterLeaving(transfer, 'senderAccountNumber', 'DE89 3704 0044 0532 0130 0')).to.equal('A DE IBAN has 22 characters; this one has 21.');
  });

  it('says an IBAN is too long for its country while it is still being typed', async () => {
    const transfer = await mountForm();
    await transfer.type('senderAccountNumber', 'DE89 3704 0044 0532 0130 001');
    expect(transfer.errorText('senderAccountNumber')).to.equal('A DE IBAN has 22 characters; this one has 23.');
  });

  it('refuses a country code that has no IBANs', async () => {
    const transfer = await mountForm();
    expect(await errorAfterLeaving(transfer, 'senderAccountNumber', 'XX12 3456 7890')).to.equal('No IBAN starts with XX: check the country code.');
  });

  it('the error goes while the shopper corrects it, and stays away once valid', async () => {
    const transfer = await mountForm();
    await errorAfterLeaving(transfer, 'senderAccountNumber', 'GB82WEST1234569876543');
    expect(transfer.errorText('senderAccountNumber')).to.not.equal('');
    await transfer.type('senderAccountNumber', '2');
    expect(transfer.errorText('senderAccountNumber')).to.equal('');
    await transfer.leave('senderAccountNumber');
    expect(transfer.errorText('senderAccountNumber')).to.equal('');
  });
});

describe('<pay-bank-transfer> sender account: other account numbers', () => {
  it('accepts 6–34 letters and digits, spaces removed, case kept', async () => {
    expect(await submittedAccount('1234 5678 90')).to.equal('1234567890');
    expect(await submittedAccount('abc123456')).to.equal('abc123456');
  });

  it('refuses fewer than 6 characters once left', async () => {
    const transfer = await mountForm();
    expect(await errorAfterLeaving(transfer, 'senderAccountNumber', '12345')).to.equal('An account number has at least 6 letters and digits.');
  });

  it('refuses more than 34 characters as soon as typed', async () => {
    const transfer = await mountForm();
    await transfer.type('senderAccountNumber', '1'.repeat(35));
    expect(transfer.errorText('senderAccountNumber')).to.equal('An account number has at most 34 letters and digits.');
  });

  it('refuses punctuation as soon as typed, and announces it once', async () => {
    const transfer = await mountForm();
    const said = transfer.recordAnnouncements();
    await transfer.type('senderAccountNumber', '1234-56');
    await transfer.quiet();
    expect(transfer.errorText('senderAccountNumber')).to.equal('An account number has only letters and digits.');
    expect(said).to.deep.equal(['An account number has only letters and digits.']);
  });
});

describe('<pay-bank-transfer> transaction reference', () => {
  it('accepts letters, digits, - and /, trimmed', async () => {
    const transfer = await mountForm();
    const events = record(transfer.element, 'pay-bank-transfer-submitted');
    await transfer.fill({ account: '12345678', reference: '  UTR-2024/0001  ' });
    await transfer.pay();
    expect(events[0]!.detail.transactionReference).to.equal('UTR-2024/0001');
  });

  const refused: [string, string, string][] = [
    ['fewer than 6 characters', 'AB12', 'A reference has at least 6 characters.'],
    ['more than 35 characters', 'A'.repeat(36), 'A reference has at most 35 characters.'],
    ['a space inside', 'UTR 123456', 'A reference has only letters, digits, - and /.'],
    ['other punctuation', 'UTR#123456', 'A reference has only letters, digits, - and /.'],
  ];
  for (const [what, text, message] of refused) {
    it(`refuses ${what}`, async () => {
      const transfer = await mountForm();
      expect(await errorAfterLeaving(transfer, 'transactionReference', text)).to.equal(message);
    });
  }

  it('accepts exactly 6 and exactly 35 characters', () => {
    expect(validateReference('A1-/B2', true)).to.equal(null);
    expect(validateReference('A'.repeat(35), true)).to.equal(null);
  });
});

describe('bank transfer checks without a DOM', () => {
  it('agrees with ibantools on valid and invalid IBANs of several countries', () => {
    const ibans = [
      'DE89370400440532013000', 'GB82WEST12345698765432', 'FR1420041010050500013M02606', 'NL91ABNA0417164300',
      'BE68539007547034', 'IT60X0542811101000000123456', 'DE88370400440532013000', 'NL92ABNA0417164300', 'BE6853900754703',
    ];
    for (const iban of ibans) {
      const ours = validateAccount(normaliseAccount(iban.toLowerCase()), true) === null;
      expect(ours, iban).to.equal(isValidIBAN(electronicFormatIBAN(iban)!));
    }
  });

  it('derives the state once: errors, what shows, and the submission', () => {
    const values = { ...emptyBankTransferValues(), senderAccountNumber: 'de89 3704 0044 0532 0130 00', transactionReference: ' UTR1234 ' };
    const state = deriveBankTransferState({ values, showing: new Set() });
    expect(state.complete).to.equal(true);
    expect(state.submission).to.deep.equal({ senderAccountNumber: 'DE89370400440532013000', transactionReference: 'UTR1234' });
    const empty = deriveBankTransferState({ values: emptyBankTransferValues(), showing: new Set(['transactionReference']) });
    expect(empty.errors).to.deep.equal({ senderAccountNumber: 'required', transactionReference: 'required' });
    expect(empty.visible).to.deep.equal({ transactionReference: 'required' });
  });

  it('groups an IBAN by four', () => {
    expect(groupIban('FR1420041010050500013M02606')).to.equal('FR14 2004 1010 0505 0001 3M02 606');
  });
});
