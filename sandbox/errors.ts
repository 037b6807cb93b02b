import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Error codes the sandbox answers with (Glomo's style: upper snake case). */
export type SandboxErrorCode =
  | 'UNAUTHORIZED'
  | 'INVALID_REQUEST'
  | 'NOT_FOUND'
  | 'ORDER_ALREADY_PAID'
  | 'INTERNAL_ERROR';

/** Every API error has one shape: `{ error: { code, message } }` with a 4xx/5xx status. */
export function apiError(c: Context, status: ContentfulStatusCode, code: SandboxErrorCode, message: string): Response {
  return c.json({ error: { code, message } }, status);
}
