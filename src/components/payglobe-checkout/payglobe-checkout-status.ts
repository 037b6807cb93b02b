/** How `<pay-payglobe-checkout>` words an attempt's end, for its status line and its announcement. Pure. */
import type { Translator } from '../../core/messages.js';
import { formatMoney } from '../../core/money.js';
import type { PaymentResult } from '../../core/types.js';
import type { FlowOutcome } from '../../flows/outcome.js';

export type PayGlobeCheckoutStatus = { kind: 'succeeded' | 'failed' | 'cancelled' | 'error'; message: string };

export function describePayGlobeOutcome(outcome: FlowOutcome<PaymentResult>, t: Translator, locale: string): PayGlobeCheckoutStatus {
  if (outcome.kind === 'cancel') return { kind: 'cancelled', message: t('payglobeCheckout.cancelled') };
  if (outcome.kind === 'error') return { kind: 'error', message: t('payglobeCheckout.error', { message: outcome.error.message }) };
  const result = outcome.value;
  if (result.status === 'succeeded') {
    const split = result.split;
    const message = split && split.voucher.amount > 0
      ? t('payglobeCheckout.succeededSplit', { card: formatMoney(split.card, locale), voucher: formatMoney(split.voucher, locale) })
      : split ? t('payglobeCheckout.succeeded', { amount: formatMoney(split.total, locale) }) : t('payglobeCheckout.succeededPlain');
    return { kind: 'succeeded', message };
  }
  if (result.status === 'cancelled') return { kind: 'cancelled', message: t('payglobeCheckout.cancelled') };
  return { kind: 'failed', message: t('payglobeCheckout.failed', { message: result.error?.message ?? '' }) };
}
