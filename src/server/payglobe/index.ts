/** PayGlobe helpers for the merchant's server: webhook verification and the wrapper API client. */
export { verifyPayGlobeWebhook } from './verify-payglobe-webhook.js';
export type {
  PayGlobeWebhookVerification, PayGlobeWebhookFailure, VerifyPayGlobeWebhookOptions, WebhookHeaders,
} from './verify-payglobe-webhook.js';
export { payGlobeWebhookEventSchema } from './payglobe-webhook-schema.js';
export type { PayGlobeWebhookEvent, PayGlobeNotificationObject } from './payglobe-webhook-schema.js';
export { createPayGlobeClient, PayGlobeApiError, PAYGLOBE_API_BASE_URL } from './payglobe-client.js';
export type { PayGlobeClient, PayGlobeClientOptions, PayGlobeInitRequest, PayGlobeVoucherChoice } from './payglobe-client.js';
export type { PayGlobeInitResponse, PayGlobeTransaction } from './payglobe-api-schemas.js';
