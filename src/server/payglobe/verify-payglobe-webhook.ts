import { payGlobeWebhookEventSchema, type PayGlobeWebhookEvent } from './payglobe-webhook-schema.js';

/**
 * Verifies a PayGlobe webhook as ../shared/providers/payglobe.md documents it: the RAW body
 * (exactly the bytes received: a re-serialised body fails) signed with the webhook secret,
 * HMAC-SHA256, either
 * - `X-PayGlobe-Signature: <base64 HMAC of the body>`, or
 * - `Stripe-Signature: t=<unix seconds>,v1=<hex HMAC of "<t>.<body>">` (Stripe's scheme, so Stripe
 *   libraries work; the timestamp must be within `toleranceSeconds`), or the bare base64 value
 *   (the guide also says both headers carry "the same value").
 * Comparison is WebCrypto's `verify` (constant time). Only then is the envelope parsed with zod.
 */

export type PayGlobeWebhookFailure =
  /** Neither signature header is there. */
  | 'missing_signature'
  /** A header is there but not in either documented form. */
  | 'malformed_signature'
  /** No signature matches the body under this secret (forged, altered, re-serialised, wrong secret). */
  | 'signature_mismatch'
  /** `Stripe-Signature`'s `t` is too far from now (a replay). */
  | 'timestamp_out_of_tolerance'
  /** Signed, but not JSON. */
  | 'invalid_json'
  /** Signed JSON that is not PayGlobe's event envelope. */
  | 'invalid_envelope'
  /** The secret is not a non-empty string. */
  | 'invalid_secret';

export type PayGlobeWebhookVerification =
  | { ok: true; event: PayGlobeWebhookEvent; header: 'x-payglobe-signature' | 'stripe-signature' }
  | { ok: false; reason: PayGlobeWebhookFailure; message: string };

/** The request's headers: a `Headers`, or a plain object as Node's `IncomingMessage.headers` gives it. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

export interface VerifyPayGlobeWebhookOptions {
  /** How old (or early) a `Stripe-Signature` timestamp may be. Default 300 s, as Stripe's libraries. */
  toleranceSeconds?: number;
  /** Now, in Unix seconds (tests). */
  now?: number;
}

const MESSAGES: Record<PayGlobeWebhookFailure, string> = {
  missing_signature: 'No X-PayGlobe-Signature or Stripe-Signature header.',
  malformed_signature: 'The signature header is not in a documented form.',
  signature_mismatch: 'The signature does not match the raw body under this webhook secret.',
  timestamp_out_of_tolerance: 'The Stripe-Signature timestamp is outside the tolerance (possible replay).',
  invalid_json: 'The signed body is not JSON.',
  invalid_envelope: 'The signed body is not a PayGlobe webhook event.',
  invalid_secret: 'The webhook secret must be a non-empty string.',
};

const fail = (reason: PayGlobeWebhookFailure): PayGlobeWebhookVerification => ({ ok: false, reason, message: MESSAGES[reason] });

function header(headers: WebhookHeaders, name: string): string | null {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name);
  for (const [key, value] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (key.toLowerCase() !== name) continue;
    return Array.isArray(value) ? value.join(',') : (value ?? null);
  }
  return null;
}

