import { Hono, type Context } from 'hono';
import { parseMajor } from '../../src/core/money.js';
import { formAction, type SandboxEnv } from '../faults.js';
import type { ProviderDeps } from '../provider-deps.js';
import {
  captureStepPage, cardStepPage, checkoutErrorPage, choiceStepPage, merchantChoicePage, otpStepPage, resultPage, type StepAction,
} from './checkout-views.js';
import { cancelPayment, chooseMethod, confirmVoucherOtp, decideCard, settleCapture } from './flow.js';
import { isFailureStatus, VOUCHER_METHODS, type PayGlobePayment, type PayGlobeState, type VoucherMethod } from './state.js';
import { callbackLocation, withQuery } from './urls.js';
import { validateCheckoutForm, type CheckoutForm } from './validate.js';
import { sendWebhook } from './webhooks.js';

/**
 * PayGlobe's hosted checkout: `GET /payglobe/checkout?paymentId=…[&embedded=1]` renders the
 * payment's current step; each step's form posts to `POST /payglobe/checkout/<step>` and is
 * answered 303 to wherever the shopper goes next (the next step, the merchant's `callbackUrl`
 * for a merchant-hosted voucher step, a return/error URL, or the result page).
 */

type Env = SandboxEnv;

const STEP_NAMES = ['card', 'choice', 'otp', 'capture', 'cancel'] as const;
type StepName = (typeof STEP_NAMES)[number];

export function payglobeCheckoutPages({ state }: { state: PayGlobeState } & ProviderDeps) {
  const pages = new Hono<Env>();

  const checkoutUrl = (c: Context<Env>, payment: PayGlobePayment, embedded: boolean) =>
    formAction('/payglobe/checkout', { paymentId: payment.id, ...(embedded ? { embedded: '1' } : {}) }, c.req.query(), false);
  const stepAction = (c: Context<Env>, payment: PayGlobePayment, embedded: boolean): StepAction => (step) =>
    formAction(`/payglobe/checkout/${step}`, { paymentId: payment.id, ...(embedded ? { embedded: '1' } : {}) }, c.req.query(), false);
  const notFound = (c: Context<Env>) =>
    c.html(checkoutErrorPage('Payment not found', 'This checkout link does not match any PayGlobe payment.'), 404);

  /** Where the shopper goes once the payment reached a terminal status. */
  function finalLocation(c: Context<Env>, payment: PayGlobePayment, embedded: boolean): string {
    if (!embedded) {
      const idParam = payment.api === 'wrapper' ? 'transactionId' : 'paymentId';
      const params = { [idParam]: payment.id, status: payment.status };
      if (isFailureStatus(payment.status) && payment.errorUrl) return withQuery(payment.errorUrl, params);
      if (payment.returnUrl) return withQuery(payment.returnUrl, params);
    }
    return checkoutUrl(c, payment, embedded);
  }

  pages.get('/payglobe/checkout', (c) => {
    const payment = state.payments.get(c.req.query('paymentId') ?? '');
    if (!payment) return notFound(c);
    const embedded = c.req.query('embedded') === '1';
    const action = stepAction(c, payment, embedded);
    switch (payment.step) {
      case 'card': return c.html(cardStepPage(payment, embedded, action));
      case 'choice':
        return payment.callbackUrl
          ? c.html(merchantChoicePage(payment, callbackLocation(payment.callbackUrl, payment.id)))
          : c.html(choiceStepPage(payment, embedded, action));
      case 'otp': return c.html(otpStepPage(payment, embedded, action));
      case 'capture': return c.html(captureStepPage(payment, embedded, action));
      default: return c.html(resultPage(payment, embedded));
    }
  });

  pages.post('/payglobe/checkout/:step', async (c) => {
    const step = c.req.param('step') as StepName;
    const parsed = validateCheckoutForm(await c.req.parseBody().catch(() => null));
    if (!parsed.ok) return c.html(checkoutErrorPage('Unknown choice', `Use one of the buttons of the checkout (${parsed.message}).`), 400);
    const form = parsed.value;
    const field = (name: keyof CheckoutForm) => form[name] ?? '';
    const payment = state.payments.get(field('paymentId') || (c.req.query('paymentId') ?? ''));
    if (!payment || !STEP_NAMES.includes(step)) return notFound(c);
    const embedded = (field('embedded') || c.req.query('embedded')) === '1';
    const back = checkoutUrl(c, payment, embedded);
    const stepIsOver = step === 'cancel' ? payment.step === 'done' : payment.step !== step;
    if (stepIsOver) return c.html(checkoutErrorPage('This step is over', `The payment is at another step (${payment.status}).`, back), 409);
    const action = field('action');

    let updated: PayGlobePayment;
    if (step === 'cancel') updated = cancelPayment(state, payment);
    else if (step === 'card' && (action === 'approve' || action === 'decline')) updated = decideCard(state, payment, action);
    else if (step === 'otp' && action === 'confirm') updated = confirmVoucherOtp(state, payment, field('otp'));
    else if (step === 'capture' && (action === 'capture' || action === 'fail-capture')) updated = settleCapture(state, payment, action);
    else if (step === 'choice' && action === 'choose') {
      const chosen = chooseOnSandboxPage(state, payment, field('paymentMethod'), field('voucherAmount'));
      if (typeof chosen === 'string') {
        const input = { method: field('paymentMethod'), voucherAmount: field('voucherAmount'), error: chosen };
        return c.html(choiceStepPage(payment, embedded, stepAction(c, payment, embedded), input), 400);
      }
      updated = chosen;
    } else {
      return c.html(checkoutErrorPage('Unknown choice', 'Use one of the buttons of the checkout.', back), 400);
    }

    if (updated.status !== payment.status) await sendWebhook(state, updated);
    if (updated.step === 'done') return c.redirect(finalLocation(c, updated, embedded), 303);
    if (updated.step === 'choice' && updated.callbackUrl) return c.redirect(callbackLocation(updated.callbackUrl, updated.id), 303);
    return c.redirect(back, 303);
  });

  return pages;
}

/** The sandbox-hosted voucher choice; a message for the shopper when it doesn't fit. */
function chooseOnSandboxPage(state: PayGlobeState, payment: PayGlobePayment, method: string, voucherText: string): PayGlobePayment | string {
  if (!VOUCHER_METHODS.includes(method as VoucherMethod)) return 'Choose how you want to pay.';
  let voucher: number | null = null;
  if (method === 'CARD_AND_VOUCHER') {
    voucher = parseMajor(voucherText, payment.currency)?.amount ?? null;
    if (voucher === null) return `Enter the voucher amount as a number with at most the decimals of ${payment.currency}.`;
  }
  return chooseMethod(state, payment, method as VoucherMethod, voucher) ?? 'The voucher amount must be above zero and below the total.';
}
