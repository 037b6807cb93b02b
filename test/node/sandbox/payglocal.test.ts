import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { compactVerify, createLocalJWKSet, decodeProtectedHeader, importSPKI } from 'jose';
import { useSandbox } from './helpers.js';

/** The sandbox's PayGlocal stand-in: initiate, hosted page, signed form-post callback, status, keys. */
const sandbox = useSandbox();
const API_KEY = Buffer.from('sandboxtests:kId-tests0001').toString('base64');

/** A merchant callback endpoint that records every post it receives. */
const received: { token: string }[] = [];
let merchant: Server;
let merchantOrigin = '';
before(async () => {
  merchant = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      received.push({ token: new URLSearchParams(body).get('x-gl-token') ?? '' });
      res.writeHead(303, { location: '/done' }).end();
    });
  });
  await new Promise<void>((resolve) => merchant.listen(0, '127.0.0.1', resolve));
  merchantOrigin = `http://127.0.0.1:${(merchant.address() as AddressInfo).port}`;
});
after(() => merchant.close());

let counter = 0;
async function initiate(overrides: Record<string, unknown> = {}, headers: Record<string, string> = { 'x-gl-auth': API_KEY }) {
  const body = {
    merchantTxnId: `txn_${Date.now()}_${++counter}`,
    paymentData: { totalAmount: '15.00', txnCurrency: 'USD' },
    merchantCallbackURL: `${merchantOrigin}/callback`,
    ...overrides,
  };
  const response = await fetch(`${sandbox.origin}/gl/v1/payments/initiate/paycollect`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any, request: body };
}

/** Presses an outcome on the hosted page; returns the callback page's form (action and token). */
async function choose(redirectUrl: string, outcome: string, switches: Record<string, string> = {}) {
  const pageToken = new URL(redirectUrl).searchParams.get('x-gl-token')!;
  const response = await fetch(`${sandbox.origin}/gl/payflow-ui/`, { method: 'POST', body: new URLSearchParams({ 'x-gl-token': pageToken, outcome, ...switches }) });
  const page = await response.text();
  const action = /<form id="callback-form" method="post" action="([^"]+)"/.exec(page)?.[1];
  const token = /name="x-gl-token" value="([^"]+)"/.exec(page)?.[1];
  return { status: response.status, page, action, token };
}

const jwks = async () => (await fetch(`${sandbox.origin}/payglocal/.well-known/jwks.json`)).json() as Promise<{ keys: any[] }>;
const payloadOf = async (token: string) => JSON.parse(new TextDecoder().decode((await compactVerify(token, createLocalJWKSet(await jwks()), { algorithms: ['RS256'] })).payload));

describe('PayGlocal initiate', () => {
  test('answers a gid, the hosted page URL and a pre-signed status URL', async () => {
    const { status, body, request } = await initiate();
    assert.equal(status, 200);
    assert.match(body.gid, /^gl_[0-9a-f]{24}$/);
    assert.equal(body.status, 'INPROGRESS');
    assert.equal(body.data.merchantTxnId, request.merchantTxnId);
    assert.ok(body.data.redirectUrl.startsWith(`${sandbox.origin}/gl/payflow-ui/?x-gl-token=`));
    const statusResponse = await fetch(body.data.statusUrl);
    assert.equal(((await statusResponse.json()) as any).status, 'INPROGRESS');
  });

  test('refuses a missing or malformed API key with 401', async () => {
    assert.equal((await initiate({}, {})).status, 401);
    assert.equal((await initiate({}, { 'x-gl-auth': 'not a key' })).status, 401);
    assert.equal((await initiate({}, { 'x-gl-auth': API_KEY, 'x-gl-merchantid': 'someoneelse' })).status, 401);
  });

  test('refuses an invalid body with REQUEST_ERROR, and a repeated merchantTxnId with 409', async () => {
    const bad = await initiate({ paymentData: { totalAmount: 15, txnCurrency: 'usd' }, merchantCallbackURL: 'javascript:alert(1)' });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.status, 'REQUEST_ERROR');
    assert.match(bad.body.message, /totalAmount/);
    const first = await initiate();
    assert.equal((await initiate({ merchantTxnId: first.request.merchantTxnId })).status, 409);
  });
});

