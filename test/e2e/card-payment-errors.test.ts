import { expect } from '@open-wc/testing';
import { mountCardPayment, sleep, statusRequests, uniqueKey, unmountAll, type CardPaymentHarness } from './support/card-payment-harness.js';

/**
 * What goes wrong before the bank's page: the shop's endpoint failing, answering something that
 * is not a Glomo payment, or naming a redirect URL that must not be opened; and bad configuration.
 * Each ends in one `pay-error` and the form back with a message — never a spinner forever.
 */

/** A "shop endpoint" on the test server's fixture route (it answers POST too), counted under `key`. */
const fixturePaymentUrl = (key: string, query: string) => `/__flows/status?key=${key}&${query}`;

async function expectOneError(payment: CardPaymentHarness, code: string): Promise<string> {
  const result = await payment.result();
  expect(result.name).to.equal('pay-error');
  const detail = result.detail as { code: string; message: string; provider?: string };
  expect(detail.code).to.equal(code);
  await payment.until(() => payment.cardForm?.pending === false, 'the form to leave pending');
  await payment.form.settle();
  expect(payment.form.root.querySelector('[part~="submit-error"]')!.textContent).to.equal('The payment could not be completed. Please try again.');
  expect(payment.modal).to.equal(null);
  await sleep(300);
  expect(payment.results(), 'exactly one result event').to.have.length(1);
  expect(payment.names()).not.to.include('pay-redirect');
  return detail.message;
}

/** A real endpoint of the test server that answers any request (the card POST too) with `body` as JSON. */
const shopEndpointAnswering = (body: unknown): string => `/__flows/json?body=${encodeURIComponent(JSON.stringify(body))}`;

const pendingPayment = (redirectUrl: string) => ({
  payment_id: 'payt_stubbed',
  status: 'pending',
  next_steps: [
    { action: 'redirect', payload: { url: redirectUrl } },
    { action: 'poll', payload: { url: 'https://api.glomopay.com/api/v1/payment/payt_stubbed', interval_in_ms: 5000 } },
  ],
});

