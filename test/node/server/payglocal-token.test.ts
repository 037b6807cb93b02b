import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { before, describe, test } from 'node:test';
import { CompactSign, exportJWK, exportSPKI, generateKeyPair } from 'jose';
import {
  createPayGlocalCallbackGuard,
  memoryIdempotencyStore,
  PAYGLOCAL_STATUSES,
  payglocalPaymentStatus,
  verifyPayGlocalToken,
} from '../../../src/server/index.js';

/** `verifyPayGlocalToken`: genuine tokens accepted, every forgery refused, the status map, the duplicate guard. */
const KID = 'kId-ENh7v5l7S4Nzb8Rp';
const NOW = 1_778_964_348_349; // the documented sample's iat, in ms
let privateKey: CryptoKey;
let otherPrivateKey: CryptoKey;
let publicPem: string;
let jwks: { keys: any[] };

before(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  const other = await generateKeyPair('RS256', { extractable: true });
  privateKey = pair.privateKey;
  otherPrivateKey = other.privateKey;
  publicPem = await exportSPKI(pair.publicKey);
  jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: KID, alg: 'RS256', use: 'sig' }] };
});

const b64url = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

function payload(overrides: Record<string, unknown> = {}) {
  return {
    country: 'UNITED KINGDOM', amount: '48', gid: 'PGL_7F8A9B3C2D1E4F5A', merchantId: 'MERCH_9X8Y7Z6W5V4U3T', cardType: 'PREPAID',
    merchantTxnId: 'TXN_4K5L6M7N8O9P0Q', paymentMethod: 'CARD', currency: 'USD', cardBrand: 'VISA', status: 'SENT_FOR_CAPTURE', iat: String(NOW), ...overrides,
  };
}

function sign(body: Record<string, unknown>, options: { key?: CryptoKey; kid?: string } = {}) {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(body)))
    .setProtectedHeader({ 'issued-by': 'Glocal', 'is-digested': 'false', alg: 'RS256', kid: options.kid ?? KID })
    .sign(options.key ?? privateKey);
}

const verify = (token: unknown, options: Record<string, unknown> = {}) => verifyPayGlocalToken(token, { publicKey: publicPem, kid: KID, now: NOW, ...options });

describe('verifyPayGlocalToken accepts', () => {
  test('a genuine token, with the PEM key, and maps SENT_FOR_CAPTURE to succeeded', async () => {
    const result = await verify(await sign(payload()));
    assert.equal(result.ok, true);
    assert.ok(result.ok && result.kind === 'result');
    assert.equal(result.status, 'succeeded');
    assert.equal(result.providerStatus, 'SENT_FOR_CAPTURE');
    assert.equal(result.merchantTxnId, 'TXN_4K5L6M7N8O9P0Q');
    assert.deepEqual(result.result, { provider: 'payglocal', status: 'succeeded', paymentId: 'PGL_7F8A9B3C2D1E4F5A', orderId: 'TXN_4K5L6M7N8O9P0Q', raw: result.payload });
  });

  test('a genuine token with the key set (JWKS), the key chosen by kid', async () => {
    const result = await verifyPayGlocalToken(await sign(payload({ status: 'ISSUER_DECLINE' })), { jwks, now: NOW });
    assert.ok(result.ok && result.kind === 'result');
    assert.equal(result.status, 'failed');
    assert.deepEqual(result.result.error, { code: 'ISSUER_DECLINE', message: 'PayGlocal status ISSUER_DECLINE' });
  });

  test('a token issued within the clock tolerance, and one with iat in seconds', async () => {
    assert.equal((await verify(await sign(payload({ iat: String(NOW + 30_000) })))).ok, true);
    assert.equal((await verify(await sign(payload({ iat: Math.floor(NOW / 1000) - 60 })))).ok, true);
  });

  test('an ids-only token (x-gl-enc "true", the documented sample) and says the status must come from the status API', async () => {
    const sample = { 'x-gl-orderId': 'gl_o-9fcd3a67a50451873w3r0PpX2', 'amplifier-mid': null, iat: String(NOW), 'x-gl-enc': 'true', 'x-gl-gid': 'gl_9fcd3a67a5045187716w3r0PpX2', 'x-gl-merchantId': 'testnewgcc26' };
    const result = await verify(await sign(sample));
    assert.ok(result.ok && result.kind === 'ids-only');
    assert.equal(result.statusFrom, 'status-api');
    assert.equal(result.gid, 'gl_9fcd3a67a5045187716w3r0PpX2');
    assert.equal(result.merchantId, 'testnewgcc26');
    assert.equal('status' in result, false);
  });
});

