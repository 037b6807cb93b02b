import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../src/components/voucher-choice/pay-voucher-choice.js';
import type { PayVoucherChoice } from '../../../src/components/voucher-choice/voucher-choice.js';
import { fixtureAround, record, VoucherChoiceHarness } from './voucher-choice-harness.js';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

async function mount(template = html`<pay-voucher-choice total="15000" currency="EUR"></pay-voucher-choice>`): Promise<VoucherChoiceHarness> {
  return new VoucherChoiceHarness(await fixture<PayVoucherChoice>(template));
}

describe('<pay-voucher-choice> events, keyboard and configuration', () => {
  describe('events', () => {
    it('emits pay-voucher-change when the choice or amount changes, and only then', async () => {
      const choice = await mount();
      const changes = record(choice.element, 'pay-voucher-change');
      await choice.choose('CARD_ONLY');
      await choice.choose('CARD_ONLY');
      expect(changes.map((e) => e.detail)).to.deep.equal([{ total: eur(15000), card: eur(15000), voucher: eur(0), paymentMethod: 'CARD_ONLY', valid: true }]);
      await choice.choose('CARD_AND_VOUCHER');
      expect(changes.at(-1)!.detail).to.deep.equal({ total: eur(15000), card: eur(15000), voucher: eur(0), paymentMethod: 'CARD_AND_VOUCHER', valid: false });
      await choice.typeAmount('2');
      await choice.typeHere('0');
      await choice.leaveAmount();
      expect(changes.slice(2).map((e) => e.detail.voucher.amount)).to.deep.equal([200, 2000]);
      expect(changes).to.have.length(4);
      expect(changes.every((e) => e.bubbles && e.composed)).to.equal(true);
    });

    it('does not emit for the preselection, and emits when the merchant changes the total', async () => {
      const choice = await mount(html`<pay-voucher-choice total="15000" currency="EUR" method="CARD_AND_VOUCHER" voucher-amount="5000"></pay-voucher-choice>`);
      expect(choice.checked).to.equal('CARD_AND_VOUCHER');
      expect(choice.amountInput!.value).to.equal('50.00');
      expect(choice.breakdown).to.equal('Vouchers €50.00 · Card €100.00');
      const changes = record(choice.element, 'pay-voucher-change');
      await choice.settle();
      expect(changes).to.have.length(0);
      choice.element.total = 20000;
      await choice.settle();
      expect(changes.map((e) => e.detail)).to.deep.equal([{ total: eur(20000), card: eur(15000), voucher: eur(5000), paymentMethod: 'CARD_AND_VOUCHER', valid: true }]);
    });

    it('reports card + voucher = total exactly for whatever is typed, whatever the total and balance', async function () {
      // 25 amounts typed key by key: slow when the whole suite shares two cores.
      this.timeout(60_000);
      const choice = await mount();
      await choice.choose('CARD_AND_VOUCHER');
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('EUR', 'JPY', 'BHD'),
          fc.integer({ min: 2, max: 10 ** 9 }),
          fc.option(fc.integer({ min: 1, max: 10 ** 9 }), { nil: null }),
          fc.integer({ min: 0, max: 10 ** 9 }),
          async (currency, total, balance, typed) => {
            Object.assign(choice.element, { currency, total, voucherBalance: balance });
            await choice.settle();
            const exponent = { EUR: 2, JPY: 0, BHD: 3 }[currency];
            const text = String(typed).padStart(exponent + 1, '0');
            await choice.typeAmount(exponent ? `${text.slice(0, -exponent)}.${text.slice(-exponent)}` : text);
            const detail = choice.element.choice!;
            expect(detail.card.amount + detail.voucher.amount).to.equal(total);
            const accepted = typed > 0 && typed < total && (balance === null || typed <= balance);
            expect(detail.valid).to.equal(accepted);
            if (accepted) expect(detail.voucher).to.deep.equal({ amount: typed, currency });
            expect(choice.errorText('amount') === '').to.equal(accepted || typed === 0);
          },
        ),
        { numRuns: 25 },
      );
    });

    it('emits pay-voucher-submit once, with exact amounts, and stays pending until endSubmit()', async () => {
      const choice = await mount();
      const submits = record(choice.element, 'pay-voucher-submit');
      await choice.split('49.99');
      await choice.confirm();
      await choice.confirm();
      choice.element.submit();
      expect(submits.map((e) => e.detail)).to.deep.equal([{ total: eur(15000), card: eur(10001), voucher: eur(4999), paymentMethod: 'CARD_AND_VOUCHER' }]);
      expect(choice.element.pending).to.equal(true);
      expect(choice.button.getAttribute('aria-disabled')).to.equal('true');
      expect(choice.radios.every((radio) => radio.disabled)).to.equal(true);
      expect(choice.amountInput!.disabled).to.equal(true);
    });

    it('endSubmit({ error }) shows and announces the error, keeping the choice for a retry', async () => {
      const choice = await mount();
      const submits = record(choice.element, 'pay-voucher-submit');
      await choice.split('20');
      await choice.confirm();
      const said = choice.recordAnnouncements();
      choice.element.endSubmit({ error: 'The voucher was declined.' });
      await choice.quiet();
      expect(choice.element.pending).to.equal(false);
      expect(choice.partText('submit-error')).to.equal('The voucher was declined.');
      expect(said).to.deep.equal(['The voucher was declined.']);
      expect(choice.amountInput!.value).to.equal('20');
      await expect(choice.element).to.be.accessible();
      await choice.confirm();
      expect(submits).to.have.length(2);
      expect(choice.partText('submit-error')).to.equal('');
    });

    it('submits nothing while invalid: shows the errors, focuses the first invalid field', async () => {
      const choice = await mount();
      const submits = record(choice.element, 'pay-voucher-submit');
      await choice.confirm();
      expect(submits).to.have.length(0);
      expect(choice.errorText('method')).to.equal('Choose how you want to pay.');
      expect(choice.focused).to.equal(choice.radio('CARD_ONLY'));
      await choice.choose('CARD_AND_VOUCHER');
      await choice.confirm();
      expect(choice.errorText('amount')).to.equal('Enter the amount to pay with meal vouchers.');
      expect(choice.focused).to.equal(choice.amountInput);
    });
  });

  describe('keyboard only', () => {
    it('is completed with Tab, arrow keys, typing and Enter', async () => {
      const wrapper = await fixtureAround<HTMLDivElement>(html`<div lang="it"><button id="before">before</button>
        <pay-voucher-choice total="15000" currency="EUR"></pay-voucher-choice></div>`);
      const choice = new VoucherChoiceHarness(wrapper.querySelector('pay-voucher-choice')!);
      const submits = record(choice.element, 'pay-voucher-submit');
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await choice.press('Tab');
      expect(choice.focused).to.equal(choice.radio('CARD_ONLY'));
      await choice.press('ArrowDown');
      expect(choice.checked).to.equal('CARD_AND_VOUCHER');
      await choice.press('Tab');
      expect(choice.focused).to.equal(choice.amountInput);
      await choice.typeHere('12,50');
      await choice.press('Enter');
      expect(submits.map((e) => e.detail)).to.deep.equal([{ total: eur(15000), card: eur(13750), voucher: eur(1250), paymentMethod: 'CARD_AND_VOUCHER' }]);
    });

    it('skips a disabled choice with the arrow keys, and Enter on a radio submits', async () => {
      const choice = await mount(html`<pay-voucher-choice total="15000" currency="EUR" voucher-balance="100" method="CARD_ONLY"></pay-voucher-choice>`);
      const submits = record(choice.element, 'pay-voucher-submit');
      choice.radio('CARD_ONLY').focus();
      await choice.press('ArrowUp');
      expect(choice.checked, 'wraps past the disabled all-vouchers choice').to.equal('CARD_AND_VOUCHER');
      await choice.press('ArrowDown');
      expect(choice.checked).to.equal('CARD_ONLY');
      await choice.press('Enter');
      expect(submits.map((e) => e.detail.paymentMethod)).to.deep.equal(['CARD_ONLY']);
    });
  });

  describe('configuration mistakes', () => {
    const mistakes: [string, ReturnType<typeof html>][] = [
      ['a negative total', html`<pay-voucher-choice total="-100" currency="EUR"></pay-voucher-choice>`],
      ['a fractional total', html`<pay-voucher-choice total="150.5" currency="EUR"></pay-voucher-choice>`],
      ['an unknown currency', html`<pay-voucher-choice total="15000" currency="XYZ"></pay-voucher-choice>`],
      ['an unknown method', html`<pay-voucher-choice total="15000" currency="EUR" method="VOUCHERS"></pay-voucher-choice>`],
      ['a voucher amount out of bounds', html`<pay-voucher-choice total="15000" currency="EUR" method="CARD_AND_VOUCHER" voucher-amount="15000"></pay-voucher-choice>`],
    ];
    for (const [what, template] of mistakes) {
      it(`reports ${what} once as invalid_config and shows a clear error state`, async () => {
        const errors: CustomEvent[] = [];
        const listener = (event: Event) => errors.push(event as CustomEvent);
        document.addEventListener('pay-error', listener);
        try {
          const choice = await mount(template);
          choice.element.requestUpdate();
          await choice.settle();
          expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid_config']);
          expect(errors[0]!.detail.message).to.contain('<pay-voucher-choice>');
          expect(choice.partText('config-error')).to.equal('Payment options can’t be shown. Please try again later.');
          expect(choice.radios).to.have.length(0);
          expect(choice.button.disabled).to.equal(true);
          expect(choice.element.checkValidity()).to.equal(false);
          choice.element.submit();
        } finally {
          document.removeEventListener('pay-error', listener);
        }
      });
    }

    it('recovers when the merchant fixes the configuration', async () => {
      const errors: string[] = [];
      const listener = (event: Event) => errors.push((event as CustomEvent).detail.message);
      document.addEventListener('pay-error', listener);
      const choice = await mount(html`<pay-voucher-choice total="abc" currency="EUR"></pay-voucher-choice>`);
      document.removeEventListener('pay-error', listener);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('total="abc" is invalid');
      choice.element.total = 15000;
      await choice.settle();
      expect(choice.partText('config-error')).to.equal('');
      expect(choice.radios).to.have.length(3);
    });
  });
});
