import * as z from 'zod/mini';
import type { PaymentResult } from '../core/types.js';
import { glomoCallbackQuerySchema } from '../providers/glomo/glomo-schemas.js';
import { callbackSearchParams } from '../providers/glomo/read-glomo-callback.js';
import { glomoCallbackToResult } from '../providers/glomo/glomo-results.js';

/**
 * Glomo's callback signature: hex HMAC-SHA256 of `order_id|payment_id|status` under the secret
 * key. WebCrypto only (`globalThis.crypto.subtle`), so the same code runs on Node 20, Workers,
 * Deno and edge runtimes.
 */

const encoder = new TextEncoder();

/** What a Glomo callback signs. */
export interface GlomoSignedFields {
  orderId: string;
  paymentId: string;
  status: string;
}

async function hmacSha256(secretKey: string, data: string): Promise<Uint8Array> {
  if (typeof secretKey !== 'string' || secretKey === '') throw new TypeError('pay-elements/server: a Glomo secret key is required');
  const key = await globalThis.crypto.subtle.importKey('raw', encoder.encode(secretKey), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(data)));
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** 64 hex digits → 32 bytes; anything else → null (never a throw). */
function fromHex(hex: string): Uint8Array | null {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) return null;
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** Equal-length byte arrays compared in time independent of where they differ. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

/** Signs a callback as Glomo does: hex HMAC-SHA256 of `orderId|paymentId|status` under `secretKey`. */
export async function signGlomoCallback({ orderId, paymentId, status }: GlomoSignedFields, secretKey: string): Promise<string> {
  return toHex(await hmacSha256(secretKey, `${orderId}|${paymentId}|${status}`));
}

/** A callback query in any of the shapes a server framework hands over. */
export type GlomoCallbackInput = URLSearchParams | string | Record<string, unknown>;

export interface GlomoCallbackVerification {
  /** True only when the signature is Glomo's for the merchant's own order, this payment and this status. */
  valid: boolean;
  /** The payment result; when `valid` is false it is a `failed` result with error `invalid_signature`, never a success. */
  result: PaymentResult;
}

const CALLBACK_FIELDS = ['order_id', 'payment_id', 'status', 'signature', 'error', 'orderId', 'paymentId'] as const;

/** The callback fields as single strings; null when one is repeated or not a string (ambiguous → refused). */
function callbackFields(query: GlomoCallbackInput): Record<string, string> | null {
  const params = typeof query === 'string' ? callbackSearchParams(query) : query;
  const record: Record<string, string> = {};
  for (const key of CALLBACK_FIELDS) {
    const values: unknown[] = params instanceof URLSearchParams ? params.getAll(key) : params[key] === undefined ? [] : [params[key]].flat();
    if (values.length > 1 || (values.length === 1 && typeof values[0] !== 'string')) return null;
    if (values.length === 1) record[key] = values[0] as string;
  }
  // The Checkout `callbackUrl` query spells the same fields in camelCase.
  if (record.order_id === undefined && record.orderId !== undefined) record.order_id = record.orderId;
  if (record.payment_id === undefined && record.paymentId !== undefined) record.payment_id = record.paymentId;
  delete record.orderId;
  delete record.paymentId;
  return record;
}

/**
 * Verifies a Glomo callback (the S2S `callback_url` query, the Checkout `callbackUrl` query, or a
 * Checkout `payment.success` payload) against the merchant's own `orderId`, as Glomo's guide
 * requires: the order id in the query is not trusted, and a query naming another order is invalid.
 * The MACs are compared in constant time. A missing `secretKey` is a configuration error and throws;
 * a malformed query (missing fields, repeated fields,
 * signature not 64 hex digits) is simply invalid: this never throws for bad input.
 */
export async function verifyGlomoCallback(
  query: GlomoCallbackInput,
  { secretKey, orderId }: { secretKey: string; orderId: string },
): Promise<GlomoCallbackVerification> {
  const raw = callbackFields(query ?? {});
  const invalid = (): GlomoCallbackVerification => ({
    valid: false,
    result: {
      provider: 'glomo',
      status: 'failed',
      ...(typeof orderId === 'string' && orderId ? { orderId } : {}),
      error: { code: 'invalid_signature', message: 'The Glomo callback signature is missing or invalid.' },
      raw: raw ?? query,
    },
  });
  if (!raw || typeof orderId !== 'string' || orderId === '') return invalid();
  const parsed = z.safeParse(glomoCallbackQuerySchema, raw);
  if (!parsed.success || parsed.data.order_id !== orderId) return invalid();
  const { payment_id: paymentId, status, signature } = parsed.data;
  // "|" inside an id would let one signed string be split into different fields.
  if (paymentId.includes('|') || orderId.includes('|')) return invalid();
  const received = fromHex(signature ?? '');
  if (!received) return invalid();
  const expected = await hmacSha256(secretKey, `${orderId}|${paymentId}|${status}`);
  if (!constantTimeEqual(expected, received)) return invalid();
  return { valid: true, result: glomoCallbackToResult(parsed.data) };
}
