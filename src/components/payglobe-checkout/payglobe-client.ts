/**
 * payglobe.js as this element uses it: loaded once per document through the library's SDK
 * loader (classic script, Trusted Types policy `pay-elements`), `PayGlobe(publishableKey)` turned
 * into a client whose calls never throw — each answers a `FlowOutcome` with the error code the
 * element reports. The SDK's own payloads are validated by the adapter, not here.
 */
import { translator, type Translator } from '../../core/messages.js';
import { flowsMessages } from '../../flows/flows.messages.js';
import { flowError, flowResult, type FlowOutcome } from '../../flows/outcome.js';
import type { PollRead } from '../../flows/poll.js';
import { loadSdk } from '../../flows/sdk-loader.js';
import { PAYGLOBE_SCRIPT_HOSTS } from './payglobe-checkout-config.js';
import { payglobeCheckoutMessages } from './payglobe-checkout.messages.js';

/** The options of `payments.create()` (amount in PayGlobe's decimals). */
export interface PayGlobeCreateOptions {
  amount: number;
  email: string;
  description?: string;
  currency?: string;
  paymentMode?: 'PREAUTH_VOUCHER_CAPTURE' | 'SALE_DIRECT';
  /** Sandbox extension: where a full-page checkout comes back to, with `?paymentId=&status=`. */
  returnUrl?: string;
}

/** What `PayGlobe(publishableKey)` returns, as documented. */
export interface PayGlobeInstance {
  payments: {
    create(options: PayGlobeCreateOptions): Promise<unknown>;
    retrieve(id: string): Promise<unknown>;
  };
  redirectToCheckout(options: { paymentId: string; element?: string | Element }): Promise<unknown>;
}

export type PayGlobeFactory = (publishableKey: string) => PayGlobeInstance;

/** The client the element drives: every call ends in an outcome, never an exception. */
export interface PayGlobeClient {
  create(options: PayGlobeCreateOptions): Promise<FlowOutcome<unknown>>;
  /** One `retrieve()` as a poll read: 5xx and network failures retry, 404 / malformed answers fail. */
  retrieve(id: string): Promise<PollRead>;
  redirectToCheckout(options: { paymentId: string; element?: string | Element }): Promise<FlowOutcome<true>>;
}

/** A rejection of payglobe.js: `Error` with the API's `message`, its `code`, and the HTTP `status`. */
function rejection(error: unknown): { message: string; code: string; status: number } {
  const record = (typeof error === 'object' && error !== null ? error : {}) as { message?: unknown; code?: unknown; status?: unknown };
  return {
    message: typeof record.message === 'string' && record.message ? record.message : String(error),
    code: typeof record.code === 'string' ? record.code : '',
    status: typeof record.status === 'number' ? record.status : 0,
  };
}

const isInstance = (value: unknown): value is PayGlobeInstance => {
  const instance = value as Partial<PayGlobeInstance> | null;
  return typeof instance === 'object' && instance !== null && typeof instance.redirectToCheckout === 'function'
    && typeof instance.payments?.create === 'function' && typeof instance.payments?.retrieve === 'function';
};

/** `PayGlobe(key)` wrapped; `sdk_load_failed` when the global is not the documented client. */
export function createPayGlobeClient(factory: unknown, publishableKey: string, locale?: string): FlowOutcome<PayGlobeClient> {
  const t = translator({ ...flowsMessages, ...payglobeCheckoutMessages }, locale);
  let instance: unknown;
  try {
    instance = typeof factory === 'function' ? (factory as PayGlobeFactory)(publishableKey) : null;
  } catch (error) {
    return flowError('sdk_load_failed', t('payglobeCheckout.error.sdk', { reason: rejection(error).message }));
  }
  if (!isInstance(instance)) return flowError('sdk_load_failed', t('payglobeCheckout.error.sdk', { reason: 'PayGlobe(key) is not a client' }));
  return flowResult(wrap(instance, t));
}

function wrap(sdk: PayGlobeInstance, t: Translator): PayGlobeClient {
  return {
    async create(options) {
      try {
        return flowResult(await sdk.payments.create(options));
      } catch (error) {
        const { message, code, status } = rejection(error);
        const text = t('payglobeCheckout.error.create', { reason: message });
        if (code === 'INVALID_RESPONSE') return flowError('invalid_response', text);
        // The API refused the key or the request: something in the element's configuration.
        if (status === 400 || status === 401 || status === 403) return flowError('invalid_config', text);
        return flowError('network', text);
      }
    },
    async retrieve(id) {
      try {
        return { kind: 'body', body: await sdk.payments.retrieve(id) };
      } catch (error) {
        const { message, code, status } = rejection(error);
        const text = t('payglobeCheckout.error.retrieve', { reason: message });
        if (code === 'INVALID_RESPONSE' || status === 404) return { kind: 'fail', code: 'invalid_response', message: text };
        if (status >= 400 && status < 500 && status !== 429) return { kind: 'fail', code: 'network', message: text };
        return { kind: 'retry', reason: message };
      }
    },
    async redirectToCheckout(options) {
      try {
        await sdk.redirectToCheckout(options);
        return flowResult(true as const);
      } catch (error) {
        return flowError('sdk_load_failed', t('payglobeCheckout.error.open', { reason: rejection(error).message }));
      }
    },
  };
}

/** Loads payglobe.js from `url` and builds the client for `publishableKey`. */
export async function loadPayGlobeClient(
  host: Element, url: string, publishableKey: string, options: { timeoutMs: number; locale?: string },
): Promise<FlowOutcome<PayGlobeClient>> {
  const loaded = await loadSdk<unknown>(host, {
    url, kind: 'classic', name: 'PayGlobe', allowedHosts: PAYGLOBE_SCRIPT_HOSTS, provider: 'payglobe', timeoutMs: options.timeoutMs,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  if (loaded.kind !== 'result') return loaded;
  return createPayGlobeClient(loaded.value, publishableKey, options.locale);
}
