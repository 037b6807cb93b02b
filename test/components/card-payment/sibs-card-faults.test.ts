import { expect } from '@open-wc/testing';
import { mountCardPayment, sleep, unmountAll } from '../../e2e/support/card-payment-harness.js';
import { FAKE_PAYMENT_URL, FAKE_STATUS_URL, FakeSibsShop } from '../sibs-support/fake-sibs-shop.js';

const ok = { statusCode: '000', statusMsg: 'Success' };

/**
 * `<pay-card-payment provider="sibs">` when things go wrong: a bad configuration, the shop's
 * endpoint failing, an answer that is not SIBS's, the element removed while 3-D Secure is under
 * way. Each attempt ends in exactly one result event, and nothing throws.
 */
describe('<pay-card-payment provider="sibs"> faults', function () {
  this.timeout(15_000);
  let shop: FakeSibsShop;
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
  beforeEach(() => {
    shop = new FakeSibsShop().install();
    uncaught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    unmountAll();
    shop.uninstall();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(uncaught, 'no uncaught error').to.deep.equal([]);
  });

  const mount = (attributes: Record<string, string> = {}) =>
    mountCardPayment({ provider: 'sibs', 'payment-url': FAKE_PAYMENT_URL, 'status-url': FAKE_STATUS_URL, ...attributes });

  it('no status-url: Pay ends in one pay-error invalid_config naming it, nothing sent', async () => {
    const payment = await mount({ 'status-url': '' });
    await payment.fillAndPay();
    const result = await payment.result();
    expect(result.detail).to.deep.include({ code: 'invalid_config' });
    expect((result.detail as { message: string }).message).to.contain('status-url');
    await sleep(200);
    expect(payment.names()).to.deep.equal(['pay-error']);
    expect(shop.requests, 'no request').to.have.length(0);
  });

  it('a provider it does not know: invalid_config as soon as it is set', async () => {
    const payment = await mount({ provider: 'sibbs' });
    await payment.until(() => payment.results().length === 1, 'the mistake reported');
    expect(payment.results()[0]!.detail).to.deep.include({ code: 'invalid_config' });
  });

  it('the shop’s endpoint unreachable: one pay-error network, the form back', async () => {
    shop.paymentAnswers = ['network-error'];
    const payment = await mount();
    await payment.fillAndPay();
    const result = await payment.result();
    expect(result.name).to.equal('pay-error');
    expect(result.detail).to.deep.include({ code: 'network', provider: 'sibs' });
    await payment.until(() => payment.cardForm?.pending === false, 'the form back');
    await sleep(200);
    expect(payment.results()).to.have.length(1);
  });

  it('the shop answering 502 with its error: one pay-error, not a payment result', async () => {
    shop.paymentAnswers = [{ status: 502, body: { error: { code: 'provider_unavailable', message: 'SIBS is down' } } }];
    const payment = await mount();
    await payment.fillAndPay();
    const result = await payment.result();
    expect(result.name).to.equal('pay-error');
    await sleep(200);
    expect(payment.results()).to.have.length(1);
  });

  it('an answer that is not SIBS’s purchase response: one pay-error invalid_response', async () => {
    shop.paymentAnswers = [{ body: { hello: 'world', paymentStatus: 'Paid' } }];
    const payment = await mount();
    await payment.fillAndPay();
    const result = await payment.result();
    expect(result.detail).to.deep.include({ code: 'invalid_response', provider: 'sibs' });
    await sleep(200);
    expect(payment.names()).to.deep.equal(['pay-error']);
  });

  it('a status answer that is not SIBS’s while 3-D Secure waits: one pay-error invalid_response', async () => {
    shop.paymentAnswers = [{ body: { returnStatus: ok, paymentStatus: 'Partial', transactionID: 'tx-odd', actionResponse: { type: 'DO_REDIRECT', redirectURL: `${location.origin}/__flows/json?body=%7B%7D` } } }];
    const original = window.fetch;
    window.fetch = (input, init) => (String(input instanceof Request ? input.url : input).includes('/__fake-sibs/payment/tx-odd')
      ? Promise.resolve(new Response('{"paymentStatus":42}', { headers: { 'Content-Type': 'application/json' } }))
      : original(input, init));
    try {
      const payment = await mount({ redirect: 'host' });
      await payment.fillAndPay();
      const result = await payment.result();
      expect(result.detail).to.deep.include({ code: 'invalid_response' });
      expect(payment.names()).to.deep.equal(['pay-pending', 'pay-redirect', 'pay-error']);
    } finally {
      window.fetch = original;
    }
  });

  it('removed while the 3-D Secure modal is open: one pay-cancel aborted, the modal gone, no more status reads', async () => {
    shop.paymentAnswers = [{ body: { returnStatus: ok, paymentStatus: 'Partial', transactionID: 'tx-removed', actionResponse: { type: 'DO_REDIRECT', redirectURL: `${location.origin}/__flows/json?body=%7B%7D` } } }];
    const payment = await mount();
    await payment.fillAndPay();
    await payment.next('pay-redirect');
    await payment.until(() => payment.modal !== null, 'the 3-D Secure modal');
    await payment.until(() => shop.statusReads().length > 0, 'a status read', 6000);
    payment.element.remove();
    const reads = shop.statusReads().length;
    await sleep(2500); // longer than the SIBS poll interval
    expect(shop.statusReads().length, 'no status read after removal').to.equal(reads);
    expect(payment.modal).to.equal(null);
    expect(payment.results().map((event) => [event.name, event.detail])).to.deep.equal([['pay-cancel', { provider: 'sibs', reason: 'aborted' }]]);
  });
});
