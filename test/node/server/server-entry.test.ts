/// <reference types="node" />
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';

/** `pay-elements/server` bundled as a Worker bundler would: no Node platform, ESM. */
async function bundleServerEntry(format: 'esm' | 'iife' = 'esm') {
  const result = await build({
    entryPoints: [new URL('../../../src/server/index.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    format,
    globalName: format === 'iife' ? 'payServer' : undefined,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs) };
}

describe('pay-elements/server entry', () => {
  it('bundles for a non-Node platform without node: imports or browser-side modules', async () => {
    const { code, inputs } = await bundleServerEntry();
    assert.doesNotMatch(code, /from\s*["']node:|require\(["']node:/);
    const browserSide = inputs.filter((input) => /node_modules\/(lit|@lit)|src\/(components|flows|diagnostics)\//.test(input));
    assert.deepEqual(browserSide, []);
  });

  it('signs and verifies in a context that has only WebCrypto, the encoding and URL globals (no Node globals)', async () => {
    const { code } = await bundleServerEntry('iife');
    // A fresh realm: its own built-ins, plus only what a WebCrypto runtime offers. No process, Buffer or require.
    const context = createContext({ crypto: globalThis.crypto, TextEncoder, TextDecoder, atob, btoa, URL, URLSearchParams });
    runInContext(code, context);
    assert.equal(runInContext('typeof process + typeof Buffer + typeof require', context), 'undefinedundefinedundefined');
    const { signGlomoCallback, verifyGlomoCallback } = context.payServer as typeof import('../../../src/server/index.js');
    const signature = await signGlomoCallback({ orderId: 'order_A', paymentId: 'payt_1', status: 'success' }, 'sk_test_abc');
    assert.equal(signature, '369f988725175d8dfb4b11bb65784cb76326d998bba4b5bbb0f594e6d0388263');
    const { valid } = await verifyGlomoCallback({ order_id: 'order_A', payment_id: 'payt_1', status: 'success', signature }, { secretKey: 'sk_test_abc', orderId: 'order_A' });
    assert.equal(valid, true);
  });
});