function bodyBytes(rawBody: string | ArrayBuffer | Uint8Array): Uint8Array {
  if (typeof rawBody === 'string') return new TextEncoder().encode(rawBody);
  return rawBody instanceof Uint8Array ? rawBody : new Uint8Array(rawBody);
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Strict base64 of exactly 32 bytes (an HMAC-SHA256), else null. */
function fromBase64(value: string): Uint8Array | null {
  if (value.length !== 44 || !BASE64.test(value)) return null;
  const binary = atob(value);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** 64 hex digits (an HMAC-SHA256), else null. */
function fromHex(value: string): Uint8Array | null {
  if (!/^[0-9a-fA-F]{64}$/.test(value)) return null;
  return Uint8Array.from(value.match(/../g)!, (pair) => parseInt(pair, 16));
}

interface StripeSignature {
  timestamp: number;
  signatures: Uint8Array[];
}

function parseStripeSignature(value: string): StripeSignature | null {
  let timestamp: number | null = null;
  const signatures: Uint8Array[] = [];
  for (const part of value.split(',')) {
    const [key, item = ''] = part.trim().split('=', 2) as [string, string?];
    if (key === 't' && /^\d{1,12}$/.test(item)) timestamp = Number(item);
    else if (key === 'v1') {
      const bytes = fromHex(item);
      if (bytes) signatures.push(bytes);
    }
    // Other schemes (v0…) are ignored, as Stripe's libraries do.
  }
  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

// The WebCrypto typings want ArrayBuffer-backed views; these are.
const buffer = (bytes: Uint8Array) => bytes as Uint8Array<ArrayBuffer>;

/**
 * Checks a PayGlobe webhook and returns the parsed event, or why it was refused. Never throws.
 *
 * ```ts
 * const rawBody = await request.text(); // the raw body, before any JSON parsing
 * const result = await verifyPayGlobeWebhook(rawBody, request.headers, env.PAYGLOBE_WEBHOOK_SECRET);
 * if (!result.ok) return new Response(result.message, { status: 400 });
 * ```
 */
export async function verifyPayGlobeWebhook(
  rawBody: string | ArrayBuffer | Uint8Array,
  headers: WebhookHeaders,
  secret: string,
  options: VerifyPayGlobeWebhookOptions = {},
): Promise<PayGlobeWebhookVerification> {
  if (typeof secret !== 'string' || secret.length === 0) return fail('invalid_secret');
  const payglobeHeader = header(headers, 'x-payglobe-signature')?.trim() || null;
  const stripeHeader = header(headers, 'stripe-signature')?.trim() || null;
  if (!payglobeHeader && !stripeHeader) return fail('missing_signature');

  const body = bodyBytes(rawBody);
  const key = await crypto.subtle.importKey('raw', buffer(new TextEncoder().encode(secret)), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  const verifies = (signature: Uint8Array, data: Uint8Array) => crypto.subtle.verify('HMAC', key, buffer(signature), buffer(data));

  let failure: PayGlobeWebhookFailure = 'malformed_signature';
  let verifiedBy: 'x-payglobe-signature' | 'stripe-signature' | null = null;

  if (payglobeHeader) {
    const signature = fromBase64(payglobeHeader);
    if (signature) {
      failure = 'signature_mismatch';
      if (await verifies(signature, body)) verifiedBy = 'x-payglobe-signature';
    }
  }
  if (!verifiedBy && stripeHeader) {
    const stripe = parseStripeSignature(stripeHeader);
    const bare = stripe ? null : fromBase64(stripeHeader);
    if (stripe) {
      const signed = concat(new TextEncoder().encode(`${stripe.timestamp}.`), body);
      let matched = false;
      for (const signature of stripe.signatures) if (await verifies(signature, signed)) matched = true;
      if (!matched) failure = 'signature_mismatch';
      else {
        const now = options.now ?? Math.floor(Date.now() / 1000);
        const tolerance = options.toleranceSeconds ?? 300;
        if (Math.abs(now - stripe.timestamp) > tolerance) return fail('timestamp_out_of_tolerance');
        verifiedBy = 'stripe-signature';
      }
    } else if (bare) {
      failure = 'signature_mismatch';
      if (await verifies(bare, body)) verifiedBy = 'stripe-signature';
    }
  }
  if (!verifiedBy) return fail(failure);

  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    return fail('invalid_json');
  }
  const parsed = payGlobeWebhookEventSchema.safeParse(json);
  if (!parsed.success) return fail('invalid_envelope');
  return { ok: true, event: parsed.data, header: verifiedBy };
}