describe('the hosted page and its callback', () => {
  test('offers one button per documented outcome and the two callback switches', async () => {
    const { body } = await initiate();
    const page = await (await fetch(body.data.redirectUrl)).text();
    for (const status of ['SENT_FOR_CAPTURE', 'AUTHORIZED', 'ISSUER_DECLINE', 'GENERAL_DECLINE', 'CUSTOMER_CANCELLED', 'ABANDONED', 'REQUEST_ERROR']) {
      assert.match(page, new RegExp(`name="outcome" value="${status}"`));
    }
    assert.match(page, /name="idsOnly"/);
    assert.match(page, /name="duplicate"/);
    assert.match(page, /15\.00 USD/);
  });

  test('an outcome posts an RS256 token with the kid and the documented payload to merchantCallbackURL', async () => {
    const { body, request } = await initiate();
    const { action, token, page } = await choose(body.data.redirectUrl, 'SENT_FOR_CAPTURE');
    assert.equal(action, request.merchantCallbackURL);
    assert.match(page, /src="\/gl\/payflow-ui\/autosubmit\.js"/);
    const header = decodeProtectedHeader(token!);
    assert.equal(header.alg, 'RS256');
    assert.equal(header['issued-by'], 'Glocal');
    const keys = await jwks();
    assert.equal(header.kid, keys.keys[0].kid);
    const payload = await payloadOf(token!);
    assert.equal(payload.status, 'SENT_FOR_CAPTURE');
    assert.equal(payload.gid, body.gid);
    assert.equal(payload.merchantTxnId, request.merchantTxnId);
    assert.equal(payload.merchantId, 'sandboxtests');
    assert.equal(payload.amount, '15.00');
    assert.equal(payload.currency, 'USD');
    assert.match(payload.iat, /^\d{13}$/);
  });

  test('the PEM public key verifies the same token', async () => {
    const { body } = await initiate();
    const { token } = await choose(body.data.redirectUrl, 'ISSUER_DECLINE');
    const pem = await (await fetch(`${sandbox.origin}/payglocal/public-key.pem`)).text();
    assert.match(pem, /^-----BEGIN PUBLIC KEY-----/);
    const { payload } = await compactVerify(token!, await importSPKI(pem, 'RS256'));
    assert.equal(JSON.parse(new TextDecoder().decode(payload)).status, 'ISSUER_DECLINE');
  });

  test('the status API follows the outcome, by gid or merchantTxnId', async () => {
    const { body, request } = await initiate();
    await choose(body.data.redirectUrl, 'CUSTOMER_CANCELLED');
    for (const id of [body.gid, request.merchantTxnId]) {
      const response = await fetch(`${sandbox.origin}/gl/v1/payments/${id}/status`, { headers: { 'x-gl-auth': API_KEY } });
      const status = (await response.json()) as any;
      assert.equal(status.status, 'CUSTOMER_CANCELLED');
      assert.equal(status.data.merchantTxnId, request.merchantTxnId);
    }
    const other = Buffer.from('someoneelse:kId-x').toString('base64');
    assert.equal((await fetch(`${sandbox.origin}/gl/v1/payments/${body.gid}/status`, { headers: { 'x-gl-auth': other } })).status, 404);
    assert.equal((await fetch(`${sandbox.origin}/gl/v1/payments/${body.gid}/status`)).status, 401);
  });

  test('the ids-only switch signs x-gl-enc "true" with the gid and no status', async () => {
    const { body } = await initiate();
    const { token } = await choose(body.data.redirectUrl, 'AUTHORIZED', { idsOnly: 'on' });
    const payload = await payloadOf(token!);
    assert.equal(payload['x-gl-enc'], 'true');
    assert.equal(payload['x-gl-gid'], body.gid);
    assert.equal(payload['x-gl-merchantId'], 'sandboxtests');
    assert.equal(payload.status, undefined);
  });

  test('the duplicate switch posts the same token to the callback server to server first', async () => {
    const { body } = await initiate();
    const before = received.length;
    const { token } = await choose(body.data.redirectUrl, 'SENT_FOR_CAPTURE', { duplicate: 'on' });
    assert.equal(received.length, before + 1);
    assert.equal(received.at(-1)!.token, token);
  });

  test('a finished payment cannot be decided again; an unknown page token is not found', async () => {
    const { body } = await initiate();
    await choose(body.data.redirectUrl, 'ABANDONED');
    assert.equal((await choose(body.data.redirectUrl, 'SENT_FOR_CAPTURE')).status, 409);
    assert.equal((await fetch(body.data.redirectUrl)).status, 409);
    assert.equal((await fetch(`${sandbox.origin}/gl/payflow-ui/?x-gl-token=nope`)).status, 404);
    assert.equal((await choose(`${sandbox.origin}/gl/payflow-ui/?x-gl-token=${new URL(body.data.redirectUrl).searchParams.get('x-gl-token')}`, 'BOGUS')).status, 400);
  });

  test('__fault=malformed: the hosted page\'s callback posts a token that is no JWT', async () => {
    const { body } = await initiate();
    const url = new URL(body.data.redirectUrl);
    url.searchParams.set('__fault', 'malformed');
    const page = await (await fetch(url)).text();
    const action = /<form method="post" action="([^"]+)"/.exec(page)![1]!.replace(/&amp;/g, '&');
    assert.match(action, /__fault=malformed/);
    const response = await fetch(new URL(action, sandbox.origin), { method: 'POST', body: new URLSearchParams({ 'x-gl-token': url.searchParams.get('x-gl-token')!, outcome: 'SENT_FOR_CAPTURE' }) });
    assert.match(await response.text(), /name="x-gl-token" value="not-a-jwt"/);
  });
});
