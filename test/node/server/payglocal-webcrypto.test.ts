/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';
import { CompactSign, exportJWK, exportSPKI, generateKeyPair } from 'jose';

/**
 * `verifyPayGlocalToken` (jose inside) in a fresh realm offering only what every WebCrypto runtime
 * has — Workers, Deno, browsers: `crypto`, text codecs, base64, URL, `structuredClone`. No process, Buffer or require.
 */
async function serverEntryInWebCryptoRealm() {
  const result = await build({
    entryPoints: [new URL('../../../src/server/index.ts', import.meta.url).pathname],
    bundle: true, platform: 'neutral', mainFields: ['module', 'main'], format: 'iife', globalName: 'payServer', write: false, logLevel: 'silent',
  });
  const context = createContext({ crypto: globalThis.crypto, TextEncoder, TextDecoder, URL, URLSearchParams, atob, btoa, structuredClone });
  runInContext(result.outputFiles[0]!.text, context);
  assert.equal(runInContext('typeof process + typeof Buffer + typeof require', context), 'undefinedundefinedundefined');
  return {
    server: context.payServer as typeof import('../../../src/server/index.js'),
    /** A value made in the realm itself, as a runtime's own `JSON.parse` would (jose checks plain-object prototypes). */
    local: <T>(value: T): T => runInContext(`JSON.parse(${JSON.stringify(JSON.stringify(value))})`, context) as T,
  };
}

describe('verifyPayGlocalToken on a WebCrypto-only runtime', () => {
  it('verifies a genuine token with a PEM key and with a JWKS, and refuses a forged one', async () => {
    const { server: { verifyPayGlocalToken }, local } = await serverEntryInWebCryptoRealm();
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const other = await generateKeyPair('RS256', { extractable: true });
    const kid = 'kId-webcrypto0001';
    const payload = { gid: 'gl_1', merchantTxnId: 'TXN_1', status: 'SENT_FOR_CAPTURE', iat: String(Date.now()) };
    const sign = (key: CryptoKey) => new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: 'RS256', kid }).sign(key);
    const pem = await exportSPKI(publicKey);
    const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'RS256' }] };

    const withPem = await verifyPayGlocalToken(await sign(privateKey), { publicKey: pem, kid });
    assert.equal(withPem.ok && withPem.kind === 'result' && withPem.status, 'succeeded');
    const withJwks = await verifyPayGlocalToken(await sign(privateKey), { jwks: local(jwks) });
    assert.equal(withJwks.ok && withJwks.kind === 'result' && withJwks.gid, 'gl_1');
    const forged = await verifyPayGlocalToken(await sign(other.privateKey), { publicKey: pem, kid });
    assert.equal(forged.ok ? 'accepted' : forged.reason, 'signature');
  });
});
