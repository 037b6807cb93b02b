import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import type { SandboxEnv } from '../faults.js';
import { newId } from '../store.js';
import type { PayGlocalSigningKeys } from './keys.js';
import { payglocalTimestamp, randomHex, REASON_CODES, type PayGlocalPayment, type PayGlocalState } from './state.js';

/**
 * PayGlocal's payment API (https://api.payglocal.in in production), simplified as documented in
 * sandbox/README.md: the body is plain JSON (production sends it as a JWS in
 * `x-gl-token-external`), authenticated with a test API key in `x-gl-auth` (base64 of
 * `<merchantId>:<keyId>`, the shape of PayGlocal's API keys), `x-gl-merchantid` optional.
 */
type PayGlocalApiEnv = { Variables: SandboxEnv['Variables'] & { merchantId: string; apiKey: string } };

/** PayGlocal's error envelope: `{ gid, status, message, timestamp, reasonCode, data, errors }`. */
function payglocalError(c: Context, httpStatus: 400 | 401 | 404 | 409, message: string, reasonCode: string) {
  return c.json({ gid: null, status: 'REQUEST_ERROR', message, timestamp: payglocalTimestamp(), reasonCode, data: null, errors: { detailedMessage: message } }, httpStatus);
}

/** The merchant id inside a test API key, or null when the key is not one. */
export function merchantOfApiKey(key: string | undefined): string | null {
  if (!key || key.length > 500 || !/^[A-Za-z0-9+/]+={0,2}$/.test(key)) return null;
  const [merchantId, keyId, extra] = Buffer.from(key, 'base64').toString('utf8').split(':');
  if (extra !== undefined || !merchantId || !keyId || !/^[A-Za-z0-9_-]{1,64}$/.test(merchantId) || !/^[A-Za-z0-9_-]{1,64}$/.test(keyId)) return null;
  return merchantId;
}

const callbackUrl = z.string().check(z.maxLength(2000), z.refine((value) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}, 'must be an http(s) URL'));

const initiateSchema = z.object({
  merchantTxnId: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,60}$/, '1–60 letters, digits, _ or -')),
  paymentData: z.object({
    totalAmount: z.string().check(z.regex(/^\d{1,12}(\.\d{1,3})?$/, 'a decimal string such as "15.00"')),
    txnCurrency: z.string().check(z.regex(/^[A-Z]{3}$/, 'an ISO 4217 code')),
  }),
  merchantCallbackURL: callbackUrl,
});

async function readJson(request: Request): Promise<unknown> {
  try {
    return JSON.parse(await request.text());
  } catch {
    return undefined;
  }
}

function statusView(payment: PayGlocalPayment) {
  return {
    gid: payment.id,
    status: payment.status,
    message: `Transaction is ${payment.status.toLowerCase()}`,
    timestamp: payglocalTimestamp(),
    reasonCode: REASON_CODES[payment.status],
    data: {
      transactionCreationTime: payglocalTimestamp(payment.createdAt),
      gid: payment.id,
      Amount: payment.totalAmount,
      Currency: payment.currency,
      merchantTxnId: payment.merchantTxnId,
      reasonCode: REASON_CODES[payment.status],
      status: payment.status,
    },
    errors: null,
  };
}

export function payglocalApi(state: PayGlocalState, keys: Promise<PayGlocalSigningKeys>) {
  const api = new Hono<PayGlocalApiEnv>();

  api.get('/payglocal/.well-known/jwks.json', async (c) => c.json({ keys: [(await keys).publicJwk] }));
  api.get('/payglocal/public-key.pem', async (c) => c.body((await keys).publicPem, 200, { 'Content-Type': 'application/x-pem-file' }));

  api.post('/gl/v1/payments/initiate/paycollect', async (c) => {
    const apiKey = c.req.header('x-gl-auth');
    const merchantId = merchantOfApiKey(apiKey);
    if (!merchantId) return payglocalError(c, 401, 'Unauthorized: x-gl-auth must be a PayGlocal test API key', 'GL-401-001');
    const claimed = c.req.header('x-gl-merchantid');
    if (claimed !== undefined && claimed !== merchantId) return payglocalError(c, 401, 'Unauthorized: x-gl-merchantid does not match the API key', 'GL-401-001');
    const body = initiateSchema.safeParse(await readJson(c.req.raw));
    if (!body.success) return payglocalError(c, 400, `Invalid request: ${body.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ')}`, 'GL-400-001');
    const request = body.data;
    if (state.payments.filter((p) => p.apiKey === apiKey && p.merchantTxnId === request.merchantTxnId).length > 0) {
      return payglocalError(c, 409, `Duplicate merchantTxnId ${request.merchantTxnId}`, 'GL-400-002');
    }
    const payment = state.payments.insert({
      id: `gl_${randomHex(12)}`,
      orderId: newId('gl_o-'),
      merchantId,
      apiKey: apiKey!,
      merchantTxnId: request.merchantTxnId,
      totalAmount: request.paymentData.totalAmount,
      currency: request.paymentData.txnCurrency,
      callbackUrl: request.merchantCallbackURL,
      status: 'INPROGRESS',
      pageToken: randomHex(16),
      statusToken: randomHex(16),
      createdAt: new Date(),
    });
    const origin = new URL(c.req.url).origin;
    return c.json({
      gid: payment.id,
      status: payment.status,
      message: 'Transaction Created Successfully',
      timestamp: payglocalTimestamp(),
      reasonCode: 'GL-201-001',
      data: {
        redirectUrl: `${origin}/gl/payflow-ui/?x-gl-token=${payment.pageToken}`,
        statusUrl: `${origin}/gl/v1/payments/${payment.id}/status?x-gl-token=${payment.statusToken}`,
        merchantTxnId: payment.merchantTxnId,
      },
      errors: null,
    });
  });

  // By gid or merchantTxnId; authorised by the API key, or by the pre-signed statusUrl's token.
  api.get('/gl/v1/payments/:id/status', (c) => {
    const id = c.req.param('id');
    const apiKey = c.req.header('x-gl-auth');
    const token = c.req.query('x-gl-token');
    if (!merchantOfApiKey(apiKey) && !token) return payglocalError(c, 401, 'Unauthorized: x-gl-auth is missing or invalid', 'GL-401-001');
    const [payment] = state.payments.filter((p) =>
      (p.id === id || p.merchantTxnId === id) && (token ? p.statusToken === token : p.apiKey === apiKey));
    if (!payment) return payglocalError(c, 404, `No transaction ${id}`, 'GL-404-001');
    return c.json(statusView(payment));
  });

  return api;
}
