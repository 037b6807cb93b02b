/** Why a SIBS API call failed: SIBS's own `returnStatus.statusCode` (`E0404`…) when it sent one, else ours. */
export type SibsApiErrorCode = 'network' | 'timeout' | 'invalid_response' | 'invalid_request' | 'unauthorized' | 'http_error' | (string & {});

/**
 * A failed SIBS SPG call: SIBS's error (`status` 4xx/5xx, `code` its `statusCode`, `message` its
 * description), the API gateway's refusal (`unauthorized`), or one of ours with `status` 0 —
 * `network` (unreachable), `timeout`, `invalid_request` (refused before sending), or
 * `invalid_response` (not the shape SIBS documents). Messages never contain card data.
 */
export class SibsApiError extends Error {
  override readonly name = 'SibsApiError';
  readonly status: number;
  readonly code: SibsApiErrorCode;

  constructor(status: number, code: SibsApiErrorCode, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}
