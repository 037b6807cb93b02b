import { expect, waitUntil, fixture, html } from '@open-wc/testing';
import '../../../src/components/voucher-choice/pay-voucher-choice.js';
import type { PayVoucherChoice } from '../../../src/components/voucher-choice/voucher-choice.js';
import { VoucherChoiceHarness } from './voucher-choice-harness.js';

async function mount(template = html`<pay-voucher-choice total="15000" currency="EUR" voucher-balance="5000"></pay-voucher-choice>`) {
  return new VoucherChoiceHarness(await fixture<PayVoucherChoice>(template));
}

describe('<pay-voucher-choice> accessibility', () => {
  it('passes axe when empty (with a disabled choice and its reason)', async () => {
    const choice = await mount();
    expect(choice.radio('VOUCHER_ONLY').disabled).to.equal(true);
    await expect(choice.element).to.be.accessible();
  });

  it('passes axe with errors showing', async () => {
    const choice = await mount();
    await choice.split('abc');
    choice.element.submit();
    await choice.settle();
    expect(choice.errorText('amount')).to.not.equal('');
    await expect(choice.element).to.be.accessible();
    const none = await mount();
    none.element.submit();
    await none.settle();
    expect(none.errorText('method')).to.not.equal('');
    await expect(none.element).to.be.accessible();
  });

  it('passes axe when filled', async () => {
    const choice = await mount();
    await choice.split('25');
    expect(choice.breakdown).to.not.equal('');
    await expect(choice.element).to.be.accessible();
  });

  it('passes axe while pending', async () => {
    const choice = await mount(html`<pay-voucher-choice total="15000" currency="EUR" method="CARD_AND_VOUCHER" voucher-amount="100" pending></pay-voucher-choice>`);
    expect(choice.amountInput!.disabled).to.equal(true);
    await expect(choice.element).to.be.accessible();
  });

  it('passes axe when disabled', async () => {
    const choice = await mount(html`<pay-voucher-choice total="15000" currency="EUR" disabled></pay-voucher-choice>`);
    expect(choice.radios.every((radio) => radio.disabled)).to.equal(true);
    await expect(choice.element).to.be.accessible();
  });

  it('passes axe in its configuration error state', async () => {
    const choice = await mount(html`<pay-voucher-choice total="15000" currency="XYZ"></pay-voucher-choice>`);
    await expect(choice.element).to.be.accessible();
  });

  it('names the group by its legend and describes the amount field by its bounds, error and breakdown', async () => {
    const choice = await mount();
    await choice.split('60');
    const input = choice.amountInput!;
    expect(input.labels![0]!.textContent!.trim()).to.equal('Amount on meal vouchers (€)');
    expect(input.getAttribute('inputmode')).to.equal('decimal');
    expect(choice.description(input)).to.equal('From €0.01 to €50.00 Your meal vouchers cover at most €50.00.');
    await choice.typeAmount('40');
    expect(choice.description(input)).to.equal('From €0.01 to €50.00 Vouchers €40.00 · Card €110.00');
  });
});

describe('<pay-voucher-choice> screen reader announcements', () => {
  it('says an amount error once when it appears while typing, not on every keystroke', async () => {
    const choice = await mount();
    const said = choice.recordAnnouncements();
    await choice.split('5');
    await choice.quiet();
    expect(said).to.deep.equal([]);
    await choice.typeHere('1');
    await choice.quiet();
    await choice.typeHere('2');
    await choice.quiet();
    expect(said).to.deep.equal(['Your meal vouchers cover at most €50.00.']);
  });

  it('says a final error when the field is left with it', async () => {
    const choice = await mount();
    const said = choice.recordAnnouncements();
    await choice.split('1,2');
    await choice.quiet();
    expect(said).to.deep.equal([]);
    await choice.leaveAmount();
    await choice.quiet();
    expect(said).to.deep.equal(['Enter an amount like 12.50.']);
  });

  it('says a summary on an invalid submit', async () => {
    const choice = await mount();
    const said = choice.recordAnnouncements();
    await choice.confirm();
    await choice.quiet();
    expect(said).to.deep.equal(['Please correct 1 field.']);
    expect(choice.focused).to.equal(choice.radio('CARD_ONLY'));
  });

  it('follows the page’s language for its words and its own numbers', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="it"><pay-voucher-choice total="15000" currency="EUR"></pay-voucher-choice></div>`);
    const choice = new VoucherChoiceHarness(wrapper.querySelector('pay-voucher-choice')!);
    await choice.settle();
    await choice.split('1.2');
    await choice.leaveAmount();
    const italian = (await import('../../../src/locales/it/voucher-choice.js')).default;
    await waitUntil(() => choice.errorText('amount') === italian['voucher.error.amount.invalid'].replace('{example}', '12,50'), 'the Italian error with 12,50');
  });
});
