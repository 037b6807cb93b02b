import { CompactSign, exportJWK, exportSPKI, generateKeyPair, type JWK } from 'jose';
import { newId } from '../store.js';

/**
 * The sandbox's signing key pair, made at start (RS256, 2048 bits): the private key signs every
 * `x-gl-token`; the public key is published as a JWKS and as PEM, like the PUBCERT a merchant
 * downloads from PayGlocal's dashboard.
 */
export interface PayGlocalSigningKeys {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
  publicPem: string;
}

export async function createPayGlocalSigningKeys(): Promise<PayGlocalSigningKeys> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const kid = newId('kId-');
  const jwk = await exportJWK(publicKey);
  return { kid, privateKey, publicJwk: { ...jwk, kid, alg: 'RS256', use: 'sig' }, publicPem: await exportSPKI(publicKey) };
}

/** An `x-gl-token`: compact JWS, header as PayGlocal's documented sample (`issued-by`, `is-digested`, `alg`, `kid`). */
export function signPayGlocalToken(keys: PayGlocalSigningKeys, payload: Record<string, unknown>): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ 'issued-by': 'Glocal', 'is-digested': 'false', alg: 'RS256', kid: keys.kid })
    .sign(keys.privateKey);
}
