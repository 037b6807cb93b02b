/** SIBS SPG helpers for the merchant's server: API client, merchant endpoints, webhook decryption. */
export { createSibsClient, toSibsAmount, toSibsCardInfo, SIBS_API_BASE_URL } from './sibs-client.js';
export type { SibsClient, SibsClientOptions, SibsCheckout, SibsCreatePaymentInput } from './sibs-client.js';
export { SibsApiError } from './sibs-api-error.js';
export type { SibsApiErrorCode } from './sibs-api-error.js';
export { decryptSibsWebhook, sibsWebhookAck } from './sibs-webhook.js';
export type { SibsWebhookResult, SibsWebhookRejection } from './sibs-webhook.js';
export { createSibsRoutes } from './sibs-routes.js';
export type { SibsRoutes, SibsRoutesOptions, SibsOrder } from './sibs-routes.js';
export { sibsPaymentStatus } from '../../providers/sibs/sibs-schemas.js';
export type {
  SibsCardPurchaseResponse, SibsCreateResponse, SibsMbwayPurchaseResponse, SibsPaymentStatus, SibsReferenceGenerateResponse,
  SibsStatusResponse, SibsWebhookPayload,
} from '../../providers/sibs/sibs-schemas.js';
