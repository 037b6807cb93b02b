import { createHmac, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { SibsTransaction } from './state.js';

/**
 * How the SIBS stand-in authorises calls, as SIBS does: the create and status calls with
 * `Authorization: Bearer <token>` + `X-IBM-Client-Id: <uuid>`; the method calls (purchase,
 * generate) with `Authorization: Digest <transactionSignature>` of that very transaction and the
 * same client id. The sandbox knows no merchants: the first token a client id uses is that
 * client id's token from then on (another token → 401).
 */

const CLIENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOKEN = /^[\x21-\x7e]{8,4096}$/;

/** The API gateway's refusal (SIBS's API sits behind IBM API Connect, hence `X-IBM-Client-Id`). */
export function gatewayRefusal(c: Context, message: string): Response {
  return c.json({ httpCode: '401', httpMessage: 'Unauthorized', moreInformation: message }, 401);
}

/** SIBS's own error answer: `returnStatus` with a code and a description. */
export function sibsError(c: Context, status: ContentfulStatusCode, statusCode: string, description: string): Response {
  return c.json({ returnStatus: { statusCode, statusMsg: 'Error', statusDescription: description } }, status);
}

export function createSibsAuth() {
  const tokens = new Map<string, string>();
  const signingKey = randomBytes(32);

  function clientIdOf(c: Context): string | Response {
    const clientId = c.req.header('X-IBM-Client-Id');
    if (!clientId) return gatewayRefusal(c, 'X-IBM-Client-Id header is missing.');
    if (!CLIENT_ID.test(clientId)) return gatewayRefusal(c, 'Invalid client id.');
    return clientId.toLowerCase();
  }

  /** `{ token, clientId }` of a Bearer call, or the refusal to answer with. */
  function bearer(c: Context): { token: string; clientId: string } | Response {
    const clientId = clientIdOf(c);
    if (typeof clientId !== 'string') return clientId;
    const match = /^Bearer (.+)$/.exec(c.req.header('Authorization') ?? '');
    if (!match || !TOKEN.test(match[1]!)) return gatewayRefusal(c, 'Authorization: Bearer <token> is required.');
    const token = match[1]!;
    const known = tokens.get(clientId);
    if (known === undefined) tokens.set(clientId, token);
    else if (known !== token) return gatewayRefusal(c, 'The token is not valid for this client id.');
    return { token, clientId };
  }

  /** Null when the call carries this transaction's Digest signature and client id, else the refusal. */
  function digest(c: Context, transaction: SibsTransaction): Response | null {
    const clientId = clientIdOf(c);
    if (typeof clientId !== 'string') return clientId;
    const authorization = c.req.header('Authorization') ?? '';
    if (!authorization.startsWith('Digest ')) {
      return sibsError(c, 401, 'E0401', 'Authorization: Digest <transactionSignature> is required for this operation.');
    }
    if (clientId !== transaction.clientId || authorization.slice('Digest '.length) !== transaction.signature) {
      return sibsError(c, 401, 'E0401', 'The transaction signature is not valid for this transaction.');
    }
    return null;
  }

  /** A signature shaped like SIBS's: base64 of `{ txId, tc }`, a dot, an HMAC of it. */
  function sign(transactionId: string, terminalId: number): string {
    const header = Buffer.from(JSON.stringify({ txId: transactionId, tc: terminalId })).toString('base64');
    return `${header}.${createHmac('sha256', signingKey).update(header).digest('base64')}`;
  }

  return { bearer, digest, sign };
}
export type SibsAuth = ReturnType<typeof createSibsAuth>;
