/**
 * The attempts of one `<pay-payglobe-checkout>`, one at a time, each from its start (the click,
 * or the return page of a full-page checkout) to its one result event: the phase the element
 * renders, the status it shows and says, and in iframe mode the light-DOM child payglobe.js
 * renders into. The element keeps its properties, its template and its configuration checks.
 */
import type { ReactiveControllerHost } from 'lit';
import { focusIsWithin, type Announcer } from '../../core/announcer.js';
import type { Translator } from '../../core/messages.js';
import type { PaymentResult } from '../../core/types.js';
import { markFrameFocus } from '../../flows/frame-focus.js';
import { finishFlow, flowCancel, flowError, type FlowOutcome } from '../../flows/outcome.js';
import { readPayGlobeReturn } from '../../providers/payglobe/read-payglobe-payment.js';
import { followPayGlobePayment, runPayGlobeAttempt, type PayGlobeCheckoutContainer } from './payglobe-checkout-attempt.js';
import type { PayGlobeCheckoutConfig } from './payglobe-checkout-config.js';
import { describePayGlobeOutcome, type PayGlobeCheckoutStatus } from './payglobe-checkout-status.js';
import { loadPayGlobeClient, type PayGlobeClient } from './payglobe-client.js';

/** Where the element is: between attempts (`idle`, or `paid` for good), or in one and at which step. */
export type PayGlobeCheckoutPhase = 'idle' | 'preparing' | 'open' | 'confirming' | 'leaving' | 'paid';

/** What a session needs of its element (whose `t()` and `locale` are protected). */
export interface PayGlobeCheckoutSessionHost {
  element: HTMLElement & ReactiveControllerHost;
  announcer: Announcer;
  t: Translator;
  /** Read at each use: the element's locale may change between attempts. */
  locale(): string;
  /** The element's `sdk-timeout` and `poll-interval`, as set. */
  sdkTimeout(): number;
  pollInterval(): number;
}

let containerCount = 0;

export class PayGlobeCheckoutSession {
  private currentPhase: PayGlobeCheckoutPhase = 'idle';
  private currentStatus: PayGlobeCheckoutStatus | null = null;
  /** The light-DOM child payglobe.js renders into (iframe mode, while open). */
  private container: HTMLElement | null = null;
  private stopMarkingFrameFocus: (() => void) | null = null;
  /** Aborted on removal; replaced on connection. */
  private connection = new AbortController();
  /** Bumped on removal: the attempt still running then reports nothing more (its `pay-cancel` was emitted on removal). */
  private generation = 0;
  private focusStatusAfterRender = false;

  constructor(private readonly host: PayGlobeCheckoutSessionHost) {}

  /** Where the current attempt is. */
  get phase(): PayGlobeCheckoutPhase {
    return this.currentPhase;
  }

  /** How the last attempt ended, in words; null before any, and while one is under way. */
  get status(): PayGlobeCheckoutStatus | null {
    return this.currentStatus;
  }

  /** Once, after the render that follows an attempt ended with focus in the checkout (removed with it): the status takes focus. */
  takeStatusFocus(): boolean {
    const take = this.focusStatusAfterRender;
    this.focusStatusAfterRender = false;
    return take;
  }

  connect(): void {
    this.connection = new AbortController();
  }

  /** A removed element ends everything it started; an attempt under way still ends in its one result event. */
  disconnect(): void {
    // As every flow element's: `pay-cancel` `aborted`, on the element itself. ('leaving': the page
    // is going to the full-page checkout; the return page finishes that one.)
    const interrupted = this.phase === 'preparing' || this.phase === 'open' || this.phase === 'confirming';
    this.generation += 1;
    this.connection.abort();
    this.removeContainer();
    if (this.phase !== 'paid') this.show('idle');
    if (interrupted) finishFlow(this.host.element, 'payglobe', flowCancel('aborted'));
  }

  /** The click: creates the payment and opens the checkout, in the element (iframe) or as the whole page (redirect). */
  pay(config: PayGlobeCheckoutConfig): void {
    void this.run(config, (client, generation) => runPayGlobeAttempt({
      host: this.host.element, client, config, locale: this.host.locale(), signal: this.connection.signal,
      pollIntervalMs: this.pollIntervalMs(),
      container: config.mode === 'iframe' ? this.createContainer() : null,
      returnUrl: config.mode === 'redirect' ? this.returnUrl() : null,
      onOpened: (how) => { if (generation === this.generation) this.opened(how); },
    }));
  }

  /** The return page of a full-page checkout: finish the attempt from `retrieve()`. */
  resumeFromReturn(config: PayGlobeCheckoutConfig): void {
    const view = this.host.element.ownerDocument.defaultView;
    if (!view) return;
    const reading = readPayGlobeReturn(view.location.search, { locale: this.host.locale() });
    if (!reading.ok && 'absent' in reading) return;
    // The query has done its job: a reload must not finish the attempt a second time.
    view.history.replaceState(view.history.state, '', this.returnUrl());
    if (!reading.ok) {
      this.end(flowError('invalid_response', reading.error.message));
      return;
    }
    const paymentId = reading.query.paymentId;
    void this.run(config, (client) => followPayGlobePayment({
      client, paymentId, expected: { total: config.total, paymentId }, pollIntervalMs: this.pollIntervalMs(),
      signal: this.connection.signal, locale: this.host.locale(),
    }), 'confirming');
  }

