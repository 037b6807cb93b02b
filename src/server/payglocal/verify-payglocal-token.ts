import { compactVerify, createLocalJWKSet, decodeProtectedHeader, errors, importJWK, importSPKI, type JSONWebKeySet, type JWK, type ProtectedHeaderParameters } from 'jose';
import * as z from 'zod/mini';
import type { PaymentResult, PaymentStatus } from '../../core/types.js';
import {
  payglocalCallbackPayloadSchema,
  payglocalIdsOnlyPayloadSchema,
  type PayGlocalCallbackPayload,
  type PayGlocalIdsOnlyPayload,
} from '../../providers/payglocal/payglocal-schemas.js';
import { payglocalPaymentStatus } from '../../providers/payglocal/payglocal-status.js';

/** PayGlocal signs `x-gl-token` with RS256 only; nothing else is ever accepted. */
const ALGORITHM = 'RS256';
const MAX_TOKEN_LENGTH = 16_384;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/; // an empty signature reaches the alg check

export interface VerifyPayGlocalTokenOptions {
  /** PayGlocal's public key: SPKI PEM (`-----BEGIN PUBLIC KEY-----`), a JWK, or a `CryptoKey`. */
  publicKey?: string | JWK | CryptoKey;
  /** Or a key set (`{ keys: [...] }`): the key is chosen by the token's `kid`. */
  jwks?: JSONWebKeySet;
  /** The key id the token's header must name. Recommended with `publicKey`. */
  kid?: string;
  /** The current time (ms or Date), for tests. Default `Date.now()`. */
  now?: number | Date;
  /** Allowed clock skew, in seconds. Default 60. */
  clockToleranceSec?: number;
  /** How old (`iat`) a callback may be, in seconds. Default 900: callbacks come right after the payment. */
  maxAgeSec?: number;
}

export type PayGlocalTokenRejection =
  | 'malformed' | 'algorithm' | 'kid' | 'signature' | 'expired' | 'not_yet_valid' | 'payload';

/** A verified token carrying the transaction result. */
export interface PayGlocalVerifiedResult {
  ok: true;
  kind: 'result';
  /** PayGlocal's own status (`SENT_FOR_CAPTURE`, …). */
  providerStatus: string;
  /** The mapped status: only `SENT_FOR_CAPTURE` is `'succeeded'`. */
  status: PaymentStatus;
  gid: string;
  merchantTxnId: string;
  /** The library's result object (`orderId` = merchantTxnId, `paymentId` = gid). */
  result: PaymentResult;
  payload: PayGlocalCallbackPayload;
  header: ProtectedHeaderParameters;
}

/** A verified ids-only token (`x-gl-enc: "true"`): authentic, but the status must come from the status API. */
export interface PayGlocalVerifiedIdsOnly {
  ok: true;
  kind: 'ids-only';
  statusFrom: 'status-api';
  gid: string;
  merchantId: string | null;
  orderId: string | null;
  payload: PayGlocalIdsOnlyPayload;
  header: ProtectedHeaderParameters;
}

export interface PayGlocalTokenRejected {
  ok: false;
  reason: PayGlocalTokenRejection;
  message: string;
}

export type PayGlocalTokenVerification = PayGlocalVerifiedResult | PayGlocalVerifiedIdsOnly | PayGlocalTokenRejected;

const reject = (reason: PayGlocalTokenRejection, message: string): PayGlocalTokenRejected => ({ ok: false, reason, message });

type VerificationKey = CryptoKey | Uint8Array | ReturnType<typeof createLocalJWKSet>;

async function verificationKey(options: VerifyPayGlocalTokenOptions): Promise<VerificationKey> {
  if (options.jwks) return createLocalJWKSet(options.jwks);
  const key = options.publicKey;
  if (typeof key === 'string') return importSPKI(key, ALGORITHM);
  if (typeof CryptoKey !== 'undefined' && key instanceof CryptoKey) return key;
  if (key) return importJWK(key as JWK, ALGORITHM) as Promise<CryptoKey>;
  throw new TypeError('verifyPayGlocalToken: pass PayGlocal\'s publicKey (PEM, JWK or CryptoKey) or a jwks');
}

/** `iat` in milliseconds: strings are milliseconds (PayGlocal's sample), numbers seconds (RFC 7519). */
function issuedAtMs(iat: string | number): number {
  return typeof iat === 'string' ? Number(iat) : iat * 1000;
}

