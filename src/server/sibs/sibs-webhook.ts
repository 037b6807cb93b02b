import * as z from 'zod/mini';
import { sibsWebhookPayloadSchema, type SibsWebhookPayload } from '../../providers/sibs/sibs-schemas.js';

/** Why a webhook was rejected; it says nothing about the payload (there is none to trust). */
export type SibsWebhookRejection =
  | 'missing_headers' // no X-Initialization-Vector / X-Authentication-Tag
  | 'invalid_encoding' // body, IV or tag not base64, or the wrong sizes
  | 'invalid_key' // the secret is not base64 of 32 bytes
  | 'decryption_failed' // wrong key, or body / IV / tag tampered with
  | 'invalid_payload'; // decrypted, but not the JSON notification SIBS sends

export type SibsWebhookResult =
  | { ok: true; notification: SibsWebhookPayload }
  | { ok: false; reason: SibsWebhookRejection };

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : headers[key];
  return Array.isArray(value) ? value[0] : value;
}

/** Strict base64 (SIBS sends standard base64) → bytes, or null. */
function fromBase64(value: string): Uint8Array<ArrayBuffer> | null {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(trimmed)) return null;
  try {
    const binary = atob(trimmed);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/**
 * Decrypts and validates a SIBS webhook: the raw body (base64 of the AES-256-GCM ciphertext), the
 * IV and tag from `X-Initialization-Vector` / `X-Authentication-Tag` (base64), and the secret from
 * SIBS Backoffice (base64 of 32 bytes). WebCrypto only (Node, Workers, Deno). A forged, tampered
 * or malformed notification is a rejected result, never a throw. Acknowledge a genuine one with
 * `sibsWebhookAck(notification.notificationID)`.
 */
export async function decryptSibsWebhook(body: string, headers: HeaderSource, secretKey: string): Promise<SibsWebhookResult> {
  const ivHeader = header(headers, 'X-Initialization-Vector');
  const tagHeader = header(headers, 'X-Authentication-Tag');
  if (!ivHeader || !tagHeader) return { ok: false, reason: 'missing_headers' };
  const keyBytes = typeof secretKey === 'string' ? fromBase64(secretKey) : null;
  if (!keyBytes || keyBytes.length !== 32) return { ok: false, reason: 'invalid_key' };
  const iv = fromBase64(ivHeader);
  const tag = fromBase64(tagHeader);
  const ciphertext = typeof body === 'string' ? fromBase64(body) : null;
  if (!iv || iv.length < 12 || iv.length > 16 || !tag || tag.length !== 16 || !ciphertext) return { ok: false, reason: 'invalid_encoding' };

  let plaintext: string;
  try {
    const key = await crypto.subtle.importKey('raw', keyBytes, 'AES-GCM', false, ['decrypt']);
    // WebCrypto wants the tag appended to the ciphertext, as GCM produces it.
    const sealed = new Uint8Array(ciphertext.length + tag.length);
    sealed.set(ciphertext);
    sealed.set(tag, ciphertext.length);
    const opened = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, tagLength: 128 }, key, sealed);
    plaintext = new TextDecoder('utf-8', { fatal: true }).decode(opened);
  } catch {
    return { ok: false, reason: 'decryption_failed' };
  }
  let json: unknown;
  try {
    json = JSON.parse(plaintext);
  } catch {
    return { ok: false, reason: 'invalid_payload' };
  }
  const parsed = z.safeParse(sibsWebhookPayloadSchema, json);
  return parsed.success ? { ok: true, notification: parsed.data } : { ok: false, reason: 'invalid_payload' };
}

/** The body SIBS expects back (with HTTP 200) for a notification it may stop retrying. */
export function sibsWebhookAck(notificationID: string): { statusCode: '200'; statusMsg: 'Success'; notificationID: string } {
  return { statusCode: '200', statusMsg: 'Success', notificationID };
}
