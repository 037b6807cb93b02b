/** PayGlocal helpers for the merchant's server: token verification, the status map, callback dedupe, API client. */
export { verifyPayGlocalToken, payglocalResult } from './verify-payglocal-token.js';
export type {
  VerifyPayGlocalTokenOptions,
  PayGlocalTokenVerification,
  PayGlocalVerifiedResult,
  PayGlocalVerifiedIdsOnly,
  PayGlocalTokenRejected,
  PayGlocalTokenRejection,
} from './verify-payglocal-token.js';
export { createPayGlocalCallbackGuard, memoryIdempotencyStore } from './payglocal-callback-guard.js';
export type { CallbackIdempotencyStore, PayGlocalCallbackGuard } from './payglocal-callback-guard.js';
export { createPayGlocalClient, PayGlocalApiError, PAYGLOCAL_API_BASE_URL } from './payglocal-client.js';
export type { PayGlocalClient, PayGlocalClientOptions, PayGlocalInitiateRequest } from './payglocal-client.js';
export { PAYGLOCAL_STATUS_MAP, PAYGLOCAL_STATUSES, payglocalPaymentStatus, isPayGlocalStatus } from '../../providers/payglocal/payglocal-status.js';
export type { PayGlocalStatus } from '../../providers/payglocal/payglocal-status.js';
export type { PayGlocalCallbackPayload, PayGlocalIdsOnlyPayload, PayGlocalInitiateResponse, PayGlocalStatusResponse } from '../../providers/payglocal/payglocal-schemas.js';
