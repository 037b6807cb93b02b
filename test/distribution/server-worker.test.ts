/**
 * `pay-elements/server` on a WebCrypto-only runtime: the server entry is imported in a module Web
 * Worker in Chromium (no Node built-ins: no `process`, `Buffer` or `require`), where it signs and
 * verifies a Glomo callback and verifies a PayGlocal RS256 token, and refuses a forged one.
 * The dev server serves `/src/server/index.ts` transformed, with bare imports (jose, zod)
 * resolved, exactly as an app's bundler would hand it to a Worker.
 */
import { expect } from '@open-wc/testing';
import { CompactSign, exportSPKI, generateKeyPair } from 'jose';

/** What the page hands the worker: a PEM public key and two tokens, one signed with another key. */
interface WorkerInput {
  pem: string;
  kid: string;
  genuineToken: string;
  forgedToken: string;
}

/** What the worker reports back, all computed inside it. */
interface WorkerReport {
  nodeGlobals: string;
  glomoSignature: string;
  glomoValid: boolean;
  glomoTamperedValid: boolean;
  genuine: { ok: boolean; kind?: string; status?: string; gid?: string; reason?: string };
  forged: { ok: boolean; reason?: string };
}

/** The worker module: plain JavaScript in a Blob, importing the server entry by absolute URL. */
const workerSource = (serverEntryUrl: string) => `
import * as server from ${JSON.stringify(serverEntryUrl)};
self.onmessage = async ({ data }) => {
  try {
    const nodeGlobals = [typeof process, typeof Buffer, typeof require].join(',');
    const glomoSignature = await server.signGlomoCallback({ orderId: 'order_A', paymentId: 'payt_1', status: 'success' }, 'sk_test_abc');
    const callback = { order_id: 'order_A', payment_id: 'payt_1', status: 'success', signature: glomoSignature };
    const glomo = await server.verifyGlomoCallback(callback, { secretKey: 'sk_test_abc', orderId: 'order_A' });
    const tampered = await server.verifyGlomoCallback({ ...callback, payment_id: 'payt_2' }, { secretKey: 'sk_test_abc', orderId: 'order_A' });
    const genuine = await server.verifyPayGlocalToken(data.genuineToken, { publicKey: data.pem, kid: data.kid });
    const forged = await server.verifyPayGlocalToken(data.forgedToken, { publicKey: data.pem, kid: data.kid });
    self.postMessage({
      nodeGlobals, glomoSignature, glomoValid: glomo.valid, glomoTamperedValid: tampered.valid,
      genuine: { ok: genuine.ok, kind: genuine.kind, status: genuine.status, gid: genuine.gid, reason: genuine.reason },
      forged: { ok: forged.ok, reason: forged.reason },
    });
  } catch (error) {
    self.postMessage({ error: String(error && error.stack || error) });
  }
};
self.postMessage({ ready: true });
`;

/** Starts the worker, waits for its module graph to load, sends `input` and resolves with its report. */
function runInWorker(input: WorkerInput): Promise<WorkerReport> {
  const serverEntryUrl = new URL('/src/server/index.ts', location.origin).href;
  const blobUrl = URL.createObjectURL(new Blob([workerSource(serverEntryUrl)], { type: 'text/javascript' }));
  const worker = new Worker(blobUrl, { type: 'module' });
  return new Promise<WorkerReport>((resolve, reject) => {
    worker.onerror = (event) => reject(new Error(`worker failed to load or run: ${event.message || 'module error'}`));
    worker.onmessage = ({ data }) => {
      if (data.ready) return worker.postMessage(input);
      if (data.error) reject(new Error(`worker threw: ${data.error}`));
      else resolve(data as WorkerReport);
    };
  }).finally(() => {
    worker.terminate();
    URL.revokeObjectURL(blobUrl);
  });
}

/** A PayGlocal-style `x-gl-token`: RS256 compact JWS over the transaction result. */
async function payglocalToken(privateKey: CryptoKey, kid: string): Promise<string> {
  const payload = { gid: 'gl_worker_1', merchantTxnId: 'TXN_WORKER_1', status: 'SENT_FOR_CAPTURE', iat: String(Date.now()) };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: 'RS256', kid }).sign(privateKey);
}

describe('pay-elements/server in a Web Worker (WebCrypto only, no Node built-ins)', () => {
  it('signs and verifies a Glomo callback and verifies a PayGlocal token; a forged token is refused', async function () {
    this.timeout(60_000); // the worker loads the server entry's module graph through the dev server
    const kid = 'kId-worker0001';
    const payglocal = await generateKeyPair('RS256', { extractable: true });
    const impostor = await generateKeyPair('RS256', { extractable: true });
    const report = await runInWorker({
      pem: await exportSPKI(payglocal.publicKey),
      kid,
      genuineToken: await payglocalToken(payglocal.privateKey, kid),
      forgedToken: await payglocalToken(impostor.privateKey, kid),
    });

    expect(report.nodeGlobals).to.equal('undefined,undefined,undefined');
    expect(report.glomoSignature).to.equal('369f988725175d8dfb4b11bb65784cb76326d998bba4b5bbb0f594e6d0388263');
    expect(report.glomoValid).to.equal(true);
    expect(report.glomoTamperedValid).to.equal(false);
    expect(report.genuine).to.deep.equal({ ok: true, kind: 'result', status: 'succeeded', gid: 'gl_worker_1', reason: undefined });
    expect(report.forged).to.deep.equal({ ok: false, reason: 'signature' });
  });
});
