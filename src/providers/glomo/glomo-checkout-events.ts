import * as z from 'zod/mini';
import type { PayBankTransferSubmittedDetail, PayErrorDetail } from '../../core/events.js';
import type { PaymentResult } from '../../core/types.js';
import { translator } from '../../core/messages.js';
import { glomoMessages } from './glomo.messages.js';
import { glomoBankTransferSubmittedSchema, glomoCheckoutFailureSchema, glomoCheckoutSuccessSchema } from './glomo-schemas.js';
import { glomoCheckoutEventToResult } from './glomo-results.js';

/** The Checkout SDK events the library listens to. */
export const GLOMO_CHECKOUT_EVENTS = ['payment.success', 'payment.failure', 'payment.bank_transfer_submitted'] as const;
export type GlomoCheckoutEventName = (typeof GLOMO_CHECKOUT_EVENTS)[number];

export type GlomoCheckoutEventReading =
  | { ok: true; event: 'payment.success' | 'payment.failure'; result: PaymentResult }
  | { ok: true; event: 'payment.bank_transfer_submitted'; detail: PayBankTransferSubmittedDetail }
  | { ok: false; error: PayErrorDetail };

/**
 * Validates a Checkout SDK event payload and maps it: `payment.success` / `payment.failure` to a
 * `PaymentResult`, `payment.bank_transfer_submitted` to the `pay-bank-transfer-submitted` detail.
 * A malformed payload is an `invalid_response` error.
 */
export function readGlomoCheckoutEvent(event: GlomoCheckoutEventName, payload: unknown, options: { locale?: string } = {}): GlomoCheckoutEventReading {
  const invalid: GlomoCheckoutEventReading = {
    ok: false,
    error: { code: 'invalid_response', message: translator(glomoMessages, options.locale)('glomo.event.invalid', { event }), provider: 'glomo' },
  };
  if (event === 'payment.bank_transfer_submitted') {
    const parsed = z.safeParse(glomoBankTransferSubmittedSchema, payload);
    return parsed.success ? { ok: true, event, detail: parsed.data } : invalid;
  }
  const parsed = z.safeParse(event === 'payment.success' ? glomoCheckoutSuccessSchema : glomoCheckoutFailureSchema, payload);
  return parsed.success ? { ok: true, event, result: glomoCheckoutEventToResult(parsed.data) } : invalid;
}
