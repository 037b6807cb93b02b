import { expect, html } from '@open-wc/testing';
import '../../../src/components/bank-transfer/pay-bank-transfer.js';
import { DETAILS, ORDER_ID, REFERENCE, SENDER, mount } from './bank-transfer-harness.js';

const mountForm = () => mount(html`<pay-bank-transfer order-id=${ORDER_ID} .details=${DETAILS}></pay-bank-transfer>`);

describe('<pay-bank-transfer> accessibility', () => {
  it('passes axe when empty', async () => {
    const transfer = await mountForm();
    await expect(transfer.element).to.be.accessible();
  });

  it('passes axe with errors showing', async () => {
    const transfer = await mountForm();
    await transfer.type('senderAccountNumber', 'DE88370400440532013000');
    transfer.element.submit();
    await transfer.quiet();
    expect(transfer.errorText('senderAccountNumber')).to.not.equal('');
    expect(transfer.errorText('transactionReference')).to.not.equal('');
    await expect(transfer.element).to.be.accessible();
  });

  it('passes axe when filled', async () => {
    const transfer = await mountForm();
    await transfer.fill({ account: SENDER.typed, reference: REFERENCE });
    expect(transfer.element.complete).to.equal(true);
    await expect(transfer.element).to.be.accessible();
  });

  it('passes axe while pending', async () => {
    const transfer = await mount(html`<pay-bank-transfer pending order-id=${ORDER_ID} .details=${DETAILS}></pay-bank-transfer>`);
    expect(transfer.button.getAttribute('aria-disabled')).to.equal('true');
    expect(transfer.button.textContent!.trim()).to.equal('Sending your transfer details…');
    await expect(transfer.element).to.be.accessible();
  });

  it('passes axe when disabled', async () => {
    const transfer = await mount(html`<pay-bank-transfer disabled order-id=${ORDER_ID} .details=${DETAILS}></pay-bank-transfer>`);
    expect(transfer.input('senderAccountNumber').disabled).to.equal(true);
    await expect(transfer.element).to.be.accessible();
  });

  it('passes axe when submitted', async () => {
    const transfer = await mountForm();
    await transfer.fill({ account: SENDER.typed, reference: REFERENCE });
    await transfer.pay();
    await transfer.quiet();
    expect(transfer.submittedNotice).to.not.equal(null);
    await expect(transfer.element).to.be.accessible();
  });

  it('passes axe with invalid details', async () => {
    const transfer = await mount(html`<pay-bank-transfer order-id=${ORDER_ID} .details=${{ accountName: 'x' }}></pay-bank-transfer>`);
    expect(transfer.unavailableNotice).to.not.equal(null);
    await expect(transfer.element).to.be.accessible();
  });

  it('each error is its input’s description, not a live region of its own', async () => {
    const transfer = await mountForm();
    await transfer.type('transactionReference', 'AB1');
    await transfer.leave('transactionReference');
    expect(transfer.description('transactionReference')).to.equal(
      'The reference your bank gave the transfer: 6 to 35 letters, digits, - or /. A reference has at least 6 characters.');
    expect(transfer.root.querySelector('#transactionReference-error')!.closest('[aria-live], [role="status"], [role="alert"]')).to.equal(null);
  });

  it('announces an error when a field is left, once', async () => {
    const transfer = await mountForm();
    const said = transfer.recordAnnouncements();
    await transfer.type('senderAccountNumber', '12345');
    await transfer.leave('senderAccountNumber');
    await transfer.quiet();
    transfer.input('senderAccountNumber').focus();
    await transfer.leave('senderAccountNumber');
    await transfer.quiet();
    expect(said).to.deep.equal(['An account number has at least 6 letters and digits.']);
  });

  it('announces a summary on an invalid submit', async () => {
    const transfer = await mountForm();
    const said = transfer.recordAnnouncements();
    await transfer.pay();
    await transfer.quiet();
    expect(said).to.deep.equal(['Please correct 2 fields.']);
  });

  it('names each copy button after its detail', async () => {
    const transfer = await mountForm();
    expect(transfer.copyButton('iban').getAttribute('aria-label')).to.equal('Copy IBAN');
    expect(transfer.copyButton('reference').getAttribute('aria-label')).to.equal('Copy Reference to include');
  });
});
