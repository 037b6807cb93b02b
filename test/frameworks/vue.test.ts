import { expect } from '@open-wc/testing';
// The full build (with the template compiler), as a page without a bundler loads Vue.
import { createApp, nextTick, ref, type App } from 'vue/dist/vue.esm-browser.js';
import '../../src/define.js';
import { isPayElement } from '../../src/vue/index.js';
import type { PayCardSubmitDetail } from '../../src/core/events.js';
import { CardFormHarness, yearsFromNow } from '../support/card-form-harness.js';

/**
 * Vue 3 with pay-elements as a merchant writes it: `isCustomElement`, attribute and property
 * bindings, `.prop` for objects, `@pay-*` listeners — driven by real keys in Chromium.
 */
describe('Vue 3', () => {
  let app: App | undefined;
  let host: HTMLElement;
  const warnings: string[] = [];
  const consoleWarn = console.warn;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    warnings.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    app?.unmount();
    host.remove();
    console.warn = consoleWarn;
  });

  function mount(template: string, setup: () => Record<string, unknown>) {
    app = createApp({ template, setup });
    app.config.compilerOptions.isCustomElement = isPayElement;
    app.mount(host);
  }

  it('binds properties reactively and hands the card to @pay-card-submit when the shopper presses Enter', async () => {
    const amount = ref(5000);
    const submits: PayCardSubmitDetail[] = [];
    mount('<pay-card-form :amount="amount" currency="EUR" @pay-card-submit="onSubmit"></pay-card-form>', () => ({
      amount,
      onSubmit: (event: CustomEvent<PayCardSubmitDetail>) => submits.push(event.detail),
    }));
    const element = host.querySelector('pay-card-form')!;
    await element.updateComplete;
    const form = new CardFormHarness(element);
    expect(form.button.textContent!.trim()).to.equal('Pay €50.00');
    amount.value = 1250;
    await nextTick();
    await element.updateComplete;
    expect(form.button.textContent!.trim(), 'a reactive amount re-labels the button').to.equal('Pay €12.50');

    const year = yearsFromNow(1);
    await form.fill({ number: '4242424242424242', expiry: `12${year.yy}`, cvv: '123', holderName: 'Ada Lovelace' });
    await form.press('Enter');
    expect(submits).to.have.length(1);
    expect(submits[0]!.last4).to.equal('4242');
    expect(warnings.filter((warning) => warning.includes('Vue')), 'no Vue warnings (unknown components…)').to.deep.equal([]);
  });

  it('passes an object with .prop: the bank transfer shows the beneficiary', async () => {
    const details = { accountName: 'Demo Shop', iban: 'DE89370400440532013000', amount: { amount: 5000, currency: 'EUR' }, reference: 'ORDER-1' };
    mount('<pay-bank-transfer order-id="ORDER-1" :details.prop="details"></pay-bank-transfer>', () => ({ details }));
    const element = host.querySelector('pay-bank-transfer')!;
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).to.contain('Demo Shop');
    expect(element.hasAttribute('details'), 'an object never becomes an attribute').to.equal(false);
  });
});
