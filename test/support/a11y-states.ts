/**
 * What a screen reader hears from an element's live regions, recorded across a whole flow, and
 * what it reads when the element moves focus to a notice (a non-interactive element with
 * `tabindex="-1"`: its name from `aria-labelledby`, else its text): the same words said by both
 * are heard twice.
 *
 * A live region is any node with `aria-live` (not `off`), `role="status"` or `role="alert"`, in
 * the element's shadow root or in the shadow roots nested inside it (`<pay-card-payment>`'s
 * `<pay-card-form>`). Like assistive technology, the recorder reads the regions once the page is
 * done with a change (one mutation batch): a region whose text turns into a new non-empty text is
 * one announcement; emptying it is silent; an alert inserted with its text is one announcement.
 * A region that is `aria-busy` is read once it stops being busy (as Chromium does, only the
 * region's own `aria-busy` holds it; `insideBusy` notes a region inside an `aria-busy` container,
 * which the ARIA spec lets assistive technology ignore).
 */
export interface Announcement {
  text: string;
  /** `polite` or `assertive` (an alert, or `aria-live="assertive"`); `focus`: read as focus moved to it. */
  politeness: 'polite' | 'assertive' | 'focus';
  /**
   * How long the region had been in the page when it spoke (ms; Infinity when it was there when
   * recording started). A polite region inserted just before it speaks is often not heard at all:
   * screen readers only follow live regions they already know.
   */
  regionAgeMs: number;
  /** True when an ancestor in the same shadow root was `aria-busy` as the region spoke. */
  insideBusy: boolean;
}

const INTERACTIVE = 'a[href], button, input, select, textarea, iframe, summary, [contenteditable]';
const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]';

function politenessOf(region: Element): 'polite' | 'assertive' {
  return region.getAttribute('role') === 'alert' || region.getAttribute('aria-live') === 'assertive' ? 'assertive' : 'polite';
}

/** Every shadow root at or under `root` (open ones: ours all are). */
function shadowRootsUnder(root: ShadowRoot): ShadowRoot[] {
  const roots = [root];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) roots.push(...shadowRootsUnder(element.shadowRoot));
  return roots;
}

/** Text as read: whitespace collapsed. */
const spoken = (region: Element) => (region.textContent ?? '').replace(/\s+/g, ' ').trim();

export class LiveRegionRecorder {
  readonly heard: Announcement[] = [];
  private readonly last = new Map<Element, string>();
  private readonly firstSeen = new Map<Element, number>();
  private readonly observers = new Map<ShadowRoot, MutationObserver>();

  constructor(private readonly host: Element) {
    // What the regions say when recording starts was said before: it's not heard again.
    this.scan(false);
    host.addEventListener('focusin', this.readFocused);
  }

  /** A notice the element moved focus to is read; a control getting focus says its name, not a change. */
  private readonly readFocused = (event: Event): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement) || target.getAttribute('tabindex') !== '-1' || target.matches(INTERACTIVE)) return;
    const root = target.getRootNode() as ShadowRoot | Document;
    const labelledBy = (target.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    const text = labelledBy.length ? labelledBy.map((id) => spoken(root.getElementById(id) ?? target)).join(' ') : spoken(target);
    if (text) this.heard.push({ text, politeness: 'focus', regionAgeMs: Infinity, insideBusy: false });
  };

  /** The texts heard so far, in order. */
  get texts(): string[] {
    return this.heard.map((each) => each.text);
  }

  /** Stops recording. */
  stop(): void {
    this.host.removeEventListener('focusin', this.readFocused);
    for (const observer of this.observers.values()) observer.disconnect();
    this.observers.clear();
  }

  private scan(record = true): void {
    const root = this.host.shadowRoot;
    if (!root) throw new Error(`${this.host.localName} has no shadow root`);
    for (const shadow of shadowRootsUnder(root)) {
      if (this.observers.has(shadow)) continue;
      const observer = new MutationObserver(() => this.scan());
      observer.observe(shadow, { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: ['aria-busy', 'aria-live', 'role'] });
      this.observers.set(shadow, observer);
    }
    const present = new Set<Element>();
    for (const shadow of this.observers.keys()) {
      if (!shadow.host.isConnected) continue;
      for (const region of shadow.querySelectorAll(LIVE)) {
        present.add(region);
        if (!this.firstSeen.has(region)) this.firstSeen.set(region, record ? performance.now() : -Infinity);
        if (region.getAttribute('aria-busy') === 'true') continue;
        const text = spoken(region);
        const before = this.last.get(region) ?? '';
        if (record && text && text !== before) {
          const regionAgeMs = performance.now() - this.firstSeen.get(region)!;
          const insideBusy = region.parentElement?.closest('[aria-busy="true"]') != null;
          this.heard.push({ text, politeness: politenessOf(region), regionAgeMs, insideBusy });
        }
        this.last.set(region, text);
      }
    }
    for (const region of [...this.firstSeen.keys()]) {
      if (present.has(region)) continue;
      this.last.delete(region);
      this.firstSeen.delete(region);
    }
  }
}

/** Starts recording what `element`'s live regions say from now on. */
export function recordLiveRegions(element: Element): LiveRegionRecorder {
  return new LiveRegionRecorder(element);
}

/** Waits until `predicate` holds; fails after `ms` with `what`. */
export async function until(predicate: () => boolean, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
