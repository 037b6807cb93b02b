/**
 * `pay-elements/return-page`: what a merchant's return page needs and nothing else — read the
 * provider's callback query, then tell the waiting checkout (in the opener tab, or this same tab
 * before a redirect) through the `pay-elements` BroadcastChannel. Registers no element.
 */
export { notifyOpener, createFlowId, RETURN_CHANNEL } from './flows/return-page.js';
export { readGlomoCallback } from './providers/glomo/read-glomo-callback.js';
export type { GlomoCallbackReading } from './providers/glomo/read-glomo-callback.js';
