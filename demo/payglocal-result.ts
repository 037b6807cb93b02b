/**
 * The demo shop's PayGlocal result page: where the shop's callback sends the shopper after it
 * verified `x-gl-token`. It trusts nothing in its own address but the order id: the outcome is
 * the one the shop's server recorded (`GET /merchant/payglocal/payment/{merchantTxnId}`).
 */
import * as z from 'zod/mini';

/** This page's catalog (English; a shop would translate it with its own pages). */
const resultPageMessages = {
  'title.succeeded': 'Payment complete',
  'title.pending': 'Payment being processed',
  'title.cancelled': 'Payment cancelled',
  'title.failed': 'Payment not completed',
  'title.invalid': 'Payment result unavailable',
  'outcome.succeeded': 'Thank you: your payment was received (order {order}).',
  'outcome.pending': 'Your payment is authorised and waits to be captured (order {order}). We will confirm it by email.',
  'outcome.waiting': 'We have not received the payment result yet (order {order}).',
  'outcome.cancelled': 'The payment was cancelled or abandoned. Nothing was charged.',
  'outcome.failed': 'Your payment did not go through. You can try again with another card.',
  'outcome.invalid': 'This page cannot show a payment result: {reason}.',
  'reason.noOrder': 'the address names no order',
  'reason.unknown': 'the shop knows no such order',
  'reason.unreadable': 'the shop’s answer could not be read',
  'details': 'PayGlocal status {status}, read from the {source}.',
  'source.callback': 'signed callback',
  'source.status-api': 'status API (the callback carried ids only)',
  'callbacks': 'Callbacks received: {callbacks}; repeated ones ignored: {duplicates}.',
  'back': 'Back to the shop',
} as const;
type ResultPageKey = keyof typeof resultPageMessages;

const say = (key: ResultPageKey, params: Record<string, string | number> = {}) =>
  resultPageMessages[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
const show = (id: string, text: string) => {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
};

const orderSchema = z.object({
  merchantTxnId: z.string(),
  status: z.enum(['succeeded', 'pending', 'cancelled', 'failed', 'requires_action']),
  providerStatus: z.nullable(z.string()),
  source: z.enum(['none', 'callback', 'status-api']),
  callbacks: z.number(),
  duplicates: z.number(),
});

function invalid(reason: ResultPageKey): void {
  show('title', say('title.invalid'));
  show('outcome', say('outcome.invalid', { reason: say(reason) }));
}

async function showResult(): Promise<void> {
  show('back', say('back'));
  const order = new URLSearchParams(location.search).get('merchantTxnId') ?? '';
  if (!/^[A-Za-z0-9_-]{1,60}$/.test(order)) return invalid('reason.noOrder');
  const response = await fetch(`/merchant/payglocal/payment/${order}`).catch(() => null);
  if (!response?.ok) return invalid(response?.status === 404 ? 'reason.unknown' : 'reason.unreadable');
  const parsed = orderSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) return invalid('reason.unreadable');
  const recorded = parsed.data;
  const status = recorded.status === 'requires_action' ? 'pending' : recorded.status;
  show('title', say(`title.${status}`));
  if (recorded.source === 'none') show('outcome', say('outcome.waiting', { order }));
  else show('outcome', say(`outcome.${status}`, { order }));
  if (recorded.providerStatus && recorded.source !== 'none') {
    show('details', say('details', { status: recorded.providerStatus, source: say(`source.${recorded.source}`) }));
  }
  show('callbacks', say('callbacks', { callbacks: recorded.callbacks, duplicates: recorded.duplicates }));
}

void showResult();
