/**
 * The message catalog: every user-visible string of every element comes from here.
 * English is the default; `registerMessages(locale, partial)` adds or overrides a locale,
 * and elements pick the locale from their `lang` (or the document's).
 */
const en = {
  'card.number.label': 'Card number',
  'card.expiry.label': 'Expiry date',
  'card.expiry.placeholder': 'MM / YY',
  'card.cvv.label': 'Security code',
  'card.cvv.hint.amex': '4 digits on the front of the card',
  'card.cvv.hint': '3 digits on the back of the card',
  'card.holderName.label': 'Name on card',
  'card.brand.unknown': 'Card brand not recognised yet',
  'card.brand.detected': 'Card brand: {brand}',
  'card.submit': 'Pay',
  'card.submit.amount': 'Pay {amount}',
  'card.pending': 'Processing payment…',
  'card.accepted': 'Accepted cards: {brands}',
  'card.error.number.required': 'Enter your card number.',
  'card.error.number.incomplete': 'Your card number is incomplete.',
  'card.error.number.luhn': 'Your card number is invalid. Check the digits.',
  'card.error.number.invalid': 'Your card number is invalid.',
  'card.error.number.unknown_brand': 'This card brand is not recognised.',
  'card.error.number.brand_not_accepted': '{brand} cards are not accepted here.',
  'card.error.expiry.required': 'Enter the expiry date.',
  'card.error.expiry.incomplete': 'Enter the expiry date as MM / YY.',
  'card.error.expiry.invalid': 'The expiry date is invalid.',
  'card.error.expiry.invalid_month': 'The expiry month must be between 01 and 12.',
  'card.error.expiry.expired': 'This card has expired.',
  'card.error.expiry.too_far': 'The expiry date is too far in the future.',
  'card.error.cvv.required': 'Enter the security code.',
  'card.error.cvv.incomplete': 'The security code must be {length} digits.',
  'card.error.cvv.invalid': 'The security code must be {length} digits.',
  'card.error.holderName.required': 'Enter the name on the card.',
  'card.error.holderName.invalid': 'Enter the name as it appears on the card.',
  'card.errors.summary': 'Please correct {count} fields.',
  'card.errors.summary.one': 'Please correct {count} field.',
  'brand.visa': 'Visa',
  'brand.mastercard': 'Mastercard',
  'brand.amex': 'American Express',
  'brand.discover': 'Discover',
  'brand.diners': 'Diners Club',
  'brand.jcb': 'JCB',
  'brand.unionpay': 'UnionPay',
  'brand.maestro': 'Maestro',
  'brand.rupay': 'RuPay',
  'brand.mir': 'Mir',
  'brand.elo': 'Elo',
  'brand.hipercard': 'Hipercard',
  'diagnostics.title': 'Checkout diagnostics',
  'diagnostics.status.pass': 'Pass',
  'diagnostics.status.fail': 'Fail',
  'diagnostics.status.warn': 'Warning',
  'diagnostics.status.unknown': 'Unknown',
  'diagnostics.running': 'Checking this page’s security headers…',
  'diagnostics.copy': 'Copy',
  'diagnostics.copied': 'Copied',
  'diagnostics.fix': 'How to fix',
  'diagnostics.cors.title': 'A CORS error on the provider’s API',
  'diagnostics.cors.body':
    'A CORS error on the payment provider’s API is most often caused by a browser extension (ad blocker, privacy tool, VPN) rewriting requests, not by your integration.',
  'diagnostics.cors.step1': 'Try the checkout in an incognito/private window, where most extensions are off.',
  'diagnostics.cors.step2': 'If it works there, disable extensions one by one (ad blockers, privacy, VPN, request modifiers) to find the culprit.',
  'diagnostics.cors.step3': 'Allow-list your site in that extension, and tell shoppers who report it to do the same.',
  'diagnostics.provider.glomo': 'Glomo Checkout',
  'diagnostics.provider.payglobe': 'PayGlobe',
  'diagnostics.provider.payglocal': 'PayGlocal',
  'diagnostics.provider.sibs': 'SIBS SPG',
  'diagnostics.kind.script': 'the SDK script',
  'diagnostics.kind.frame': 'the checkout frame',
  'diagnostics.kind.connect': 'API calls',
  'diagnostics.kind.form': 'form posts and their redirects',
  'diagnostics.csp.pass': '{provider}: the Content-Security-Policy allows {kind} ({directive}).',
  'diagnostics.csp.pass.unrestricted': '{provider}: no Content-Security-Policy directive restricts {kind}.',
  'diagnostics.csp.fail': '{provider}: the Content-Security-Policy blocks {kind}. Missing in {directive}: {sources}.',
  'diagnostics.csp.warn': '{provider}: a report-only Content-Security-Policy would block {kind}. Missing in {directive}: {sources}.',
  'diagnostics.csp.observed': '{provider}: the browser blocked {kind} on this page ({url}, {directive}), so a policy of this page blocks it.',
  'diagnostics.csp.unknown': '{provider}: this page’s headers could not be read, so whether its Content-Security-Policy allows {kind} is unknown.',
  'diagnostics.csp.strictDynamic': '{provider}: {directive} uses \'strict-dynamic\', so host sources are ignored; the SDK loads because pay-elements inserts it from a trusted script. A <script> tag written in your HTML needs your nonce.',
  'diagnostics.coop.pass': '{provider}: Cross-Origin-Opener-Policy {value} keeps the link to the checkout popup.',
  'diagnostics.coop.fail': '{provider}: Cross-Origin-Opener-Policy {value} cuts the link between this page and the checkout popup; the popup looks closed to the page.',
  'diagnostics.coop.isolated': '{provider}: this page is cross-origin isolated (COOP same-origin with COEP), which cuts the link to the checkout popup.',
  'diagnostics.coop.noopener': '{provider}: Cross-Origin-Opener-Policy noopener-allow-popups keeps the popups this page opens, but any page of your site loaded in the popup (a callbackUrl return page) is cut from this page; serve same-origin-allow-popups on that return page or finish through the server status.',
  'diagnostics.coop.reportOnly': '{provider}: a report-only Cross-Origin-Opener-Policy same-origin would cut the checkout popup once enforced.',
  'diagnostics.coop.unknown': '{provider}: this page’s headers could not be read, so its Cross-Origin-Opener-Policy is unknown.',
  'diagnostics.fix.csp': 'Add {sources} to {directive}, keeping the rest of your policy.',
  'diagnostics.fix.meta': 'Also update your <meta http-equiv="Content-Security-Policy"> tag.',
  'diagnostics.fix.coop': 'Send Cross-Origin-Opener-Policy: same-origin-allow-popups: it keeps your page isolated from other sites’ windows while letting the checkout popup talk back.',
  'diagnostics.explain': '{message} Fix: {fix}',
  'diagnostics.violation': 'The browser blocked {url} ({directive}).',
  'diagnostics.headers': 'Headers to send',
  'diagnostics.missing': 'Missing sources',
  'diagnostics.copyLabel': 'Copy the {server} fix',
  'diagnostics.copyFailed': 'Copy failed; select the text and copy it manually.',
  'diagnostics.empty': 'No providers to check.',
  'diagnostics.summary': '{fail} failing, {warn} warnings, {unknown} unknown, {pass} passing.',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

const catalogs = new Map<string, Partial<Messages>>([['en', en]]);

/** Adds or overrides messages for a locale ("pt", "pt-PT"); missing keys fall back to the base language, then English. */
export function registerMessages(locale: string, messages: Partial<Messages>): void {
  const key = locale.toLowerCase();
  catalogs.set(key, { ...catalogs.get(key), ...messages });
}

/** The message for `key` in `locale` with `{name}` placeholders filled from `params`. */
export function msg(key: MessageKey, params: Record<string, string | number> = {}, locale = 'en'): string {
  const lower = locale.toLowerCase();
  const template = catalogs.get(lower)?.[key] ?? catalogs.get(lower.split('-')[0]!)?.[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
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

function canonicalLocale(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? 'en';
  } catch {
    return 'en';
  }
}
