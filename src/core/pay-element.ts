import { LitElement, type PropertyValues } from 'lit';
import { emit, type PayEventDetailMap, type PayEventName } from './events.js';
import { onMessagesLoaded, requestTranslations, type TranslationLoader } from './catalogs.js';
import { localeOf, translate, type MessageKey, type MessageParams } from './messages.js';

/**
 * Re-renders connected elements when a `lang` attribute changes anywhere in the document, so a
 * site that switches language at runtime relabels its payment forms, and when translations
 * finish loading. One observer for all.
 */
const languageWatch = (() => {
  const elements = new Set<LitElement>();
  const refresh = () => elements.forEach((el) => el.requestUpdate());
  let observer: MutationObserver | null = null;
  let unsubscribe: (() => void) | null = null;
  return {
    add(element: LitElement): void {
      elements.add(element);
      if (observer) return;
      observer = new MutationObserver(refresh);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
      unsubscribe = onMessagesLoaded(refresh);
    },
    delete(element: LitElement): void {
      elements.delete(element);
      if (elements.size === 0) {
        observer?.disconnect();
        unsubscribe?.();
        observer = unsubscribe = null;
      }
    },
  };
})();

/** How long a first render waits for its translations before it shows the chain's next locale (in the end English). */
const FIRST_RENDER_WAIT_MS = 1000;

/**
 * Base of every pay-elements element: typed `emit()` and catalog lookups in the element's locale.
 * Not an element of its own (no tag).
 * @internal
 */
export class PayElement extends LitElement {
  /** The element's English catalog (its `*.messages.ts`, merged with those it words errors from): what `t()` falls back to. */
  protected static messages: Readonly<Partial<Record<MessageKey, string>>> = {};

  /** The loaders of those catalogs' translations (each `*.messages.ts` exports one), loaded when the element first renders in a shipped language. */
  protected static translations: readonly TranslationLoader[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    languageWatch.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    languageWatch.delete(this);
  }

  /** Dispatches a typed pay-elements event from this element; false when the host prevented it. */
  protected emit<K extends PayEventName>(name: K, detail: PayEventDetailMap[K]): boolean {
    return emit(this, name, detail);
  }

  /**
   * The first render waits for the element's shipped translations while they load (one round
   * trip, at most `FIRST_RENDER_WAIT_MS`): a form in Italian never shows English first. English
   * pages, and translations already loaded, render at once.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.hasUpdated ? null : requestTranslations((this.constructor as typeof PayElement).translations, localeOf(this));
    if (!loading) return super.scheduleUpdate();
    return Promise.race([loading, new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))]).then(() => super.scheduleUpdate());
  }

  /** The locale resolved for the render under way: one DOM walk per update, not one per string. */
  private renderLocale: string | null = null;

  protected override update(changed: PropertyValues): void {
    this.renderLocale = localeOf(this);
    // Asks once per element class and locale; the strings' arrival re-renders.
    requestTranslations((this.constructor as typeof PayElement).translations, this.renderLocale);
    try {
      super.update(changed);
    } finally {
      this.renderLocale = null;
    }
  }

  /** The element's locale: its closest `lang` (through shadow roots), else the browser's. */
  protected get locale(): string {
    return this.renderLocale ?? localeOf(this);
  }

  /** A catalog message in this element's locale. */
  protected t(key: MessageKey, params?: MessageParams): string {
    const defaults = (this.constructor as typeof PayElement).messages as Readonly<Record<MessageKey, string>>;
    return translate(defaults, key, params, this.locale);
  }
}

/**
 * Says once per page that another copy of pay-elements (another version, another bundle) came
 * first and keeps its elements; every later copy stays quiet (a registered symbol is the same
 * in every copy).
 */
export function warnDuplicateCopy(): void {
  const page = globalThis as { [key: symbol]: true };
  const warned = Symbol.for('pay-elements.copy');
  if (!page[warned]) console.warn('[pay-elements] another copy of pay-elements is already on this page; its elements are kept.');
  page[warned] = true;
}

/**
 * Registers `tag` once. A second copy of the library on the page (another bundle, another
 * version) finds the tag taken and keeps the first definition instead of throwing.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, ctor);
  else if (existing !== ctor) warnDuplicateCopy();
}
