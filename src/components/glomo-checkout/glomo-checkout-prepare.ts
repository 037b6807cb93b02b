/**
 * What an attempt needs before the click can open the checkout: the SDK class (loaded once per
 * document by the flows' SDK loader), the order id (from the merchant's `order-url` when the
 * page has none), and whether the page's COOP cuts popups off (the diagnostics' COOP check).
 * Each resolves to a `FlowOutcome`; nothing here throws.
 */
import * as z from 'zod/mini';
import { translator } from '../../core/messages.js';
import type { HostOverrides } from '../../diagnostics/requirements.js';
import { flowError, flowResult, type FlowOutcome } from '../../flows/outcome.js';
import { loadSdk } from '../../flows/sdk-loader.js';
import { GLOMO_CHECKOUT_SDK_URL, GLOMO_SDK_HOSTS } from './glomo-checkout-config.js';
import { glomoCheckoutMessages } from './glomo-checkout.messages.js';

/** The options `new GlomoCheckoutApi(…)` takes (glomo-checkout-sdk.md). */
export interface GlomoCheckoutApiOptions {
  orderId: string;
  publicKey: string;
  callbackUrl?: string;
}

/** The part of a `GlomoCheckoutApi` instance the element uses. */
export interface GlomoCheckoutInstance {
  open(): unknown;
  on(event: string, handler: (payload: unknown) => void): unknown;
}

export type GlomoCheckoutApiClass = new (options: GlomoCheckoutApiOptions) => GlomoCheckoutInstance;

/** Diagnosis hosts for an SDK served from somewhere else than Glomo's (the sandbox): the fix then names that origin. */
export function sdkHostOverrides(sdkUrl: string): HostOverrides | undefined {
  if (sdkUrl === GLOMO_CHECKOUT_SDK_URL) return undefined;
  try {
    return { glomo: { script: [new URL(sdkUrl).origin] } };
  } catch {
    return undefined;
  }
}

/** Loads the SDK module from `sdkUrl` and resolves its `GlomoCheckoutApi` class. */
export async function loadGlomoCheckoutApi(
  host: Element, sdkUrl: string, options: { timeoutMs?: number; locale?: string },
): Promise<FlowOutcome<GlomoCheckoutApiClass>> {
  const outcome = await loadSdk<unknown>(host, {
    url: sdkUrl,
    kind: 'module',
    name: 'GlomoCheckoutApi',
    allowedHosts: GLOMO_SDK_HOSTS,
    provider: 'glomo',
    hosts: sdkHostOverrides(sdkUrl),
    timeoutMs: options.timeoutMs,
    locale: options.locale,
  });
  if (outcome.kind !== 'result') return outcome;
  if (typeof outcome.value !== 'function') {
    return flowError('sdk_load_failed', translator(glomoCheckoutMessages, options.locale)('glomoCheckout.error.sdkExport', { url: sdkUrl }));
  }
  return flowResult(outcome.value as GlomoCheckoutApiClass);
}

const orderAnswerSchema = z.looseObject({ order_id: z.string().check(z.minLength(1), z.maxLength(200)) });
const errorAnswerSchema = z.object({ error: z.object({ message: z.string().check(z.maxLength(500)) }) });

/** POSTs to the merchant's `order-url` and resolves the `order_id` it answers with. */
export async function fetchGlomoOrderId(orderUrl: string, options: { signal?: AbortSignal; locale?: string }): Promise<FlowOutcome<string>> {
  const t = translator(glomoCheckoutMessages, options.locale);
  let response: Response;
  try {
    response = await fetch(orderUrl, { method: 'POST', headers: { Accept: 'application/json' }, credentials: 'same-origin', signal: options.signal });
  } catch (error) {
    return flowError('network', t('glomoCheckout.error.order', { reason: error instanceof Error ? error.message : String(error) }));
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const reported = z.safeParse(errorAnswerSchema, body);
    const reason = reported.success ? reported.data.error.message : `HTTP ${response.status}`;
    return flowError('network', t('glomoCheckout.error.order', { reason }));
  }
  const parsed = z.safeParse(orderAnswerSchema, body);
  return parsed.success ? flowResult(parsed.data.order_id) : flowError('invalid_response', t('glomoCheckout.error.orderFormat'));
}

/**
 * The COOP explanation (message and fix) when this page's policy — or the return page's, when
 * `returnUrl` is known — cuts the link to popups, else null.
 */
export async function explainCoopCut(locale?: string, returnUrl?: string | null): Promise<string | null> {
  try {
    // Loaded on demand: the diagnosis is only needed once a checkout is about to open.
    const { explainFailure } = await import('../../diagnostics/explain.js');
    return (await explainFailure('glomo', 'popup_link_cut', { locale, ...(returnUrl ? { returnUrl } : {}) }))?.message ?? null;
  } catch {
    return null;
  }
}
