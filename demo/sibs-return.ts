/**
 * The demo shop's 3-D Secure return page for SIBS (`merchant.returnUrl`). SIBS appends
 * `transactionID` and `paymentStatus`, but that query is only advisory: the page asks the shop's
 * status endpoint (which asks SIBS) and shows what it says, validated. Inside the element's modal
 * it only says "one moment": the element, polling the same status, closes it.
 */
import * as z from 'zod/mini';
import { sibsStatusToResult } from '../src/providers/sibs/sibs-results.js';
import { sibsStatusResponseSchema } from '../src/providers/sibs/sibs-schemas.js';

/** This page's catalog (English; a shop would translate it with its own pages). */
const messages = {
  'title.succeeded': 'Payment complete',
  'title.failed': 'Payment not completed',
  'title.pending': 'Payment being processed',
  'title.invalid': 'Payment result unavailable',
  'outcome.succeeded': 'Thank you: your payment was accepted (transaction {paymentId}).',
  'outcome.failed': 'Your payment did not go through: {reason}',
  'outcome.pending': 'Your payment is still being processed.',
  'outcome.invalid': 'This page was opened without a payment to show, or the shop could not tell its status.',
  'next.framed': 'One moment…',
  'next.alone': 'Return to the shop to continue.',
  back: 'Back to the shop',
} as const;

function say(key: keyof typeof messages, params: Record<string, string> = {}): string {
  return messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

function show(id: string, text: string): void {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
}

async function showStatus(): Promise<void> {
  show('back', say('back'));
  show('next', window.top !== window ? say('next.framed') : say('next.alone'));
  const transactionID = new URLSearchParams(location.search).get('transactionID');
  if (!transactionID || !/^[A-Za-z0-9_-]{1,200}$/.test(transactionID)) throw new Error('no transaction');
  const response = await fetch(`/merchant/sibs/payment/${encodeURIComponent(transactionID)}`, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const parsed = z.safeParse(sibsStatusResponseSchema, await response.json());
  if (!parsed.success) throw new Error('not a SIBS status');
  const result = sibsStatusToResult(parsed.data, 'card', document.documentElement.lang);
  if (result.status === 'succeeded') {
    show('title', say('title.succeeded'));
    show('outcome', say('outcome.succeeded', { paymentId: result.paymentId ?? '' }));
  } else if (result.status === 'failed') {
    show('title', say('title.failed'));
    show('outcome', say('outcome.failed', { reason: result.error?.message ?? '' }));
  } else {
    show('title', say('title.pending'));
    show('outcome', say('outcome.pending'));
  }
}

showStatus().catch(() => {
  show('title', say('title.invalid'));
  show('outcome', say('outcome.invalid'));
});
