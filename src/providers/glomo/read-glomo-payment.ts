import * as z from 'zod/mini';
import type { PayErrorDetail } from '../../core/events.js';
import type { PaymentResult } from '../../core/types.js';
import { translator } from '../../core/messages.js';
import { glomoMessages } from './glomo.messages.js';
import { glomoPaymentResponseSchema, glomoPaymentSchema, type GlomoPaymentResponse } from './glomo-schemas.js';
import { glomoNextSteps, glomoPaymentToResult, type GlomoNextSteps } from './glomo-results.js';

export type GlomoPaymentResponseReading =
  | { ok: true; response: GlomoPaymentResponse; nextSteps: GlomoNextSteps }
  | { ok: false; error: PayErrorDetail };
export type GlomoPaymentReading = { ok: true; result: PaymentResult } | { ok: false; error: PayErrorDetail };

function invalid(locale: string | undefined): { ok: false; error: PayErrorDetail } {
  return { ok: false, error: { code: 'invalid_response', message: translator(glomoMessages, locale)('glomo.response.invalid'), provider: 'glomo' } };
}

/** The merchant endpoint's answer to `POST { card }` (Glomo's payment response), validated, with its next steps. */
export function readGlomoPaymentResponse(payload: unknown, options: { locale?: string } = {}): GlomoPaymentResponseReading {
  const parsed = z.safeParse(glomoPaymentResponseSchema, payload);
  return parsed.success ? { ok: true, response: parsed.data, nextSteps: glomoNextSteps(parsed.data) } : invalid(options.locale);
}

/** The status endpoint's answer (Glomo's payment object), validated and mapped to a `PaymentResult`. */
export function readGlomoPayment(payload: unknown, options: { locale?: string } = {}): GlomoPaymentReading {
  const parsed = z.safeParse(glomoPaymentSchema, payload);
  return parsed.success ? { ok: true, result: glomoPaymentToResult(parsed.data, options.locale) } : invalid(options.locale);
}
