import { expect } from '@open-wc/testing';
import { SANDBOX_SECRET_KEY } from '../../support/sandbox.js';
import {
  forceStatus, mountPayGlobe, payButton, realClick, scriptUrl, shopper, startPayment, unmountAll, waitFor,
} from '../../e2e/support/payglobe-checkout-harness.js';

describe('<pay-payglobe-checkout> accessibility', function () {
  this.timeout(40_000);
  afterEach(unmountAll);

  it('passes axe idle, misconfigured and while the checkout is open', async () => {
    const idle = await mountPayGlobe({ amount: '1000' });
    await expect(idle.element).to.be.accessible();
    const misconfigured = await mountPayGlobe({ amount: '1000', 'publishable-key': SANDBOX_SECRET_KEY });
    await expect(misconfigured.element).to.be.accessible();
    const open = await mountPayGlobe({ amount: '1000' });
    await startPayment(open);
    await waitFor(() => open.element.querySelector('iframe'), 5000, 'the checkout iframe');
    await expect(open.element).to.be.accessible();
  });

  it('passes axe after a success, a failure and an error', async () => {
    const paid = await mountPayGlobe({ amount: '1000' });
    const first = await startPayment(paid);
    await forceStatus(first.paymentId, 'PAID');
    await paid.next();
    await expect(paid.element).to.be.accessible();

    const declined = await mountPayGlobe({ amount: '1000' });
    const second = await startPayment(declined);
    await shopper.declineCard(second.page);
    await declined.next();
    await expect(declined.element).to.be.accessible();

    const broken = await mountPayGlobe({ amount: '1000', 'script-url': await scriptUrl({ __fault: '404' }) });
    await realClick(payButton(broken.element));
    await broken.next();
    await expect(broken.element).to.be.accessible();
  });
});