  /** Moves to `phase` (and `status`), re-rendering the element when either changed. */
  private show(phase: PayGlobeCheckoutPhase, status = this.currentStatus): void {
    if (phase === this.currentPhase && status === this.currentStatus) return;
    this.currentPhase = phase;
    this.currentStatus = status;
    this.host.element.requestUpdate();
  }

  /** Loads payglobe.js, runs `step`, and ends in the one result event (unless the page is leaving or the element was removed). */
  private async run(
    config: PayGlobeCheckoutConfig,
    step: (client: PayGlobeClient, generation: number) => Promise<FlowOutcome<PaymentResult> | null>,
    phase: PayGlobeCheckoutPhase = 'preparing',
  ): Promise<void> {
    const t = this.host.t;
    const generation = this.generation;
    this.show(phase, null);
    this.host.announcer.announce(t(phase === 'confirming' ? 'payglobeCheckout.confirming' : 'payglobeCheckout.preparing'));
    const timeoutMs = this.host.sdkTimeout() > 0 ? this.host.sdkTimeout() : 10_000;
    const loaded = await loadPayGlobeClient(this.host.element, config.scriptUrl, config.publishableKey, { timeoutMs, locale: this.host.locale() });
    if (generation !== this.generation) return;
    const outcome = loaded.kind === 'result' ? await step(loaded.value, generation) : loaded;
    if (generation !== this.generation || outcome === null) return;
    this.end(outcome);
  }

  private opened(how: 'iframe' | 'redirect' | 'prevented'): void {
    const { announcer, t } = this.host;
    if (how === 'redirect') {
      this.show('leaving');
      announcer.announce(t('payglobeCheckout.redirecting'));
      return;
    }
    this.show(how === 'iframe' ? 'open' : 'confirming');
    const frame = this.container?.querySelector('iframe');
    if (frame) {
      // The frame is in light DOM, out of reach of the shadow styles: size it here.
      frame.style.setProperty('display', 'block');
      frame.style.setProperty('width', '100%');
      frame.style.setProperty('height', 'var(--pay-checkout-height, 36rem)');
      frame.style.setProperty('border', '0');
      // Keyboard users continue in the checkout, once its area is shown; its box rings while they are in it.
      this.stopMarkingFrameFocus = markFrameFocus(frame, this.container!);
      void this.host.element.updateComplete.then(() => { if (frame.isConnected) frame.focus(); });
    }
    announcer.announce(t(how === 'iframe' ? 'payglobeCheckout.opened' : 'payglobeCheckout.confirming'));
  }

  /** Emits the attempt's one result event and says how it ended. */
  private end(outcome: FlowOutcome<PaymentResult>): void {
    const element = this.host.element;
    // Focus in the element (the checkout frame, or the Pay button the result may replace) follows to the status.
    const focusWasIn = focusIsWithin(element);
    this.removeContainer();
    const status = describePayGlobeOutcome(outcome, this.host.t, this.host.locale());
    this.show(outcome.kind === 'result' && outcome.value.status === 'succeeded' ? 'paid' : 'idle', status);
    this.focusStatusAfterRender = focusWasIn;
    // Focused, the status is read: said through the live region as well, it would be heard twice.
    if (!focusWasIn) this.host.announcer.announce(status.message);
    finishFlow(element, 'payglobe', outcome);
  }

  private pollIntervalMs(): number {
    const pollInterval = this.host.pollInterval();
    return Number.isFinite(pollInterval) && pollInterval >= 250 ? pollInterval : 2000;
  }

  /** This page's address without the return query: where a full-page checkout comes back to. */
  private returnUrl(): string {
    const document = this.host.element.ownerDocument;
    const url = new URL(document.defaultView?.location.href ?? document.URL);
    url.searchParams.delete('paymentId');
    url.searchParams.delete('status');
    url.hash = '';
    return url.href;
  }

  /** The light-DOM child payglobe.js renders into, and how payglobe.js can find it. */
  private createContainer(): PayGlobeCheckoutContainer {
    this.removeContainer();
    const element = this.host.element;
    const container = element.ownerDocument.createElement('div');
    container.slot = 'checkout';
    container.id = `pay-payglobe-checkout-${++containerCount}-${Math.random().toString(36).slice(2, 8)}`;
    element.append(container);
    this.container = container;
    // A document-wide selector finds the child only when the element is not inside a shadow root.
    const reachable = element.getRootNode() === element.ownerDocument;
    return { target: reachable ? `#${CSS.escape(container.id)}` : container, element: container, frameTitle: this.host.t('payglobeCheckout.checkoutLabel') };
  }

  private removeContainer(): void {
    this.stopMarkingFrameFocus?.();
    this.stopMarkingFrameFocus = null;
    this.container?.remove();
    this.container = null;
  }
}
