/**
 * The demo shop's return page for Glomo (the S2S callback, after the shop's server verified
 * it, and Glomo Checkout's `callbackUrl` mode). It reads the result from its own address,
 * shows it, and posts it on the `pay-elements` BroadcastChannel so the page that started the
 * payment (this tab before a same-tab redirect, the opener of a new tab, the modal's host)
 * finishes at once. A `flow` query parameter, when the shop's URL carries one, addresses the
 * result to that flow. The page trusts nothing it shows: the shop's server decides the order.
 */
import { notifyOpener } from '../src/flows/return-page.js';
import { readGlomoCallback } from '../src/providers/glomo/read-glomo-callback.js';

/** This page's catalog (English; a shop would translate it with its own pages). */
const returnPageMessages = {
  'title.succeeded': 'Payment complete',
  'title.failed': 'Payment not completed',
  'title.invalid': 'Payment result unavailable',
  'outcome.succeeded': 'Thank you: your payment was accepted (payment {paymentId}).',
  'outcome.failed': 'Your payment did not go through: {reason}',
  'outcome.failedGeneric': 'Your payment did not go through.',
  'outcome.pending': 'Your payment is still being processed.',
  'next.framed': 'One moment…',
  'next.notified': 'If the shop’s page is open in another tab, it has the result: you can close this one.',
  'next.alone': 'Return to the shop to continue.',
  'back': 'Back to the shop',
} as const;
type ReturnPageKey = keyof typeof returnPageMessages;

function say(key: ReturnPageKey, params: Record<string, string> = {}): string {
  return returnPageMessages[key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

function show(id: string, text: string): void {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
}

const reading = readGlomoCallback(location);
const flowId = new URLSearchParams(location.search).get('flow') ?? undefined;
const framed = window.top !== window;
show('back', say('back'));

if (!reading.ok) {
  show('title', say('title.invalid'));
  show('outcome', reading.error.message);
} else {
  const { result } = reading;
  const succeeded = result.status === 'succeeded';
  show('title', say(succeeded ? 'title.succeeded' : 'title.failed'));
  if (succeeded) show('outcome', say('outcome.succeeded', { paymentId: result.paymentId ?? '' }));
  else if (result.status === 'failed') show('outcome', result.error ? say('outcome.failed', { reason: result.error.message }) : say('outcome.failedGeneric'));
  else show('outcome', say('outcome.pending'));
  const notified = notifyOpener(result, flowId);
  show('next', framed ? say('next.framed') : say(notified ? 'next.notified' : 'next.alone'));
}
