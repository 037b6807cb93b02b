import * as z from 'zod/mini';
import type { Translator } from '../../core/messages.js';
import type { FlowError } from '../../flows/outcome.js';
import { hostedPageOf, payglocalMerchantPaymentSchema } from '../../providers/payglocal/payglocal-schemas.js';
import type { PayGlocalCheckoutConfig } from './payglocal-checkout-config.js';

/** The hosted page to leave for, and the ids the merchant's server gave it. */
export interface PayGlocalHostedPage {
  redirectUrl: string;
  gid?: string;
  merchantTxnId?: string;
  raw: unknown;
}

const shopErrorSchema = z.object({ error: z.object({ message: z.string().check(z.minLength(1), z.maxLength(500)) }) });

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/**
 * Asks the merchant's `payment-url` to initiate the payment: `POST` JSON, same-origin
 * credentials, a deadline. Every failure is a `FlowError` (never a throw): `network`,
 * `timeout`, or `invalid_response` for an answer without a usable hosted page URL.
 */
export async function requestHostedPage(
  config: PayGlocalCheckoutConfig,
  options: { timeoutMs: number; signal: AbortSignal; t: Translator },
): Promise<{ ok: true; page: PayGlocalHostedPage } | { ok: false; error: FlowError }> {
  const { t } = options;
  const deadline = AbortSignal.timeout(options.timeoutMs);
  let response: Response;
  try {
    response = await fetch(config.paymentUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(config.body),
      credentials: 'same-origin',
      signal: AbortSignal.any([deadline, options.signal]),
    });
  } catch {
    if (deadline.aborted) return { ok: false, error: { code: 'timeout', message: t('payglocalCheckout.error.timeout'), retryable: true } };
    return { ok: false, error: { code: 'network', message: t('payglocalCheckout.error.network'), retryable: true } };
  }
  const body = await readJson(response);
  if (!response.ok) {
    const shopError = shopErrorSchema.safeParse(body);
    const reason = shopError.success ? shopError.data.error.message : t('payglocalCheckout.error.httpStatus', { status: response.status });
    return { ok: false, error: { code: 'network', message: t('payglocalCheckout.error.http', { reason }), retryable: true } };
  }
  const parsed = payglocalMerchantPaymentSchema.safeParse(body);
  if (!parsed.success) return { ok: false, error: { code: 'invalid_response', message: t('payglocalCheckout.error.format') } };
  return { ok: true, page: { ...hostedPageOf(parsed.data), raw: parsed.data } };
}
