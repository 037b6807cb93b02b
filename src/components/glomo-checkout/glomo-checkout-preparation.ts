/**
 * The element's preparation cache: the SDK class, the order id and the COOP verdict, each started
 * at most once per configuration (on hover, focus or the first click) and kept while it holds.
 * A failed item is dropped, so the next attempt starts it afresh.
 */
import { flowResult, type FlowOutcome } from '../../flows/outcome.js';
import type { GlomoCheckoutConfig } from './glomo-checkout-config.js';
import { explainCoopCut, fetchGlomoOrderId, loadGlomoCheckoutApi, type GlomoCheckoutApiClass } from './glomo-checkout-prepare.js';

interface Tracked<T> {
  key: string;
  promise: Promise<FlowOutcome<T>>;
  /** Set once settled: lets a click that comes after preparation open the popup synchronously. */
  outcome?: FlowOutcome<T>;
}

/** Everything an attempt needs, once ready. */
export interface GlomoCheckoutReady {
  Api: GlomoCheckoutApiClass;
  orderId: string;
  /** The page's COOP explanation when it cuts popups (checked in events mode only), else null. */
  coopCut: string | null;
}

export type GlomoCheckoutReadiness = { kind: 'ready'; ready: GlomoCheckoutReady } | { kind: 'error'; outcome: FlowOutcome<never> };

export interface PreparationContext {
  host: Element;
  sdkTimeoutMs: number;
  locale: string;
  /** Aborted when the element is removed: ends the order request. */
  signal: AbortSignal;
}

export class GlomoCheckoutPreparation {
  private sdk: Tracked<GlomoCheckoutApiClass> | null = null;
  private order: Tracked<string> | null = null;
  private coop: Tracked<string | null> | null = null;

  /** Starts whatever `config` needs that is not under way or done. */
  start(config: GlomoCheckoutConfig, context: PreparationContext): Promise<FlowOutcome<unknown>>[] {
    this.sdk = this.track(this.sdk, `${config.sdkUrl} ${context.sdkTimeoutMs}`, () =>
      loadGlomoCheckoutApi(context.host, config.sdkUrl, { timeoutMs: context.sdkTimeoutMs, locale: context.locale }));
    this.order = config.orderId
      ? { key: `id ${config.orderId}`, promise: Promise.resolve(flowResult(config.orderId)), outcome: flowResult(config.orderId) }
      : this.track(this.order, `url ${config.orderUrl}`, () => fetchGlomoOrderId(config.orderUrl!, { signal: context.signal, locale: context.locale }));
    // Only events mode depends on the opener link; redirect mode comes back through the return page.
    this.coop = config.mode === 'events'
      ? this.track(this.coop, `coop ${config.callbackUrl ?? ''}`, async () => flowResult(await explainCoopCut(context.locale, config.callbackUrl)))
      : null;
    return [this.sdk.promise, this.order.promise, ...(this.coop ? [this.coop.promise] : [])];
  }

  /** What is ready now (synchronously), or null while something is still loading. */
  readyNow(): GlomoCheckoutReadiness | null {
    const items = [this.sdk, this.order, this.coop].filter((item) => item !== null);
    const failed = items.find((item) => item.outcome && item.outcome.kind !== 'result');
    if (failed) return { kind: 'error', outcome: failed.outcome as FlowOutcome<never> };
    if (!this.sdk?.outcome || !this.order?.outcome || (this.coop && !this.coop.outcome)) return null;
    const value = <T>(outcome: FlowOutcome<T> | undefined): T => (outcome as { kind: 'result'; value: T }).value;
    return { kind: 'ready', ready: { Api: value(this.sdk.outcome), orderId: value(this.order.outcome), coopCut: this.coop ? value(this.coop.outcome) : null } };
  }

  /** Forgets the order created through `order-url` (it was paid: the next attempt needs a new one). */
  forgetOrder(): void {
    this.order = null;
  }

  /** Forgets everything in flight (the element was removed). */
  reset(): void {
    this.sdk = this.order = this.coop = null;
  }

  private track<T>(current: Tracked<T> | null, key: string, begin: () => Promise<FlowOutcome<T>>): Tracked<T> {
    if (current && current.key === key && (!current.outcome || current.outcome.kind === 'result')) return current;
    const tracked: Tracked<T> = { key, promise: begin() };
    void tracked.promise.then((outcome) => { tracked.outcome = outcome; });
    return tracked;
  }
}
