import { expect } from '@open-wc/testing';

/** The demo shop's server runs on the test page's origin and reaches the provider sandbox. */
describe('the demo merchant server in the test run', () => {
  it('creates a Glomo order through the sandbox', async () => {
    const response = await fetch('/merchant/glomo/order?amount=1234&currency=EUR', { method: 'POST' });
    expect(response.status).to.equal(200);
    const body = await response.json();
    expect(body.order_id).to.match(/^order_/);
  });

  it('refuses a payment without a card', async () => {
    const response = await fetch('/merchant/glomo/payment', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).to.equal(400);
    expect((await response.json()).error.code).to.be.a('string');
  });

  it('answers 404 for an unknown merchant path', async () => {
    expect((await fetch('/merchant/nothing')).status).to.equal(404);
  });
});
