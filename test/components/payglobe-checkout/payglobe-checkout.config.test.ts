import { expect } from '@open-wc/testing';
import { PAYGLOBE_SCRIPT_URL, readPayGlobeCheckoutConfig } from '../../../src/components/payglobe-checkout/payglobe-checkout-config.js';
import { SANDBOX_PUBLIC_KEY } from '../../support/sandbox.js';
import { mountPayGlobe, payButton, realClick, requestsTo, scriptUrl, sleep, unmountAll } from '../../e2e/support/payglobe-checkout-harness.js';

const valid = { publishableKey: 'pk_test_abc', amount: 15000, currency: 'EUR', email: 'a@example.com', description: '', mode: '', scriptUrl: '' };

describe('<pay-payglobe-checkout> configuration', () => {
  afterEach(unmountAll);

  it('defaults to PayGlobe’s documented payglobe.js, iframe mode and EUR, and converts the amount at the boundary', () => {
    const reading = readPayGlobeCheckoutConfig({ ...valid, currency: '' });
    expect(reading).to.deep.equal({
      ok: true,
      config: {
        publishableKey: 'pk_test_abc', total: { amount: 15000, currency: 'EUR' }, amount: 150, email: 'a@example.com',
        description: null, mode: 'iframe', scriptUrl: PAYGLOBE_SCRIPT_URL,
      },
    });
    expect(PAYGLOBE_SCRIPT_URL).to.equal('https://api.payglobe.it/paymentgw/js/payglobe.js');
    const bhd = readPayGlobeCheckoutConfig({ ...valid, amount: 1005, currency: 'bhd', mode: 'REDIRECT' });
    expect(bhd.ok && [bhd.config.amount, bhd.config.total.currency, bhd.config.mode]).to.deep.equal([1.005, 'BHD', 'redirect']);
  });

  const mistakes: [string, Record<string, string>, string][] = [
    ['a secret key', { 'publishable-key': 'sk_live_123' }, 'secret key'],
    ['a secret key in capitals with spaces', { 'publishable-key': '  SK_test_123 ' }, 'secret key'],
    ['a key of another kind', { 'publishable-key': 'pk_prod_123' }, 'pk_test_'],
    ['no key', { 'publishable-key': '' }, 'publishable-key'],
    ['no amount', { amount: '' }, 'amount'],
    ['a decimal amount', { amount: '12.50' }, 'minor units'],
    ['a zero amount', { amount: '0' }, 'amount'],
    ['a negative amount', { amount: '-5' }, 'amount'],
    ['an unknown currency', { currency: 'XYZ' }, 'XYZ'],
    ['an e-mail that is no address', { email: 'shopper' }, 'email'],
    ['an unknown mode', { mode: 'popup' }, 'popup'],
    ['a script-url over http on a public host', { 'script-url': 'http://api.payglobe.it/paymentgw/js/payglobe.js' }, 'https'],
    ['a script-url on a foreign host', { 'script-url': 'https://evil.example/payglobe.js' }, 'evil.example'],
    ['a javascript: script-url', { 'script-url': 'javascript:alert(1)' }, 'script-url'],
  ];
  for (const [what, attributes, said] of mistakes) {
    it(`reports ${what} once as invalid_config, and a click sends nothing`, async () => {
      const script = attributes['script-url'] ?? await scriptUrl();
      const checkout = await mountPayGlobe({ amount: '1000', ...attributes, 'script-url': script });
      const error = await checkout.next(['pay-error'], 3000);
      expect(error.detail.code).to.equal('invalid_config');
      expect(error.detail.message).to.contain(said);
      checkout.element.requestUpdate();
      await checkout.element.updateComplete;
      expect(checkout.events.filter((event) => event.type === 'pay-error')).to.have.length(1); // not repeated on re-render
      await realClick(payButton(checkout.element));
      await sleep(100);
      expect(checkout.events.map((event) => event.type)).to.deep.equal(['pay-error', 'pay-error']);
      expect(requestsTo('/payglobe/js/payglobe.js').filter((entry) => entry.name === script)).to.have.length(0);
    });
  }

  it('labels the default button with the amount in the page’s locale', async () => {
    const eur = await mountPayGlobe({ amount: '15000', currency: 'EUR' });
    expect(payButton(eur.element).textContent!.trim()).to.equal('Pay €150.00');
    const jpy = await mountPayGlobe({ amount: '1501', currency: 'JPY', lang: 'en' });
    expect(payButton(jpy.element).textContent!.trim()).to.equal('Pay ¥1,501');
    expect(eur.events.concat(jpy.events)).to.deep.equal([]);
  });

  it('accepts the sandbox key and a loopback script-url without a word', async () => {
    const checkout = await mountPayGlobe({ 'publishable-key': SANDBOX_PUBLIC_KEY, amount: '100' });
    await sleep(50);
    expect(checkout.events).to.deep.equal([]);
  });
});
