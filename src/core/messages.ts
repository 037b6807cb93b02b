/**
 * The message mechanism: every user-visible string of every element comes from a catalog.
 * Each feature keeps its English catalog next to its code (`card-form.messages.ts`,
 * `diagnostics.messages.ts`), so a bundle carries only the strings of what it uses; the keys
 * of all catalogs meet in `PayMessages` by declaration merging. `registerMessages(locale, …)`
 * adds or overrides a locale for any key; elements speak the locale of their closest `lang`.
 */

/** The keys of every catalog (each catalog module adds its own). */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface PayMessages {}
export type MessageKey = keyof PayMessages & string;
export type Messages = { [K in MessageKey]: string };
export type MessageParams = Record<string, string | number>;
/** A catalog lookup bound to a catalog and a locale (see `translator`). */
export type Translator = (key: MessageKey, params?: MessageParams) => string;

const translations = new Map<string, Partial<Record<string, string>>>();

/** Adds or overrides messages for a locale ("pt", "pt-PT"); missing keys fall back to the base language, then English. */
export function registerMessages(locale: string, messages: Partial<Messages>): void {
  const key = locale.toLowerCase();
  translations.set(key, { ...translations.get(key), ...messages });
}

/**
 * `key` in `locale` (then its base language), else the English default from `defaults`,
 * with `{name}` placeholders filled from `params`.
 */
export function translate<K extends MessageKey>(
  defaults: Readonly<Record<K, string>>,
  key: K,
  params: MessageParams = {},
  locale = 'en',
): string {
  const lower = locale.toLowerCase();
  const template = translations.get(lower)?.[key] ?? translations.get(lower.split('-')[0]!)?.[key] ?? defaults[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** `translate` bound to a catalog's English defaults and a locale, for code that is no element. */
export function translator(defaults: Readonly<Partial<Record<MessageKey, string>>>, locale = 'en'): Translator {
  return (key, params) => translate(defaults as Readonly<Record<MessageKey, string>>, key, params, locale);
}

/**
 * The locale an element should speak: the closest `lang`, looking through shadow roots to their
 * hosts (so a form inside another component still sees the page's language), else the
 * browser's. Always a valid BCP 47 tag: `en_US` becomes `en-US`, garbage becomes `en`.
 */
export function localeOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.closest('[lang]')?.getAttribute('lang');
    if (lang) return canonicalLocale(lang);
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return canonicalLocale(navigator.language || 'en');
}

const canonical = new Map<string, string>();

function canonicalLocale(tag: string): string {
  let locale = canonical.get(tag);
  if (locale === undefined) {
    try {
      locale = Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? 'en';
    } catch {
      locale = 'en';
    }
    canonical.set(tag, locale);
  }
  return locale;
}
