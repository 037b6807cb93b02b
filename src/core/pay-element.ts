import { LitElement } from 'lit';
import { emit, type PayEventDetailMap, type PayEventName } from './events.js';
import { onMessagesLoaded, requestTranslations, type TranslationLoader } from './catalogs.js';
import { localeOf, translate, type MessageKey, type MessageParams } from './messages.js';

/**
 * Re-renders connected elements when a `lang` attribute changes anywhere in the document, so a
 * site that switches language at runtime relabels its payment forms, and when translations
 * finish loading. One observer for all, started by the first element and kept: it watches one
 * attribute, so nothing else in the page wakes it.
 */
const languageWatch = (() => {
  const elements = new Set<LitElement>();
  const refresh = () => elements.forEach((el) => el.requestUpdate());
  let watching = false;
  return {
    add(element: LitElement): void {
      elements.add(element);
      if (watching) return;
      watching = true;
      new MutationObserver(refresh).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
      onMessagesLoaded(refresh);
    },
    delete(element: LitElement): void {
      elements.delete(element);
    },
  };
})();

/** How long an update waits for its translations before it shows the chain’s next locale (in the end English). */
const TRANSLATIONS_WAIT_MS = 1000;

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
   * An update waits for the element's shipped translations in its locale while they load (one
   * round trip, at most `TRANSLATIONS_WAIT_MS` in all): a form in Italian never shows English
   * first, and a page switching `lang` (even during that wait) never shows English between two
   * languages. English pages, and translations already loaded, render at once. Strings that come
   * after the deadline re-render (see `languageWatch`).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    let deadline: Promise<unknown> | undefined;
    // `late` is true once the deadline passed: the update waits no longer.
    const wait = (late?: unknown): void | Promise<unknown> => {
      const locale = localeOf(this);
      const loading = requestTranslations((this.constructor as typeof PayElement).translations, locale);
      if (loading && !late) return Promise.race([loading, (deadline ??= new Promise((resolve) => setTimeout(resolve, TRANSLATIONS_WAIT_MS, true)))]).then(wait);
      // The update (render, `updated`) runs now, synchronously, in the locale just read.
      this.renderLocale = locale;
      try {
        return super.scheduleUpdate();
      } finally {
        this.renderLocale = undefined;
      }
    };
    return wait();
  }

  /** The locale of the update under way (none outside one): one DOM walk per update, not one per string. */
  private renderLocale?: string;

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
