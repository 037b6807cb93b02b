import { randomUUID } from 'node:crypto';
import { inquiryView, type SibsState, type SibsTransaction } from './state.js';

/**
 * SIBS webhooks as SIBS sends them: the JSON notification encrypted with AES-256-GCM under the
 * merchant's secret (32 bytes, base64), the ciphertext base64 in a `text/plain` body, the IV and
 * the authentication tag base64 in `X-Initialization-Vector` / `X-Authentication-Tag`. The
 * receiver acknowledges with `200 { statusCode: "200", statusMsg: "Success", notificationID }`.
 */

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** A fresh AES-256 key, base64, as SIBS Backoffice hands one out. */
export function newWebhookSecret(): string {
  return toBase64(crypto.getRandomValues(new Uint8Array(32)));
}

/** True when `secret` is base64 of exactly 32 bytes (an AES-256 key). */
export function isWebhookSecret(secret: unknown): secret is string {
  return typeof secret === 'string' && /^[A-Za-z0-9+/]{43}=$/.test(secret) && Buffer.from(secret, 'base64').length === 32;
}

export interface EncryptedNotification {
  body: string;
  headers: { 'X-Initialization-Vector': string; 'X-Authentication-Tag': string };
}

/** Encrypts `plaintext` the way SIBS does (12-byte IV, 16-byte tag). */
export async function encryptNotification(plaintext: string, secret: string): Promise<EncryptedNotification> {
  const key = await crypto.subtle.importKey('raw', Buffer.from(secret, 'base64'), 'AES-GCM', false, ['encrypt']);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, tagLength: 128 }, key, new TextEncoder().encode(plaintext)));
  // WebCrypto appends the tag to the ciphertext; SIBS sends it apart, in a header.
  return {
    body: toBase64(sealed.subarray(0, sealed.length - 16)),
    headers: { 'X-Initialization-Vector': toBase64(iv), 'X-Authentication-Tag': toBase64(sealed.subarray(sealed.length - 16)) },
  };
}

/** The notification for a transaction's (final) status. */
export function notificationFor(transaction: SibsTransaction, notificationID: string) {
  return { ...inquiryView(transaction), transactionDateTime: transaction.settledAt ?? new Date().toISOString(), notificationID };
}

/**
 * Posts the notification to the client id's registered webhook, if any, and records the
 * delivery (tests read it from `GET /__sandbox/sibs/webhooks/deliveries`). Never throws; gives
 * up after 5 s. Not retried (SIBS retries; the sandbox keeps it simple and says so).
 */
export async function deliverWebhook(state: SibsState, transaction: SibsTransaction): Promise<void> {
  const target = state.webhooks.get(transaction.clientId);
  if (!target) return;
  const notificationID = randomUUID();
  const encrypted = await encryptNotification(JSON.stringify(notificationFor(transaction, notificationID)), target.secret);
  let responseStatus = 0;
  let responseBody = '';
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', ...encrypted.headers },
      body: encrypted.body,
      signal: AbortSignal.timeout(5000),
      redirect: 'manual',
    });
    responseStatus = response.status;
    responseBody = (await response.text()).slice(0, 2000);
  } catch {
    // unreachable receiver: recorded with status 0
  }
  state.deliveries.push({
    clientId: transaction.clientId, transactionID: transaction.id, notificationID, paymentStatus: transaction.status,
    url: target.url, responseStatus, responseBody,
  });
}