describe('verifyPayGlocalToken rejects', () => {
  test('a token signed by another key (forged signature)', async () => {
    const result = await verify(await sign(payload(), { key: otherPrivateKey }));
    assert.deepEqual(result.ok ? null : result.reason, 'signature');
  });

  test('a genuine token whose payload was altered', async () => {
    const [header, , signature] = (await sign(payload({ status: 'ISSUER_DECLINE' }))).split('.');
    const result = await verify(`${header}.${b64url(payload())}.${signature}`);
    assert.deepEqual(result.ok ? null : result.reason, 'signature');
  });

  test('an expired token: iat too old, or exp passed', async () => {
    const old = await verify(await sign(payload({ iat: String(NOW - 60 * 60 * 1000) })));
    assert.deepEqual(old.ok ? null : old.reason, 'expired');
    const lapsed = await verify(await sign(payload({ exp: Math.floor(NOW / 1000) - 120 })));
    assert.deepEqual(lapsed.ok ? null : lapsed.reason, 'expired');
    const future = await verify(await sign(payload({ iat: String(NOW + 10 * 60 * 1000) })));
    assert.deepEqual(future.ok ? null : future.reason, 'not_yet_valid');
  });

  test('alg "none", signed or not', async () => {
    const unsigned = `${b64url({ alg: 'none', kid: KID })}.${b64url(payload())}.`;
    for (const token of [unsigned, `${unsigned}AAAA`]) {
      const result = await verify(token);
      assert.deepEqual(result.ok ? null : result.reason, 'algorithm');
    }
    const withJwks = await verifyPayGlocalToken(unsigned, { jwks, now: NOW });
    assert.equal(withJwks.ok, false);
  });

  test('HS256 with the public key as the HMAC secret (algorithm confusion)', async () => {
    const signingInput = `${b64url({ alg: 'HS256', kid: KID })}.${b64url(payload())}`;
    for (const secret of [publicPem, JSON.stringify(jwks.keys[0])]) {
      const token = `${signingInput}.${createHmac('sha256', secret).update(signingInput).digest('base64url')}`;
      const result = await verify(token);
      assert.deepEqual(result.ok ? null : result.reason, 'algorithm');
      assert.equal((await verifyPayGlocalToken(token, { jwks, now: NOW })).ok, false);
    }
  });

  test('a token naming another kid', async () => {
    const token = await sign(payload(), { kid: 'kId-someone-else' });
    const pinned = await verify(token);
    assert.deepEqual(pinned.ok ? null : pinned.reason, 'kid');
    const fromSet = await verifyPayGlocalToken(token, { jwks, now: NOW });
    assert.deepEqual(fromSet.ok ? null : fromSet.reason, 'kid');
  });

  test('malformed payloads and non-tokens', async () => {
    const { status: _, ...noStatus } = payload();
    for (const body of [noStatus, payload({ gid: 42 }), payload({ iat: 'yesterday' }), { 'x-gl-enc': 'true' }, { ...payload(), iat: undefined }]) {
      const result = await verify(await sign(body));
      assert.deepEqual(result.ok ? null : result.reason, 'payload', JSON.stringify(body));
    }
    const notJson = await new CompactSign(new TextEncoder().encode('not json')).setProtectedHeader({ alg: 'RS256', kid: KID }).sign(privateKey);
    assert.deepEqual((await verify(notJson)).ok ? null : ((await verify(notJson)) as any).reason, 'payload');
    for (const token of [undefined, 42, '', 'a.b', 'x'.repeat(20_000), '!!!.???.###', `${b64url('{')}.${b64url(payload())}.sig`]) {
      const result = await verify(token);
      assert.deepEqual(result.ok ? null : result.reason, 'malformed', String(token).slice(0, 40));
    }
  });

  test('a missing key is a configuration error, thrown', async () => {
    await assert.rejects(verifyPayGlocalToken(await sign(payload()), {}), TypeError);
    await assert.rejects(verifyPayGlocalToken(await sign(payload()), { publicKey: 'not a PEM' }));
    await assert.rejects(verifyPayGlocalToken(await sign(payload()), { jwks: { keys: 'none' } as never }));
  });
});

describe('the PayGlocal status map', () => {
  test('only SENT_FOR_CAPTURE succeeds; every documented status has its meaning', () => {
    const expected = {
      SENT_FOR_CAPTURE: 'succeeded', AUTHORIZED: 'pending', CREATED: 'pending', INPROGRESS: 'pending',
      CUSTOMER_CANCELLED: 'cancelled', ABANDONED: 'cancelled', ISSUER_DECLINE: 'failed', GENERAL_DECLINE: 'failed', REQUEST_ERROR: 'failed',
    };
    assert.deepEqual(Object.fromEntries(PAYGLOCAL_STATUSES.map((status) => [status, payglocalPaymentStatus(status)])), expected);
    assert.deepEqual(PAYGLOCAL_STATUSES.filter((status) => payglocalPaymentStatus(status) === 'succeeded'), ['SENT_FOR_CAPTURE']);
  });

  test('an unknown status is never a success', () => {
    for (const status of ['SENT_FOR_REFUND', 'sent_for_capture', 'SUCCESS', '', '__proto__', 'constructor']) assert.equal(payglocalPaymentStatus(status), 'failed', status);
  });
});

describe('the callback guard', () => {
  test('recognises a second callback for the same merchantTxnId', async () => {
    const guard = createPayGlocalCallbackGuard();
    assert.equal(await guard.isDuplicate('TXN_1'), false);
    assert.equal(await guard.isDuplicate('TXN_2'), false);
    assert.equal(await guard.isDuplicate('TXN_1'), true);
  });

  test('two callbacks racing: exactly one is first', async () => {
    const guard = createPayGlocalCallbackGuard();
    const answers = await Promise.all([guard.isDuplicate('TXN_R'), guard.isDuplicate('TXN_R'), guard.isDuplicate('TXN_R')]);
    assert.deepEqual(answers.filter((duplicate) => !duplicate).length, 1);
  });

  test('uses a pluggable store (async), and the memory store forgets the oldest beyond its capacity', async () => {
    const claimed: string[] = [];
    const guard = createPayGlocalCallbackGuard({ claim: async (key) => { if (claimed.includes(key)) return false; claimed.push(key); return true; } });
    assert.equal(await guard.isDuplicate('A'), false);
    assert.equal(await guard.isDuplicate('A'), true);
    assert.deepEqual(claimed, ['payglocal:A']);
    const small = memoryIdempotencyStore(2);
    assert.equal(small.claim('1'), true);
    small.claim('2');
    small.claim('3');
    assert.equal(small.claim('1'), true, 'the oldest key was forgotten');
    assert.equal(small.claim('3'), false);
  });
});