describe('<pay-card-payment> errors before the bank\'s page', function () {
  this.timeout(15_000);
  afterEach(unmountAll);

  it('the shop\'s endpoint drops the connection: pay-error network', async () => {
    const payment = await mountCardPayment({ 'payment-url': fixturePaymentUrl(uniqueKey('net'), 'fail=10&failWith=network') });
    await payment.fillAndPay();
    expect(await expectOneError(payment, 'network')).to.contain('could not reach payment-url');
  });

  it('the shop\'s endpoint answers 500: pay-error network with the status and the shop\'s error code', async () => {
    const payment = await mountCardPayment({ 'payment-url': fixturePaymentUrl(uniqueKey('500'), 'fail=1&failWith=500') });
    await payment.fillAndPay();
    expect(await expectOneError(payment, 'network')).to.contain('answered HTTP 500 (boom: failing on purpose)');
  });

  it('the shop\'s endpoint answers 404 (a wrong payment-url on the real shop server): pay-error network', async () => {
    const payment = await mountCardPayment({ 'payment-url': '/merchant/glomo/no-such-route' });
    await payment.fillAndPay();
    expect(await expectOneError(payment, 'network')).to.contain('HTTP 404');
  });

  it('malformed JSON: pay-error invalid_response', async () => {
    const payment = await mountCardPayment({ 'payment-url': fixturePaymentUrl(uniqueKey('json'), 'fail=1&failWith=badjson') });
    await payment.fillAndPay();
    expect(await expectOneError(payment, 'invalid_response')).to.contain('did not answer with JSON');
  });

  it('JSON that is not a Glomo payment: pay-error invalid_response', async () => {
    const payment = await mountCardPayment({ 'payment-url': fixturePaymentUrl(uniqueKey('shape'), 'final=approved') });
    await payment.fillAndPay();
    expect(await expectOneError(payment, 'invalid_response')).to.contain('not a Glomo payment');
  });

  it('a javascript: redirect URL is refused: pay-error invalid_response, no pay-redirect, no modal, no navigation', async () => {
    const before = location.href;
    const paymentUrl = shopEndpointAnswering(pendingPayment('javascript:alert(document.domain)'));
    const payment = await mountCardPayment({ 'payment-url': paymentUrl });
    await payment.fillAndPay();
    expect(await expectOneError(payment, 'invalid_response')).to.contain('will not open');
    expect(location.href).to.equal(before);
  });

  it('redirect hosts: Glomo\'s by default, a foreign host refused, and redirect-hosts overrides the list', async () => {
    const paymentUrl = shopEndpointAnswering(pendingPayment('https://secure.glomopay.com/?paymentId=payt_stubbed'));
    const allowed = await mountCardPayment({ 'payment-url': paymentUrl, redirect: 'host', 'status-url': `/__flows/status?key=${uniqueKey('hosts')}&pending=100&id={paymentId}` });
    await allowed.fillAndPay();
    expect((await allowed.next('pay-redirect')).url).to.equal('https://secure.glomopay.com/?paymentId=payt_stubbed');
    unmountAll();

    const refused = await mountCardPayment({ 'payment-url': paymentUrl, redirect: 'host', 'redirect-hosts': 'pay.example.com, *.bank.example' });
    await refused.fillAndPay();
    expect(await expectOneError(refused, 'invalid_response')).to.contain('secure.glomopay.com is not one of');
  });

  it('a payment the shop\'s endpoint reports settled at once needs no bank page: pay-success or pay-failure at once', async () => {
    const approved = await mountCardPayment({ 'payment-url': fixturePaymentUrl(uniqueKey('settled'), 'final=success') });
    await approved.fillAndPay();
    const success = await approved.result();
    expect(success.name).to.equal('pay-success');
    expect(success.detail).to.deep.include({ provider: 'glomo', status: 'succeeded', paymentId: 'pay_1' });
    expect(approved.names()).to.deep.equal(['pay-success']);
    unmountAll();

    const declined = await mountCardPayment({ 'payment-url': fixturePaymentUrl(uniqueKey('settled'), 'final=failed') });
    await declined.fillAndPay();
    expect((await declined.result()).name).to.equal('pay-failure');
    await declined.until(() => declined.cardForm?.pending === false, 'the form back');
    await declined.form.settle();
    expect(declined.form.root.querySelector('[part~="submit-error"]')!.textContent).to.equal('The payment was declined: The payment failed.');
  });

  it('an unsupported provider is refused with invalid_config, once when set and on each attempt, and nothing is sent', async () => {
    const key = uniqueKey('unsupported');
    const payment = await mountCardPayment({ provider: 'payglobe', 'payment-url': fixturePaymentUrl(key, 'final=pending') });
    expect(payment.events.map((event) => event.name)).to.deep.equal(['pay-error']);
    expect((payment.events[0]!.detail as { code: string }).code).to.equal('invalid_config');
    payment.events.length = 0;
    await payment.fillAndPay();
    expect(await expectOneError(payment, 'invalid_config')).to.contain('provider="payglobe" is not supported');
    expect(await statusRequests(key)).to.equal(0);
  });

  it('a status-url without {paymentId} is refused with invalid_config when paying', async () => {
    const payment = await mountCardPayment({ 'status-url': '/merchant/glomo/payment/latest' });
    expect(payment.events).to.deep.equal([]);
    await payment.fillAndPay();
    expect(await expectOneError(payment, 'invalid_config')).to.contain('{paymentId}');
  });

  it('the card stays inside: pay-card-submit does not leave the element', async () => {
    const seen: Event[] = [];
    const listener = (event: Event) => seen.push(event);
    document.addEventListener('pay-card-submit', listener);
    try {
      const payment = await mountCardPayment({ 'payment-url': fixturePaymentUrl(uniqueKey('leak'), 'fail=1&failWith=500') });
      await payment.fillAndPay();
      await payment.result();
      expect(seen).to.deep.equal([]);
    } finally {
      document.removeEventListener('pay-card-submit', listener);
    }
  });

  it('is accessible with the form, and with the bank\'s page open in the modal', async () => {
    const payment = await mountCardPayment();
    await expect(payment.element).to.be.accessible();
    await payment.fillAndPay();
    await payment.until(() => payment.modal !== null, 'the modal');
    await expect(payment.element).to.be.accessible();
  });
});
