/** Why a Glomo API call failed; `code` is Glomo's own error code when it sent one. */
export type GlomoApiErrorCode = 'network' | 'timeout' | 'invalid_response' | 'http_error' | (string & {});

/**
 * A failed Glomo API call: the provider's error (`status` 4xx/5xx, its `code` and `message`), or
 * one of ours with `status` 0 — `network` (unreachable), `timeout`, `invalid_response` (not the
 * documented JSON).
 */
export class GlomoApiError extends Error {
  override readonly name = 'GlomoApiError';
  readonly status: number;
  readonly code: GlomoApiErrorCode;

  constructor(status: number, code: GlomoApiErrorCode, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}
