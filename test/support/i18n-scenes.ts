/**
 * Every element, in the states the i18n tests look at, each mounted in a page-wide wrapper with
 * `lang` (and `dir`). A scene mounts one element, waits until it speaks the language
 * (`stage.ready`), and hands each state to `stage.capture`; it removes what it mounted.
 * The `basic` states are cheap (no provider round trip): initial, errors after submitting
 * empty, the MB WAY wait and a Multibanco reference (both on the fake SIBS shop); `deep` adds
 * what a harness reaches quickly: filled, pending, a merchant's error, success and failure.
 */
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import '../components/bank-transfer/bank-transfer-harness.js'; // registers <test-configured-bank-transfer>
import { BankTransferHarness } from '../components/bank-transfer/bank-transfer-harness.js';
import { FAKE_PAYMENT_URL, FAKE_STATUS_URL } from '../components/sibs-support/fake-sibs-shop.js';
import { CardFormHarness } from './card-form-harness.js';
import { CardPaymentHarness, uniqueKey } from '../e2e/support/card-payment-harness.js';
import { PayGlocalCheckoutHarness } from '../components/payglocal-checkout/payglocal-checkout-harness.js';
import { policyPageUrl } from './diagnostics-harness.js';
import { SANDBOX_PUBLIC_KEY, SANDBOX_SECRET_KEY } from './sandbox.js';
import { until } from './a11y-states.js';
import { invalidShown, mount, settle, shadow, SUPPLIED, type FormControl, type Stage } from './i18n-stage.js';
import { mbway, mbwaySuccess, multibanco } from './i18n-sibs-scenes.js';

export { SUPPLIED, type Stage } from './i18n-stage.js';

async function cardForm(stage: Stage): Promise<void> {
  const { element, remove } = await mount<FormControl>(stage, html`<pay-card-form amount="15000" currency="EUR"></pay-card-form>`, ['card.number.label', 'card.cvv.label']);
  try {
    await stage.capture('card-form', 'initial', element);
    element.submit();
    await until(() => invalidShown(element.shadowRoot!), 'the card form errors');
    await settle(element);
    await stage.capture('card-form', 'errors', element);
    if (!stage.deep) return;
    const form = new CardFormHarness(element as never);
    await form.fill(SUPPLIED.card);
    await form.settle();
    await stage.capture('card-form', 'filled', element);
    element.submit();
    await until(() => (element as unknown as { pending: boolean }).pending, 'pending');
    await settle(element);
    await stage.capture('card-form', 'pending', element);
    element.endSubmit({ error: SUPPLIED.merchantError });
    await settle(element);
    await stage.capture('card-form', 'declined by the merchant', element);
  } finally {
    remove();
  }
}

async function voucherChoice(stage: Stage): Promise<void> {
  const { element, remove } = await mount<FormControl>(stage,
    html`<pay-voucher-choice total="15000" currency="EUR" voucher-balance="5000" method="CARD_AND_VOUCHER"></pay-voucher-choice>`, ['voucher.method.CARD_ONLY']);
  try {
    await stage.capture('voucher-choice', 'initial', element);
    element.submit();
    await until(() => invalidShown(element.shadowRoot!), 'the voucher errors');
    await settle(element);
    await stage.capture('voucher-choice', 'errors', element);
    if (!stage.deep) return;
    shadow(element, '#amount').focus();
    await sendKeys({ type: '20' });
    await settle(element);
    await stage.capture('voucher-choice', 'amount typed', element);
    element.submit();
    await settle(element);
    await stage.capture('voucher-choice', 'pending', element);
    element.endSubmit({ error: SUPPLIED.merchantError });
    await settle(element);
    await stage.capture('voucher-choice', 'declined by the merchant', element);
  } finally {
    remove();
  }
}

async function bankTransfer(stage: Stage): Promise<void> {
  const { element, remove } = await mount<FormControl>(stage, html`<test-configured-bank-transfer></test-configured-bank-transfer>`, ['bank.details.title', 'bank.details.accountName']);
  try {
    await stage.capture('bank-transfer', 'initial (with details)', element);
    element.submit();
    await until(() => invalidShown(element.shadowRoot!), 'the bank transfer errors');
    await settle(element);
    await stage.capture('bank-transfer', 'errors', element);
    if (!stage.deep) return;
    const transfer = new BankTransferHarness(element as never);
    await transfer.fill({ account: SUPPLIED.sender, reference: SUPPLIED.reference });
    await transfer.settle();
    await stage.capture('bank-transfer', 'filled', element);
    element.submit();
    await transfer.settle();
    await stage.capture('bank-transfer', 'submitted', element);
  } finally {
    remove();
  }
}

async function cardPayment(stage: Stage, provider: 'glomo' | 'sibs'): Promise<void> {
  const { element, remove } = await mount<Element>(stage,
    html`<pay-card-payment provider=${provider} payment-url=${provider === 'sibs' ? FAKE_PAYMENT_URL : `/__flows/stall?key=${uniqueKey('i18n')}`}
      status-url=${FAKE_STATUS_URL} amount="1234" currency="EUR"></pay-card-payment>`, ['card.number.label', 'card.cvv.label']);
  const scene = `card-payment ${provider}`;
  try {
    const payment = new CardPaymentHarness(element as never);
    await settle(payment.cardForm!);
    await stage.ready(payment.cardForm!, ['card.number.label', 'card.cvv.label']);
    await stage.capture(scene, 'initial', element);
    (payment.cardForm as unknown as FormControl).submit();
    await until(() => invalidShown(payment.cardForm!.shadowRoot!), 'the card errors');
    await settle(payment.cardForm!);
    await stage.capture(scene, 'errors', element);
    if (!stage.deep || provider === 'sibs') return;
    // Glomo on a shop that never answers: pending.
    await payment.fillAndPay();
    await until(() => payment.cardForm?.pending === true, 'the pending state');
    await settle(payment.cardForm!);
    await stage.capture(scene, 'pending', element);
  } finally {
    remove();
  }
}

