import { expect, waitUntil, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/components/voucher-choice/pay-voucher-choice.js';
import type { PayVoucherChoice } from '../../../src/components/voucher-choice/voucher-choice.js';
import { fixtureAround, VoucherChoiceHarness } from './voucher-choice-harness.js';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

async function mount(template = html`<pay-voucher-choice total="15000" currency="EUR"></pay-voucher-choice>`): Promise<VoucherChoiceHarness> {
  return new VoucherChoiceHarness(await fixture<PayVoucherChoice>(template));
}

async function mountIn(lang: string, attributes: { total: number; currency: string; balance?: number }): Promise<VoucherChoiceHarness> {
  const wrapper = await fixtureAround<HTMLDivElement>(html`<div lang=${lang}>
    <pay-voucher-choice total=${attributes.total} currency=${attributes.currency} voucher-balance=${ifDefined(attributes.balance)}></pay-voucher-choice>
  </div>`);
  const element = wrapper.querySelector('pay-voucher-choice')!;
  const harness = new VoucherChoiceHarness(element);
  await harness.settle();
  return harness;
}

describe('<pay-voucher-choice>', () => {
  describe('choices and the breakdown', () => {
    it('offers three native radios in a fieldset, none chosen, with the total in the legend', async () => {
      const choice = await mount();
      expect(choice.radios.map((radio) => radio.value)).to.deep.equal(['CARD_ONLY', 'CARD_AND_VOUCHER', 'VOUCHER_ONLY']);
      expect(choice.checked).to.equal(null);
      expect(choice.root.querySelector('fieldset legend')!.textContent!.trim()).to.equal('How do you want to pay €150.00?');
      expect(choice.amountInput).to.equal(null);
      expect(choice.breakdown).to.equal('');
    });

    it('opens the amount field for the partial choice and shows a live breakdown as the shopper types', async () => {
      const choice = await mount();
      await choice.choose('CARD_AND_VOUCHER');
      expect(choice.amountInput).to.not.equal(null);
      expect(choice.partText('hint')).to.equal('From €0.01 to €149.99');
      await choice.typeAmount('50');
      expect(choice.breakdown).to.equal('Vouchers €50.00 · Card €100.00');
      await choice.typeHere('.5');
      expect(choice.amountInput!.value).to.equal('50.5');
      expect(choice.breakdown).to.equal('Vouchers €50.50 · Card €99.50');
      expect(choice.element.choice).to.deep.equal({ total: eur(15000), card: eur(9950), voucher: eur(5050), paymentMethod: 'CARD_AND_VOUCHER', valid: true });
    });

    it('shows the breakdown of card only and all vouchers too', async () => {
      const choice = await mount();
      await choice.choose('CARD_ONLY');
      expect(choice.breakdown).to.equal('Vouchers €0.00 · Card €150.00');
      await choice.choose('VOUCHER_ONLY');
      expect(choice.breakdown).to.equal('Vouchers €150.00 · Card €0.00');
      expect(choice.amountInput).to.equal(null);
    });

    it('reads and writes amounts in Italian: 12,50', async () => {
      const choice = await mountIn('it', { total: 15000, currency: 'EUR' });
      await choice.split('12,50');
      expect(choice.amountInput!.value).to.equal('12,50');
      expect(choice.errorText('amount')).to.equal('');
      // In Italian: the shipped translation, once its chunk has arrived.
      const italian = (await import('../../../src/locales/it/voucher-choice.js')).default;
      const breakdown = italian['voucher.breakdown'].replace('{voucher}', '12,50 €').replace('{card}', '137,50 €');
      await waitUntil(() => choice.breakdown.replace(/\s/g, ' ') === breakdown, `the breakdown reads ${breakdown}`);
      expect(choice.element.choice).to.deep.include({ voucher: eur(1250), card: eur(13750) });
    });

    it('refuses 12.50 in Italian with an example in the shopper’s format, never reading it as 1250', async () => {
      const choice = await mountIn('it', { total: 150000, currency: 'EUR' });
      await choice.split('12.50');
      await choice.leaveAmount();
      expect(choice.amountInput!.value, 'kept as typed').to.equal('12.50');
      const italian = (await import('../../../src/locales/it/voucher-choice.js')).default;
      await waitUntil(() => choice.errorText('amount') === italian['voucher.error.amount.invalid'].replace('{example}', '12,50'), 'the Italian error with 12,50');
      expect(choice.element.choice).to.deep.include({ valid: false });
      await choice.typeAmount('1.250,50');
      expect(choice.element.choice).to.deep.include({ voucher: eur(125050), valid: true });
    });

    it('takes whole yen and refuses yen decimals', async () => {
      const choice = await mountIn('en', { total: 1500, currency: 'JPY' });
      await choice.split('500');
      expect(choice.breakdown).to.equal('Vouchers ¥500 · Card ¥1,000');
      await choice.typeAmount('500.5');
      expect(choice.errorText('amount'), 'shown while typing: nothing more can fix it').to.equal('Enter a whole amount: JPY has no decimals.');
      expect(choice.amountInput!.value).to.equal('500.5');
    });

    it('takes three decimals of Bahraini dinar and refuses a fourth', async () => {
      const choice = await mountIn('en', { total: 10000, currency: 'BHD' });
      await choice.split('1.005');
      expect(choice.element.choice).to.deep.include({ voucher: { amount: 1005, currency: 'BHD' }, card: { amount: 8995, currency: 'BHD' } });
      await choice.typeHere('5');
      expect(choice.errorText('amount')).to.equal('Use at most 3 decimals for BHD.');
      expect(choice.element.choice).to.deep.include({ valid: false });
    });
  });

  describe('bounds and errors', () => {
    const cases: [string, string][] = [
      ['-5', 'The amount can’t be negative.'],
      ['12abc', 'Enter an amount like 12.50.'],
      ['1.005', 'Use at most 2 decimals for EUR.'],
      ['150', 'Enter less than €150.00, or choose “All with meal vouchers”.'],
      ['200', 'Enter less than €150.00, or choose “All with meal vouchers”.'],
      ['0', 'Enter an amount above zero, or choose “Card only”.'],
      ['', 'Enter the amount to pay with meal vouchers.'],
    ];
    for (const [typed, message] of cases) {
      it(`shows "${message}" for ${typed || 'nothing'}, keeping what was typed`, async () => {
        const choice = await mount();
        await choice.choose('CARD_AND_VOUCHER');
        // Nothing: typed, then deleted (a field only entered and left shows nothing).
        await choice.typeAmount(typed || '5');
        if (!typed) await choice.press('Backspace');
        await choice.leaveAmount();
        expect(choice.errorText('amount')).to.equal(message);
        expect(choice.amountInput!.value).to.equal(typed);
        expect(choice.amountInput!.getAttribute('aria-invalid')).to.equal('true');
        expect(choice.breakdown).to.equal('');
        expect(choice.element.checkValidity()).to.equal(false);
      });
    }

    it('holds the amount within the voucher balance', async () => {
      const choice = await mount(html`<pay-voucher-choice total="15000" currency="EUR" voucher-balance="3000"></pay-voucher-choice>`);
      await choice.choose('CARD_AND_VOUCHER');
      expect(choice.partText('hint')).to.equal('From €0.01 to €30.00');
      await choice.typeAmount('30.01');
      expect(choice.errorText('amount')).to.equal('Your meal vouchers cover at most €30.00.');
      await choice.typeAmount('30');
      expect(choice.errorText('amount')).to.equal('');
      expect(choice.element.choice).to.deep.include({ voucher: eur(3000), card: eur(12000), valid: true });
    });

    it('disables all vouchers, with the reason, when the balance is below the total', async () => {
      const choice = await mount(html`<pay-voucher-choice total="15000" currency="EUR" voucher-balance="3000"></pay-voucher-choice>`);
      const radio = choice.radio('VOUCHER_ONLY');
      expect(radio.disabled).to.equal(true);
      expect(choice.reason('VOUCHER_ONLY')).to.equal('Your meal vouchers cover €30.00, less than €150.00.');
      expect(choice.description(radio)).to.equal('Your meal vouchers cover €30.00, less than €150.00.');
      await choice.choose('VOUCHER_ONLY');
      expect(choice.checked).to.equal(null);
      expect(choice.radio('CARD_AND_VOUCHER').disabled).to.equal(false);
    });

    it('offers all vouchers when the balance covers the total, and takes a merchant’s lower balance later', async () => {
      const choice = await mount(html`<pay-voucher-choice total="15000" currency="EUR" voucher-balance="15000"></pay-voucher-choice>`);
      await choice.choose('VOUCHER_ONLY');
      expect(choice.element.checkValidity()).to.equal(true);
      choice.element.voucherBalance = 1000;
      await choice.settle();
      expect(choice.radio('VOUCHER_ONLY').disabled).to.equal(true);
      expect(choice.errorText('method')).to.equal('This choice is not available.');
      expect(choice.element.checkValidity()).to.equal(false);
    });
  });
});
