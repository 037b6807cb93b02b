import { expect } from '@open-wc/testing';
import { mountCardPayment, unmountAll } from '../../e2e/support/card-payment-harness.js';
import { FAKE_PAYMENT_URL, FAKE_STATUS_URL, FakeSibsShop } from '../sibs-support/fake-sibs-shop.js';

const ok = { statusCode: '000', statusMsg: 'Success' };
const partial = (actionResponse: unknown) => ({ returnStatus: ok, paymentStatus: 'Partial', paymentMethod: 'CARD', transactionID: 'tx-card', actionResponse });

/** `<pay-card-payment provider="sibs">` facing answers the sandbox never gives: each ends in one `pay-error`, nothing opened. */
describe('<pay-card-payment provider="sibs"> with unusual SIBS answers', function () {
  this.timeout(15_000);
  let shop: FakeSibsShop;
  beforeEach(() => { shop = new FakeSibsShop().install(); });
  afterEach(() => {
    unmountAll();
    shop.uninstall();
  });

  const mount = () => mountCardPayment({ provider: 'sibs', 'payment-url': FAKE_PAYMENT_URL, 'status-url': FAKE_STATUS_URL });

  it('posts { method: "card", card } to payment-url', async () => {
    shop.paymentAnswers = [{ body: { returnStatus: ok, paymentStatus: 'Success', transactionID: 'tx-card' } }];
    const payment = await mount();
    await payment.fillAndPay();
    expect((await payment.result()).name).to.equal('pay-success');
    const body = shop.payments()[0]!.body as { method: string; card: { number: string } };
    expect(body.method).to.equal('card');
    expect(body.card.number).to.equal('4111111111111111');
  });

  it('a 3-D Secure redirect to a host that is not SIBS’s: pay-error invalid_response, no modal, no redirect event', async () => {
    shop.paymentAnswers = [{ body: partial({ type: 'DO_REDIRECT', redirectURL: 'https://evil.example/3ds', method: 'GET' }) }];
    const payment = await mount();
    await payment.fillAndPay();
    const result = await payment.result();
    expect(result.name).to.equal('pay-error');
    expect(result.detail).to.deep.include({ code: 'invalid_response', provider: 'sibs' });
    expect(payment.modal).to.equal(null);
    expect(payment.names()).to.deep.equal(['pay-pending', 'pay-error']);
  });

  it('a javascript: redirect is never followed', async () => {
    shop.paymentAnswers = [{ body: partial({ type: 'DO_REDIRECT', redirectURL: 'javascript:alert(1)' }) }];
    const payment = await mount();
    await payment.fillAndPay();
    expect((await payment.result()).detail).to.deep.include({ code: 'invalid_response' });
    expect(payment.modal).to.equal(null);
  });

  it('an action this page cannot run (THREEDS_METHOD): pay-error invalid_response naming it', async () => {
    shop.paymentAnswers = [{ body: partial({ type: 'THREEDS_METHOD' }) }];
    const payment = await mount();
    await payment.fillAndPay();
    const result = await payment.result();
    expect(result.detail).to.deep.include({ code: 'invalid_response' });
    expect((result.detail as { message: string }).message).to.contain('THREEDS_METHOD');
  });

  it('a Partial purchase without its action: pay-error invalid_response', async () => {
    shop.paymentAnswers = [{ body: { returnStatus: ok, paymentStatus: 'Partial', transactionID: 'tx-card' } }];
    const payment = await mount();
    await payment.fillAndPay();
    expect((await payment.result()).detail).to.deep.include({ code: 'invalid_response' });
  });
});