async function glomoCheckout(stage: Stage): Promise<void> {
  const { element, remove } = await mount<Element>(stage, html`<pay-glomo-checkout public-key=${SANDBOX_PUBLIC_KEY} order-id="order_i18n"></pay-glomo-checkout>`, ['glomoCheckout.pay']);
  try {
    await stage.capture('glomo-checkout', 'initial', element);
  } finally {
    remove();
  }
  if (!stage.deep) return;
  const misconfigured = await mount<Element>(stage, html`<pay-glomo-checkout public-key=${SANDBOX_SECRET_KEY} order-id="order_i18n"></pay-glomo-checkout>`, ['glomoCheckout.pay']);
  try {
    shadow(misconfigured.element, 'button[part~=button]').click();
    await settle(misconfigured.element);
    await stage.capture('glomo-checkout', 'misconfigured, pressed', misconfigured.element);
  } finally {
    misconfigured.remove();
  }
}

async function payglobeCheckout(stage: Stage): Promise<void> {
  // Its round trips (the checkout open, a decline, a payment) are in i18n-provider-scenes.ts.
  const { element, remove } = await mount<Element>(stage,
    html`<pay-payglobe-checkout publishable-key=${SANDBOX_PUBLIC_KEY} amount="1000" currency="EUR" email="shopper@example.com" script-url="/__no-script.js"></pay-payglobe-checkout>`,
    ['payglobeCheckout.payPlain']);
  try {
    await stage.capture('payglobe-checkout', 'initial', element);
  } finally {
    remove();
  }
}

async function payglocalCheckout(stage: Stage): Promise<void> {
  // A shop that answers HTTP 500: the error notice.
  const failing = `/__flows/status?key=${uniqueKey('i18n-payglocal')}&fail=1&failWith=500`;
  const { element, remove } = await mount<Element>(stage, html`<pay-payglocal-checkout payment-url=${failing} amount="150000" currency="INR"></pay-payglocal-checkout>`, ['payglocalCheckout.pay']);
  try {
    await stage.capture('payglocal-checkout', 'initial', element);
    const harness = new PayGlocalCheckoutHarness(element as never);
    await harness.click();
    await until(() => harness.notice !== null, 'the error notice');
    await settle(element);
    await stage.capture('payglocal-checkout', 'the shop failed', element);
  } finally {
    remove();
  }
  if (!stage.deep) return;
  const stalled = await mount<Element>(stage, html`<pay-payglocal-checkout payment-url=${`/__flows/stall?key=${uniqueKey('i18n-payglocal')}`} request-timeout="1500"></pay-payglocal-checkout>`, ['payglocalCheckout.pay']);
  try {
    const harness = new PayGlocalCheckoutHarness(stalled.element as never);
    await harness.click();
    await until(() => harness.button.getAttribute('aria-busy') === 'true', 'the pending state');
    await settle(stalled.element);
    await stage.capture('payglocal-checkout', 'pending', stalled.element);
    await until(() => harness.notice !== null, 'the timeout notice', 6000);
    await settle(stalled.element);
    await stage.capture('payglocal-checkout', 'timed out', stalled.element);
  } finally {
    stalled.remove();
  }
}

async function diagnostics(stage: Stage): Promise<void> {
  // A page whose policy blocks Glomo's frame and API: failures with their fixes.
  const url = new URL(policyPageUrl({ csp: ["default-src 'self'"], coop: 'same-origin' }), location.href).href;
  const { element, remove } = await mount<Element>(stage, html`<pay-diagnostics providers="glomo" url=${url}></pay-diagnostics>`, ['diagnostics.title']);
  try {
    await until(() => element.shadowRoot!.querySelector('li[data-check] [part~=status]') !== null, 'the report', 8000);
    await settle(element);
    await stage.capture('diagnostics', 'report', element);
    if (!stage.deep) return;
    for (const details of element.shadowRoot!.querySelectorAll('details')) details.open = true;
    element.shadowRoot!.querySelector<HTMLElement>('[part~=cors-link]')?.click();
    await settle(element);
    await stage.capture('diagnostics', 'fixes and the CORS help open', element);
  } finally {
    remove();
  }
}

/** Every element in every state the stage asks for, one after the other. */
export async function everyElement(stage: Stage): Promise<void> {
  await cardForm(stage);
  await voucherChoice(stage);
  await bankTransfer(stage);
  await glomoCheckout(stage);
  await cardPayment(stage, 'glomo');
  await cardPayment(stage, 'sibs');
  await mbway(stage);
  if (stage.deep) await mbwaySuccess(stage);
  await multibanco(stage);
  await payglobeCheckout(stage);
  await payglocalCheckout(stage);
  await diagnostics(stage);
}

