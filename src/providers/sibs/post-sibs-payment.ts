/**
 * Starts a SIBS payment on the shop's server: POSTs the method's body as JSON to `payment-url`
 * and validates SIBS's answer, relayed by the shop, with the given schema. Every way it can go
 * wrong is an outcome (`network`, `timeout`, `invalid_response`, `cancel` on abort), never a throw.
 */
import * as z from 'zod/mini';
import { translator, type MessageKey } from '../../core/messages.js';
import { flowCancel, flowError, type FlowOutcome } from '../../flows/outcome.js';
import { describeIssues } from '../../core/zod-issues.js';
import { sibsMessages } from './sibs.messages.js';

export interface PostSibsPaymentOptions<T> {
  paymentUrl: string;
  /** `{ method: 'mbway', customerPhone }`, `{ method: 'multibanco' }` or `{ method: 'card', card }`. */
  body: Record<string, unknown>;
  schema: z.ZodMiniType<T>;
  /** What the answer should be, for the message (`sibs.what.mbway` …). */
  what: MessageKey;
  signal: AbortSignal;
  locale?: string;
  /** No answer after this long is a `timeout`; default 30 s. */
  timeoutMs?: number;
}

export type SibsPaymentPosted<T> = { ok: true; response: T };

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

/** The validated answer, or the outcome that ends the attempt. */
export async function postSibsPayment<T>(options: PostSibsPaymentOptions<T>): Promise<SibsPaymentPosted<T> | FlowOutcome<never>> {
  const t = translator(sibsMessages, options.locale);
  const url = options.paymentUrl;
  const limitMs = options.timeoutMs ?? 30_000;
  const request = new AbortController();
  const onAbort = () => request.abort();
  options.signal.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const limit = setTimeout(() => {
    timedOut = true;
    request.abort();
  }, limitMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(options.body),
        credentials: 'same-origin',
        signal: request.signal,
      });
    } catch (error) {
      if (options.signal.aborted) return flowCancel('aborted');
      if (timedOut) return flowError('timeout', t('sibs.error.timeout', { url, seconds: limitMs / 1000 }));
      return flowError('network', t('sibs.error.network', { url, reason: error instanceof Error ? error.message : String(error) }));
    }
    if (!response.ok) return flowError('network', t('sibs.error.http', { url, status: response.status, detail: await errorDetail(response) }));
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      if (options.signal.aborted) return flowCancel('aborted');
      return flowError('invalid_response', t('sibs.error.json', { url }));
    }
    const parsed = z.safeParse(options.schema, body);
    if (!parsed.success) {
      return flowError('invalid_response', t('sibs.error.response', { url, what: t(options.what), reason: describeIssues(parsed.error.issues, 'body') }));
    }
    return { ok: true, response: parsed.data };
  } finally {
    clearTimeout(limit);
    options.signal.removeEventListener('abort', onAbort);
  }
}

/** Tells a posted answer from an outcome. */
export function isPosted<T>(value: SibsPaymentPosted<T> | FlowOutcome<never>): value is SibsPaymentPosted<T> {
  return 'ok' in value;
}
