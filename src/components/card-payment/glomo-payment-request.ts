/**
 * Starts a Glomo server-to-server card payment: POSTs `{ card }` as JSON to the shop's
 * endpoint (which adds the order and the secret key) and validates Glomo's documented answer,
 * `{ payment_id, status, next_steps }`. Every way it can go wrong is an outcome, never a throw.
 */
import type { GlomoCard } from '../../core/types.js';
import type { Translator } from '../../core/messages.js';
import { flowCancel, flowError, type FlowOutcome } from '../../flows/outcome.js';
import { readGlomoPaymentResponse, type GlomoPaymentResponseReading } from '../../providers/glomo/read-glomo-payment.js';

export type GlomoPaymentStarted = Extract<GlomoPaymentResponseReading, { ok: true }>;

export interface StartGlomoPaymentOptions {
  paymentUrl: string;
  card: GlomoCard;
  signal: AbortSignal;
  /** The element's translator (its catalog and locale). */
  t: Translator;
  locale: string;
  /** No answer after this long is a `timeout`; default 30 s. */
  timeoutMs?: number;
}

/** The shop's error body, when it sent the documented `{ error: { code, message } }`: a hint for developers. */
async function errorDetail(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    const { code, message } = body?.error ?? {};
    return typeof code === 'string' ? ` (${code}${typeof message === 'string' ? `: ${message}` : ''})` : '';
  } catch {
    return '';
  }
}

/** The validated payment response, or the outcome that ends the attempt (`network`, `timeout`, `invalid_response`, or `cancel` on abort). */
export async function startGlomoPayment(options: StartGlomoPaymentOptions): Promise<GlomoPaymentStarted | FlowOutcome<never>> {
  const { paymentUrl: url, t } = options;
  const request = new AbortController();
  const onAbort = () => request.abort();
  options.signal.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const limit = setTimeout(() => {
    timedOut = true;
    request.abort();
  }, options.timeoutMs ?? 30_000);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ card: options.card }),
        credentials: 'same-origin',
        signal: request.signal,
      });
    } catch (error) {
      if (options.signal.aborted) return flowCancel('aborted');
      if (timedOut) return flowError('timeout', t('cardPayment.error.network', { url, reason: `no answer within ${(options.timeoutMs ?? 30_000) / 1000} s` }));
      return flowError('network', t('cardPayment.error.network', { url, reason: error instanceof Error ? error.message : String(error) }));
    }
    if (!response.ok) return flowError('network', t('cardPayment.error.http', { url, status: response.status, detail: await errorDetail(response) }));
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      if (options.signal.aborted) return flowCancel('aborted');
      return flowError('invalid_response', t('cardPayment.error.json', { url }));
    }
    const reading = readGlomoPaymentResponse(body, { locale: options.locale });
    if (!reading.ok) return flowError('invalid_response', t('cardPayment.error.response', { url, reason: reading.error.message }));
    return reading;
  } finally {
    clearTimeout(limit);
    options.signal.removeEventListener('abort', onAbort);
  }
}

/** Tells a started payment from an outcome. */
export function isStarted(value: GlomoPaymentStarted | FlowOutcome<never>): value is GlomoPaymentStarted {
  return 'ok' in value;
}
