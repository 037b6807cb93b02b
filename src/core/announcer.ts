import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

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
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/**
 * An element's one polite live region. `announce()` says a message once — even the same
 * message twice in a row — and a newer message replaces one still waiting. While a message
 * waits, the region is `aria-busy` (assistive technology holds its reading; tests wait on it).
 * Render it with `render()` somewhere in the element's template.
 */
export class Announcer implements ReactiveController {
  private message = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Says `message` once, `ANNOUNCE_DELAY_MS` from now. */
  announce(message: string): void {
    this.clear();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.message = message;
      this.host.requestUpdate();
    }, ANNOUNCE_DELAY_MS);
    this.host.requestUpdate();
  }

  /** Empties the region (silently: a polite region doesn't announce removals) and drops a waiting message. */
  clear(): void {
    const changed = this.message !== '' || this.timer !== undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.message = '';
    if (changed) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.clear();
  }

  render(): TemplateResult {
    return html`<div id="announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" aria-busy=${
      this.timer === undefined ? 'false' : 'true'} .textContent=${this.message}></div>`;
  }
}
