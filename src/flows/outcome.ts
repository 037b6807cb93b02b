/**
 * What every flow primitive ends with: one typed outcome, which an element turns into exactly
 * one result event (`finishFlow`).
 */
import { emit } from '../core/events.js';
import type { PayErrorCode, PaymentResult, ProviderName } from '../core/types.js';

export interface FlowError {
  code: PayErrorCode;
  message: string;
  /** True when the same call may simply be made again (a blocked popup, on the next click). */
  retryable?: boolean;
}

export type FlowCancelReason = 'escape' | 'close-button' | 'closed' | 'aborted';

/** The end of a flow: a value (a payment result, a validated message, an SDK), a cancel, or an error. */
export type FlowOutcome<T = PaymentResult> =
  | { kind: 'result'; value: T }
  | { kind: 'cancel'; reason: FlowCancelReason }
  | { kind: 'error'; error: FlowError };

export const flowResult = <T>(value: T): FlowOutcome<T> => ({ kind: 'result', value });
export const flowCancel = <T = never>(reason: FlowCancelReason): FlowOutcome<T> => ({ kind: 'cancel', reason });
export const flowError = <T = never>(code: PayErrorCode, message: string, retryable?: boolean): FlowOutcome<T> =>
  ({ kind: 'error', error: retryable ? { code, message, retryable } : { code, message } });

/**
 * Emits the one event a payment outcome ends in: `pay-success`, `pay-failure`, `pay-cancel`
 * or `pay-error` (`pay-pending` for a result that is not final yet).
 */
export function finishFlow(host: EventTarget, provider: ProviderName, outcome: FlowOutcome<PaymentResult>): void {
  if (outcome.kind === 'cancel') {
    emit(host, 'pay-cancel', { provider, reason: outcome.reason });
  } else if (outcome.kind === 'error') {
    emit(host, 'pay-error', { code: outcome.error.code, message: outcome.error.message, provider });
  } else {
    const result = outcome.value;
    if (result.status === 'succeeded') emit(host, 'pay-success', result);
    else if (result.status === 'failed') emit(host, 'pay-failure', result);
    else if (result.status === 'cancelled') emit(host, 'pay-cancel', { provider, reason: 'cancelled' });
    else emit(host, 'pay-pending', result);
  }
}
