import { css, type ReactiveController, type ReactiveControllerHost, type ReactiveElement } from 'lit';

/**
 * How long the announcer stays empty before a message is written into it. Emptying and
 * writing in the same frame is one change to the accessibility tree, and the same text
 * written twice is no change at all: a screen reader then says nothing. 100 ms is the gap
 * that works across browser / screen reader pairs (as in Angular CDK's LiveAnnouncer).
 */
export const ANNOUNCE_DELAY_MS = 100;

/** The class every element's styles need for the announcer (and other text meant only for screen readers). */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/** Whether focus is on `element` or inside it (its shadow tree, its slotted content). */
export function focusIsWithin(element: Element): boolean {
  const active = (element.getRootNode() as Document | ShadowRoot).activeElement;
  return !!active && element.contains(active);
}

/**
 * Says `message` once for a change that replaces what had focus in `element` (call it as the
 * change is made, before the element re-renders): when focus is in the element, it moves to
 * `target` once rendered, and a screen reader reads what gets focus — the live region stays
 * silent, or the shopper would hear the same words twice. Otherwise (or should `target` not be
 * there) `announcer` says it, and focus stays where the shopper has it.
 */
export function sayByFocus(element: ReactiveElement, announcer: Announcer, message: string, target: () => HTMLElement | null): void {
  if (!focusIsWithin(element)) return announcer.announce(message);
  announcer.clear();
  void element.updateComplete.then(() => {
    const focused = target();
    if (focused) focused.focus();
    else announcer.announce(message);
  });
}

/**
 * An element's one polite live region. `announce()` says a message once — even the same
 * message twice in a row — and a newer message replaces one still waiting. While a message
 * waits, the region is `aria-busy` (assistive technology holds its reading; tests wait on it).
 *
 * The region (`#announcer`) is written into the element's shadow root when the element is
 * first connected, before its first render, and stays there for the element's life: it is in
 * the page before anything is said into it (a live region inserted with its message is often
 * not read), no change of the element's template removes it (Lit renders after it), and
 * saying something is a text change, not a re-render of the element.
 */
export class Announcer implements ReactiveController {
  private region: HTMLElement | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.region) return;
    const region = document.createElement('div');
    region.id = 'announcer';
    region.className = 'visually-hidden';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    this.host.renderRoot.insertBefore(region, this.host.renderRoot.firstChild);
    this.region = region;
  }

  /** Says `message` once, `ANNOUNCE_DELAY_MS` from now. */
  announce(message: string): void {
    this.clear();
    this.region?.setAttribute('aria-busy', 'true');
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.region) return;
      this.region.textContent = message;
      this.region.setAttribute('aria-busy', 'false');
    }, ANNOUNCE_DELAY_MS);
  }

  /** Empties the region (silently: a polite region doesn't announce removals) and drops a waiting message. */
  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.region) return;
    if (this.region.textContent) this.region.textContent = '';
    this.region.setAttribute('aria-busy', 'false');
  }

  hostDisconnected(): void {
    this.clear();
  }
}
