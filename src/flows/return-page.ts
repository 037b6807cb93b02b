/**
 * The merchant-origin return page talks to the page that started the flow over a
 * BroadcastChannel, not `window.opener`: COOP can cut the opener link, and a same-tab or
 * new-tab redirect has no opener at all. Every message is validated on receipt.
 */
import * as z from 'zod/mini';
import type { PaymentResult } from '../core/types.js';

/** The channel every pay-elements flow of an origin listens on. */
export const RETURN_CHANNEL = 'pay-elements';
export const RETURN_MESSAGE_TYPE = 'pay-elements:result';

const paymentResultSchema = z.object({
  provider: z.enum(['glomo', 'payglobe', 'sibs', 'payglocal']),
  status: z.enum(['succeeded', 'failed', 'pending', 'requires_action', 'cancelled']),
  orderId: z.optional(z.string()),
  paymentId: z.optional(z.string()),
  signature: z.optional(z.string()),
  error: z.optional(z.object({ code: z.string(), message: z.string() })),
  raw: z.unknown(),
});

const returnMessageSchema = z.object({
  type: z.literal(RETURN_MESSAGE_TYPE),
  flowId: z.optional(z.string()),
  result: paymentResultSchema,
});

export type ReturnMessage = { type: typeof RETURN_MESSAGE_TYPE; flowId?: string; result: PaymentResult };

/**
 * Posts `result` to the page waiting for it (on this origin). Call it from the return page
 * after reading the provider's callback. Returns false, without throwing, when the result is
 * malformed or cannot be sent.
 */
export function notifyOpener(result: PaymentResult, flowId?: string): boolean {
  const message: ReturnMessage = flowId === undefined ? { type: RETURN_MESSAGE_TYPE, result } : { type: RETURN_MESSAGE_TYPE, flowId, result };
  if (!z.safeParse(returnMessageSchema, message).success || typeof BroadcastChannel === 'undefined') return false;
  const channel = new BroadcastChannel(RETURN_CHANNEL);
  try {
    channel.postMessage(message);
    return true;
  } catch {
    return false; // `raw` that cannot be cloned
  } finally {
    channel.close();
  }
}

export interface ReturnListener {
  close(): void;
}

export interface ReturnListenerOptions {
  /**
   * Messages for this flow are taken; messages naming another flow are ignored, and messages
   * naming none only when `matches` accepts them (every tab of the origin hears the channel, so
   * an unaddressed result may be another tab's payment).
   */
  flowId?: string;
  /** Accepts a result for this flow, e.g. by its order or payment id; required for unaddressed messages when `flowId` is set. */
  matches?(result: PaymentResult): boolean;
  onResult(result: PaymentResult): void;
  /** A message of our type that failed validation (naming this flow, when `flowId` is set). */
  onInvalid?(): void;
  signal?: AbortSignal;
}

/**
 * Listens for return-page results on this origin. Messages of other types and of other flows
 * are ignored; ours that are malformed go to `onInvalid`. Without `flowId` and `matches`, every
 * result is taken (a page with one flow and a return page that cannot know the flow id).
 */
export function listenForReturn(options: ReturnListenerOptions): ReturnListener {
  if (typeof BroadcastChannel === 'undefined' || options.signal?.aborted) return { close() {} };
  const channel = new BroadcastChannel(RETURN_CHANNEL);
  const close = () => {
    channel.close();
    options.signal?.removeEventListener('abort', close);
  };
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== RETURN_MESSAGE_TYPE) return;
    const parsed = z.safeParse(returnMessageSchema, data);
    if (!parsed.success) {
      // Every tab of the origin hears the channel: a broken message ends only the flow it names.
      const named = (data as { flowId?: unknown }).flowId;
      if (options.flowId === undefined || named === options.flowId) options.onInvalid?.();
      return;
    }
    const result = toResult(parsed.data.result);
    const addressed = parsed.data.flowId;
    if (options.flowId !== undefined && addressed !== options.flowId && (addressed !== undefined || !options.matches)) return;
    if (options.matches && addressed === undefined && !options.matches(result)) return;
    options.onResult(result);
  };
  options.signal?.addEventListener('abort', close, { once: true });
  return { close };
}

/** The parsed result without `undefined` members. */
function toResult(parsed: z.infer<typeof paymentResultSchema>): PaymentResult {
  const result: PaymentResult = { provider: parsed.provider, status: parsed.status, raw: parsed.raw };
  if (parsed.orderId !== undefined) result.orderId = parsed.orderId;
  if (parsed.paymentId !== undefined) result.paymentId = parsed.paymentId;
  if (parsed.signature !== undefined) result.signature = parsed.signature;
  if (parsed.error !== undefined) result.error = parsed.error;
  return result;
}

/** A fresh id for one flow, so a return page can address the tab that started it. */
export function createFlowId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
