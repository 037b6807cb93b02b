/**
 * The message mechanism: every user-visible string of every element comes from a catalog.
 * Each feature keeps its English catalog next to its code (`card-form.messages.ts`,
 * `diagnostics.messages.ts`), so a bundle carries only the strings of what it uses; the keys
 * of all catalogs meet in `PayMessages` by declaration merging. `registerMessages(locale, …)`
 * adds or overrides a locale for any key; elements speak the locale of their closest `lang`.
 */

import { shippedStrings } from './catalogs.js';
import { localeChain } from './locale-chain.js';

/** The keys of every catalog (each catalog module adds its own). */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface PayMessages {}
export type MessageKey = keyof PayMessages & string;
export type Messages = { [K in MessageKey]: string };
export type MessageParams = Record<string, string | number>;
/** The plural categories of `Intl.PluralRules`: a message with `{count}` may have a form per category (`key.few`). */
export type PluralCategory = Intl.LDMLPluralRule;

/**
 * A translation of the English catalog `T` (`typeof cardFormMessages`): every key, each a
 * string, plus optional plural forms (`'form.errors.summary.few'`) for messages with `{count}`.
 * Locale files (`src/locales/<locale>/<catalog>.ts`) end with `satisfies Catalog<…>`, so a
 * missing, misspelt or extra key fails the type check.
 */
export type Catalog<T> = { readonly [K in keyof T]: string } & {
  readonly [K in keyof T as T[K] extends `${string}{count}${string}` ? `${K & string}.${PluralCategory}` : never]?: string;
};
/** A catalog lookup bound to a catalog and a locale (see `translator`). */
export type Translator = (key: MessageKey, params?: MessageParams) => string;

/** The merchant's messages by lower-case locale: they win over the shipped translations. */
const translations = new Map<string, Partial<Record<string, string>>>();

/** Adds or overrides messages for a locale ("pt", "pt-PT"); a key missing there is looked up along the locale's chain (`fr-CH` → `fr` → `en`). */
export function registerMessages(locale: string, messages: Partial<Messages>): void {
  const key = locale.toLowerCase();
  translations.set(key, { ...translations.get(key), ...messages });
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural category of `count` in `locale` (`one`, `few`, …; `other` for a locale Intl does not read). */
function pluralOf(locale: string, count: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/**
 * `key` along `locale`'s chain (`localeChain`): the merchant's messages anywhere in it first, then
 * the shipped translations loaded so far, else the English default from `defaults`, with `{name}`
 * placeholders filled from `params`. A numeric `params.count` picks the plural form
 * (`key.one`, `key.few` …) where the catalog has one; the bare key is the "other" form.
 */
export function translate<K extends MessageKey>(
  defaults: Readonly<Record<K, string>>,
  key: K,
  params: MessageParams = {},
  locale = 'en',
): string {
  const count = params['count'];
  const chain = localeChain(locale);
  /** `key` in `strings` (a table of `tag`): its plural form for a numeric count where there is one, else the bare key. */
  const lookup = (strings: Readonly<Partial<Record<string, string>>> | undefined, tag: string): string | undefined =>
    strings && ((typeof count === 'number' ? strings[`${key}.${pluralOf(tag, count)}`] : undefined) ?? strings[key]);
  let template: string | undefined;
  // The merchant's messages anywhere in the chain ('pt' for a pt-PT page) before any shipped one.
  for (const tag of chain) if ((template = lookup(translations.get(tag), tag)) !== undefined) break;
  if (template === undefined) for (const tag of chain) if ((template = lookup(shippedStrings(tag), tag)) !== undefined) break;
  template ??= lookup(defaults, 'en') ?? key;
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
