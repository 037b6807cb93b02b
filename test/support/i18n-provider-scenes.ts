/**
 * The states only a provider round trip reaches, through the local sandbox as the a11y state
 * tests drive them (test/a11y/states-*.test.ts): the card payment's iframe modal, a decline and
 * a success; the Glomo checkout popup open and declined; the PayGlobe checkout
 * open, declined, paid, and its script failing. For the pseudo-locale test, which
 * renders them once (the per-locale test keeps to the cheap states).
 */
import { mountCardPayment, unmountAll as unmountCardPayments } from '../e2e/support/card-payment-harness.js';
import { mountCheckout, part, realClick, sdkUrl, unmountAll as unmountCheckouts, watchWindowOpen } from '../e2e/support/glomo-checkout-harness.js';
import { forceStatus, mountPayGlobe, payButton, scriptUrl, shopper, startPayment, unmountAll as unmountPayGlobes } from '../e2e/support/payglobe-checkout-harness.js';
import { clickInHostedPage, createGlomoOrder, hostedPageHas } from './sandbox.js';
import { settle, type Stage } from './i18n-stage.js';

/** `<pay-card-payment>` (glomo) on the demo shop: the bank's page in the iframe modal, declined, then a second one approved. */
async function cardPaymentThroughTheSandbox(stage: Stage): Promise<void> {
  try {
    const declined = await mountCardPayment({ lang: stage.lang, dir: stage.dir });
    await stage.ready(declined.cardForm!, ['card.number.label']);
    await declined.fillAndPay();
    const paymentId = await declined.paymentId();
    if (!(await hostedPageHas(`authenticate?paymentId=${paymentId}`, 'button[value="approve"]'))) throw new Error('the hosted page did not load');
    await declined.until(() => declined.modal !== null, 'the iframe modal');
    await settle(declined.element);
    await stage.capture('card-payment glomo', 'the bank’s page in the iframe modal', declined.element);
    await declined.decide('decline');
    await declined.result();
    await declined.until(() => declined.cardForm?.pending === false, 'the form back');
    await settle(declined.cardForm!);
    await stage.capture('card-payment glomo', 'declined', declined.element);

    const approved = await mountCardPayment({ lang: stage.lang, dir: stage.dir });
    await approved.fillAndPay();
    await approved.decide('approve');
    await approved.result();
    await settle(approved.element);
    await stage.capture('card-payment glomo', 'approved', approved.element);
  } finally {
    unmountCardPayments();
  }
}

/** `<pay-glomo-checkout>` with the sandbox's SDK: the popup open, then declined. */
async function glomoCheckoutThroughTheSandbox(stage: Stage): Promise<void> {
  const windows = watchWindowOpen();
  try {
    const orderId = await createGlomoOrder();
    const checkout = await mountCheckout({ 'order-id': orderId, 'sdk-url': await sdkUrl(), lang: stage.lang, dir: stage.dir });
    await stage.ready(checkout.element, ['glomoCheckout.pay']);
    await realClick(part(checkout.element, 'button')!);
    if (!(await hostedPageHas(orderId, 'button[value="decline"]'))) throw new Error('the checkout popup did not load');
    await settle(checkout.element);
    await stage.capture('glomo-checkout', 'the popup open', checkout.element);
    await clickInHostedPage(orderId, 'button[value="decline"]');
    await checkout.next();
    await settle(checkout.element);
    await stage.capture('glomo-checkout', 'declined', checkout.element);
  } finally {
    unmountCheckouts();
    windows.restore();
  }
}

/** `<pay-payglobe-checkout>` on the sandbox: the checkout open, a declined card, a payment, and a script that does not load. */
async function payglobeCheckoutThroughTheSandbox(stage: Stage): Promise<void> {
  const attributes = { amount: '1000', currency: 'EUR', lang: stage.lang, dir: stage.dir };
  try {
    const declined = await mountPayGlobe(attributes);
    await stage.ready(declined.element, ['payglobeCheckout.pay']);
    const started = await startPayment(declined);
    await waitForElement(() => declined.element.querySelector('iframe'), 'the checkout iframe');
    await settle(declined.element);
    await stage.capture('payglobe-checkout', 'the checkout open', declined.element);
    await shopper.declineCard(started.page);
    await declined.next();
    await settle(declined.element);
    await stage.capture('payglobe-checkout', 'declined', declined.element);

    const paid = await mountPayGlobe(attributes);
    await forceStatus((await startPayment(paid)).paymentId, 'PAID');
    await paid.next();
    await settle(paid.element);
    await stage.capture('payglobe-checkout', 'paid', paid.element);

    const broken = await mountPayGlobe({ ...attributes, 'script-url': await scriptUrl({ __fault: '404' }) });
    await realClick(payButton(broken.element));
    await broken.next();
    await settle(broken.element);
    await stage.capture('payglobe-checkout', 'the script did not load', broken.element);
  } finally {
    unmountPayGlobes();
  }
}

async function waitForElement(probe: () => Element | null, what: string): Promise<void> {
  const deadline = Date.now() + 8000;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every sandbox round trip, one after the other. */
export async function throughTheSandbox(stage: Stage): Promise<void> {
  await cardPaymentThroughTheSandbox(stage);
  await glomoCheckoutThroughTheSandbox(stage);
  await payglobeCheckoutThroughTheSandbox(stage);
}
