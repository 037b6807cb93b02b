import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createPayGlocalMerchant, DEMO_PAYGLOCAL_API_KEY } from '../../../demo/merchant/payglocal.js';
import { createPayGlocalClient, PayGlocalApiError } from '../../../src/server/index.js';
import { start, type Sandbox } from './glomo-sandbox.js';

/** The demo shop's PayGlocal endpoints and the API client, against a real sandbox. */
const SHOP = 'http://shop.test';
let sandbox: Sandbox;
let shop: (request: Request) => Promise<Response | null>;
before(async () => {
  sandbox = await start();
  shop = createPayGlocalMerchant({ sandboxOrigin: sandbox.origin, basePath: '/merchant/payglocal' });
});
after(() => sandbox.close());

async function pay(query = '', body: unknown = { returnUrl: `${SHOP}/demo/payglocal-result.html` }) {
  const response = (await shop(new Request(`${SHOP}/merchant/payglocal/payment${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })))!;
  return { status: response.status, body: (await response.json()) as any };
}

/** The shopper's choice on the hosted page; returns the token the page would post. */
async function choose(redirectUrl: string, outcome: string, switches: Record<string, string> = {}) {
  const pageToken = new URL(redirectUrl).searchParams.get('x-gl-token')!;
  const page = await (await fetch(`${sandbox.origin}/gl/payflow-ui/`, { method: 'POST', body: new URLSearchParams({ 'x-gl-token': pageToken, outcome, ...switches }) })).text();
  return /name="x-gl-token" value="([^"]+)"/.exec(page)![1]!;
}

const callback = async (token: string) => (await shop(new Request(`${SHOP}/merchant/payglocal/callback`, { method: 'POST', body: new URLSearchParams({ 'x-gl-token': token }) })))!;
const order = async (merchantTxnId: string) => (await (await shop(new Request(`${SHOP}/merchant/payglocal/payment/${merchantTxnId}`)))!.json()) as any;

describe('the demo shop', () => {
  test('initiates on the sandbox with the server\'s price and answers the hosted page URL', async () => {
    const { status, body } = await pay();
    assert.equal(status, 200);
    assert.ok(body.redirectUrl.startsWith(`${sandbox.origin}/gl/payflow-ui/`));
    const recorded = await order(body.merchantTxnId);
    assert.deepEqual({ status: recorded.status, source: recorded.source, amount: recorded.amount, currency: recorded.currency, gid: recorded.gid }, { status: 'pending', source: 'none', amount: 150_000, currency: 'INR', gid: body.gid });
    const client = createPayGlocalClient({ apiKey: DEMO_PAYGLOCAL_API_KEY, baseUrl: sandbox.origin });
    assert.equal((await client.status(body.gid)).data?.Amount, '1500.00');
  });

  test('prices zero-decimal currencies in their own unit', async () => {
    const { body } = await pay('?amount=500&currency=JPY');
    const client = createPayGlocalClient({ apiKey: DEMO_PAYGLOCAL_API_KEY, baseUrl: sandbox.origin });
    assert.equal((await client.status(body.merchantTxnId)).data?.Amount, '500');
  });

  test('a verified callback records the outcome and sends the shopper to the result page', async () => {
    const { body } = await pay();
    const response = await callback(await choose(body.redirectUrl, 'SENT_FOR_CAPTURE'));
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), `${SHOP}/demo/payglocal-result.html?merchantTxnId=${body.merchantTxnId}`);
    const recorded = await order(body.merchantTxnId);
    assert.deepEqual([recorded.status, recorded.providerStatus, recorded.source, recorded.callbacks, recorded.duplicates], ['succeeded', 'SENT_FOR_CAPTURE', 'callback', 1, 0]);
  });

  test('the same callback twice is processed once', async () => {
    const { body } = await pay();
    const token = await choose(body.redirectUrl, 'GENERAL_DECLINE');
    assert.equal((await callback(token)).status, 303);
    assert.equal((await callback(token)).status, 303);
    const recorded = await order(body.merchantTxnId);
    assert.deepEqual([recorded.status, recorded.callbacks, recorded.duplicates], ['failed', 2, 1]);
  });

  test('an ids-only callback takes the status from the status API', async () => {
    const { body } = await pay();
    await callback(await choose(body.redirectUrl, 'AUTHORIZED', { idsOnly: 'on' }));
    const recorded = await order(body.merchantTxnId);
    assert.deepEqual([recorded.status, recorded.providerStatus, recorded.source], ['pending', 'AUTHORIZED', 'status-api']);
  });

  test('a forged or missing token is refused and changes nothing', async () => {
    const { body } = await pay();
    const token = await choose(body.redirectUrl, 'ISSUER_DECLINE');
    const [header, , signature] = token.split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ gid: body.gid, merchantTxnId: body.merchantTxnId, status: 'SENT_FOR_CAPTURE', iat: String(Date.now()) })).toString('base64url')}.${signature}`;
    assert.equal((await callback(forged)).status, 400);
    assert.equal((await callback('')).status, 400);
    assert.equal((await order(body.merchantTxnId)).status, 'pending');
  });

  test('a return URL on another origin is replaced by the shop\'s own result page', async () => {
    const { body } = await pay('', { returnUrl: 'https://evil.example/steal' });
    const response = await callback(await choose(body.redirectUrl, 'CUSTOMER_CANCELLED'));
    assert.equal(new URL(response.headers.get('location')!).origin, SHOP);
    assert.equal((await order(body.merchantTxnId)).status, 'cancelled');
  });

  test('the client reports PayGlocal\'s refusals as PayGlocalApiError', async () => {
    const client = createPayGlocalClient({ apiKey: 'nonsense', baseUrl: sandbox.origin });
    await assert.rejects(client.status('gl_x'), (error: unknown) => error instanceof PayGlocalApiError && error.status === 401);
  });
});
