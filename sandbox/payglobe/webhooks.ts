import { createHmac, randomBytes } from 'node:crypto';
import { defaultWebhookSecret } from './keys.js';
import { decimal, isFailureStatus, type PayGlobePayment, type PayGlobeState } from './state.js';

/**
 * Webhooks in PayGlobe's Stripe-compatible envelope, POSTed to the merchant: `notifyUrl` for the
 * wrapper API, else the URL registered for the payment's key (`POST /__sandbox/payglobe/webhooks`).
 * The raw body is signed with the webhook secret: base64 HMAC-SHA256 in `X-PayGlobe-Signature`,
 * and Stripe's `t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">` in `Stripe-Signature`.
 */

export const WEBHOOK_API_VERSION = '2023-10-16';
const DELIVERY_TIMEOUT_MS = 5000;

/** The event type a status is announced with, or null when it is not announced. */
export function eventTypeFor(payment: PayGlobePayment): string | null {
  if (payment.status === 'SUCCESS' || payment.status === 'PAID') return 'payment_intent.succeeded';
  if (payment.status === 'CARD_PREAUTH_SUCCESS') return 'payment_intent.processing';
  if (isFailureStatus(payment.status)) return 'payment_intent.payment_failed';
  return null;
}

/** `data.object`: PayGlobe's PaymentNotificationDto, amounts as decimals. */
export function paymentNotification(payment: PayGlobePayment) {
  const { currency } = payment;
  const amount = (minor: number) => decimal(minor, currency);
  const preauth = payment.mode === 'PREAUTH_VOUCHER_CAPTURE';
  const captured = payment.status === 'SUCCESS' ? payment.card : 0;
  const operationType = !preauth ? 'SALE' : payment.status === 'SUCCESS' ? (payment.card === 0 ? 'VOID' : 'CAPTURE') : 'PREAUTH';
  const end = payment.completedAt ?? new Date().toISOString();
  return {
    transactionId: payment.id,
    totalAmount: amount(payment.total),
    cardAmount: amount(payment.card),
    voucherAmount: amount(payment.voucher),
    currency,
    paymentMethod: payment.paymentMethod,
    paymentMode: payment.mode,
    status: payment.status,
    ...(payment.errorMessage !== undefined && isFailureStatus(payment.status) ? { errorMessage: payment.errorMessage } : {}),
    sessionStart: payment.createdAt,
    sessionEnd: end,
    sessionDurationSeconds: Math.max(0, Math.round((Date.parse(end) - Date.parse(payment.createdAt)) / 1000)),
    vouchersUsed: payment.voucher > 0 && payment.status === 'SUCCESS' ? 1 : 0,
    cardGatewayDetails: payment.gatewayPaymentId
      ? {
          paymentId: payment.gatewayPaymentId,
          transactionId: `IGFS_${payment.id}`,
          operationType,
          preauthorizedAmount: preauth ? amount(payment.total) : 0,
          capturedAmount: amount(preauth ? captured : payment.status === 'SUCCESS' ? payment.total : 0),
          responseCode: payment.status === 'CARD_PREAUTH_FAILED' || payment.status === 'CARD_CAPTURE_FAILED' ? '05' : '00',
          responseMessage: payment.status === 'CARD_PREAUTH_FAILED' || payment.status === 'CARD_CAPTURE_FAILED' ? 'Transaction declined' : 'Transaction approved',
        }
      : null,
    voucherDetails: payment.voucher > 0 && payment.step === 'done'
      ? {
          serialNumber: 'SANDBOX0VOUCHER',
          operationNumber: `OP_${payment.id}`,
          spentAmount: payment.status === 'VOUCHER_FAILED' ? 0 : amount(payment.voucher),
          responseCode: payment.status === 'VOUCHER_FAILED' ? '101' : '000',
          responseMessage: payment.status === 'VOUCHER_FAILED' ? 'Invalid OTP' : 'Transaction OK',
        }
      : null,
    createdAt: payment.createdAt,
    completedAt: payment.completedAt ?? null,
  };
}

/** The whole event, as the merchant receives it. */
export function webhookEvent(payment: PayGlobePayment, type: string, created = Math.floor(Date.now() / 1000)) {
  return {
    id: `evt_${randomBytes(10).toString('hex')}`,
    object: 'event',
    api_version: WEBHOOK_API_VERSION,
    created,
    type,
    livemode: payment.key.includes('_live_'),
    pending_webhooks: 0,
    data: { object: paymentNotification(payment) },
    request: null,
  };
}

/** Both signature headers for `rawBody` (exactly the bytes sent). */
export function signWebhook(rawBody: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const base64 = createHmac('sha256', secret).update(rawBody, 'utf8').digest('base64');
  const v1 = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex');
  return { 'X-PayGlobe-Signature': base64, 'Stripe-Signature': `t=${timestamp},v1=${v1}` };
}

/**
 * Sends the event for the payment's current status, if it has one and a target. Awaited (up to
 * 5 s) before the shopper moves on, so a merchant page that asks its server right after landing
 * already sees the webhook; a failure is recorded, never thrown (the sandbox does not retry).
 */
export async function sendWebhook(state: PayGlobeState, payment: PayGlobePayment): Promise<void> {
  const type = eventTypeFor(payment);
  const registration = state.webhooks.get(payment.key);
  const url = payment.notifyUrl ?? registration?.url;
  if (!type || !url) return;
  const secret = registration?.secret ?? defaultWebhookSecret(payment.key);
  const created = Math.floor(Date.now() / 1000);
  const rawBody = JSON.stringify(webhookEvent(payment, type, created));
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'User-Agent': 'PayGlobe-Sandbox-Webhooks/1.0', ...signWebhook(rawBody, secret, created) },
      body: rawBody,
      // AbortSignal.timeout's timer does not keep the process alive.
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      redirect: 'manual',
    });
    await response.arrayBuffer().catch(() => undefined);
    state.deliveries.push({ paymentId: payment.id, url, type, status: response.status });
  } catch (error) {
    state.deliveries.push({ paymentId: payment.id, url, type, status: null, error: error instanceof Error ? error.message : String(error) });
  }
}