function checkTimes(payload: { iat?: string | number; exp?: number }, options: VerifyPayGlocalTokenOptions): PayGlocalTokenRejected | null {
  const now = options.now instanceof Date ? options.now.getTime() : options.now ?? Date.now();
  const tolerance = (options.clockToleranceSec ?? 60) * 1000;
  const maxAge = (options.maxAgeSec ?? 900) * 1000;
  if (payload.iat === undefined) return reject('payload', 'the token has no iat, so its age cannot be checked');
  const iat = issuedAtMs(payload.iat);
  if (iat > now + tolerance) return reject('not_yet_valid', 'the token was issued in the future (iat)');
  if (now - iat > maxAge + tolerance) return reject('expired', 'the token is too old (iat)');
  if (payload.exp !== undefined && now > payload.exp * 1000 + tolerance) return reject('expired', 'the token has expired (exp)');
  return null;
}

async function verifySignature(token: string, options: VerifyPayGlocalTokenOptions): Promise<Uint8Array | PayGlocalTokenRejected> {
  try {
    const { payload } = await compactVerify(token, await verificationKey(options), { algorithms: [ALGORITHM] });
    return payload;
  } catch (error) {
    // No key, an unreadable PEM, a broken key set: the merchant's configuration, not the token.
    if (error instanceof TypeError || error instanceof errors.JWKSInvalid) throw error;
    if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) return reject('kid', 'no key of the key set matches the token\'s kid');
    if (error instanceof errors.JOSEAlgNotAllowed) return reject('algorithm', 'the token is not signed with RS256');
    if (error instanceof errors.JWSSignatureVerificationFailed) return reject('signature', 'the token\'s signature is not PayGlocal\'s');
    return reject('malformed', 'the token is not a valid JWS');
  }
}

function readPayload(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

/**
 * Verifies the `x-gl-token` PayGlocal posts to `merchantCallbackURL`: compact JWS, algorithm
 * pinned to RS256 (`none`, HS256 and the rest are refused before any key is used), the `kid`
 * checked, the signature against PayGlocal's public key, `iat`/`exp` within a small tolerance, the
 * payload validated. Never throws for a bad token: the answer says why it was refused. A full
 * payload yields the mapped result; an ids-only one (`x-gl-enc: "true"`) says to ask the status API.
 */
export async function verifyPayGlocalToken(token: unknown, options: VerifyPayGlocalTokenOptions): Promise<PayGlocalTokenVerification> {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH || !COMPACT_JWS.test(token)) {
    return reject('malformed', 'x-gl-token is not a compact JWS');
  }
  let header: ProtectedHeaderParameters;
  try {
    header = decodeProtectedHeader(token);
  } catch {
    return reject('malformed', 'the token header is not valid JSON');
  }
  if (header.alg !== ALGORITHM) return reject('algorithm', `the token is signed with ${String(header.alg)}, not RS256`);
  if (options.kid !== undefined && header.kid !== options.kid) return reject('kid', 'the token names another key (kid)');

  const verified = await verifySignature(token, options);
  if (!(verified instanceof Uint8Array)) return verified;
  const json = readPayload(verified);
  const idsOnly = typeof json === 'object' && json !== null && (json as Record<string, unknown>)['x-gl-enc'] === 'true';

  if (idsOnly) {
    const parsed = payglocalIdsOnlyPayloadSchema.safeParse(json);
    if (!parsed.success) return reject('payload', `the ids-only payload is malformed: ${z.prettifyError(parsed.error)}`);
    const late = checkTimes(parsed.data, options);
    if (late) return late;
    const payload = parsed.data;
    return {
      ok: true, kind: 'ids-only', statusFrom: 'status-api', gid: payload['x-gl-gid'],
      merchantId: payload['x-gl-merchantId'] ?? null, orderId: payload['x-gl-orderId'] ?? null, payload, header,
    };
  }
  const parsed = payglocalCallbackPayloadSchema.safeParse(json);
  if (!parsed.success) return reject('payload', `the payload is malformed: ${z.prettifyError(parsed.error)}`);
  const late = checkTimes(parsed.data, options);
  if (late) return late;
  const payload = parsed.data;
  const status = payglocalPaymentStatus(payload.status);
  return {
    ok: true, kind: 'result', providerStatus: payload.status, status, gid: payload.gid, merchantTxnId: payload.merchantTxnId,
    result: payglocalResult(payload.status, status, payload.gid, payload.merchantTxnId, payload), payload, header,
  };
}

/** The library's `PaymentResult` for a PayGlocal status (from a callback or the status API). */
export function payglocalResult(providerStatus: string, status: PaymentStatus, gid: string, merchantTxnId: string | undefined, raw: unknown): PaymentResult {
  return {
    provider: 'payglocal',
    status,
    paymentId: gid,
    ...(merchantTxnId ? { orderId: merchantTxnId } : {}),
    ...(status === 'succeeded' || status === 'pending' ? {} : { error: { code: providerStatus, message: `PayGlocal status ${providerStatus}` } }),
    raw,
  };
}
