import type { Catalog } from '../../core/messages.js';
import type { payglobeCheckoutMessages } from '../../components/payglobe-checkout/payglobe-checkout.messages.js';

/** `<pay-payglobe-checkout>` in Hebrew. */
export default {
  'payglobeCheckout.pay': 'לתשלום {amount}',
  'payglobeCheckout.payPlain': 'לתשלום',
  'payglobeCheckout.payAgain': 'ניסיון חוזר',
  'payglobeCheckout.checkoutLabel': 'עמוד התשלום של PayGlobe',
  'payglobeCheckout.preparing': 'מכינים את התשלום…',
  'payglobeCheckout.opened': 'עמוד התשלום של PayGlobe פתוח למטה. יש להשלים בו את התשלום.',
  'payglobeCheckout.redirecting': 'מעבירים אותך לעמוד התשלום של PayGlobe…',
  'payglobeCheckout.confirming': 'מאשרים את התשלום…',
  'payglobeCheckout.succeeded': 'התשלום אושר: {amount}.',
  'payglobeCheckout.succeededPlain': 'התשלום אושר.',
  'payglobeCheckout.succeededSplit': 'התשלום אושר: {card} בכרטיס ו־{voucher} בתווי ארוחה.',
  'payglobeCheckout.failed': 'התשלום נכשל: {message}',
  'payglobeCheckout.cancelled': 'התשלום בוטל.',
  'payglobeCheckout.error': 'לא ניתן היה להשלים את התשלום: {message}',
  'payglobeCheckout.config.publishableKey': '<pay-payglobe-checkout> publishable-key חייב להיות המפתח הפומבי (publishable) שלך ב־PayGlobe (pk_test_… או pk_live_…).',
  'payglobeCheckout.config.secretKey': '<pay-payglobe-checkout> publishable-key מכיל מפתח סודי (sk_…). מפתחות סודיים לעולם לא שייכים לדפדפן: יש להשתמש במפתח הפומבי (pk_…), ולהחליף את המפתח הסודי הזה עכשיו.',
  'payglobeCheckout.config.amount': '<pay-payglobe-checkout> amount "{amount}" אינו מספר שלם חיובי של יחידות משנה של {currency} (15000 EUR הם 150.00 €).',
  'payglobeCheckout.config.email': '<pay-payglobe-checkout> email חייב להיות כתובת הדוא״ל של הקונה (PayGlobe שולחת אליה את הקבלה).',
  'payglobeCheckout.config.mode': '<pay-payglobe-checkout> mode "{mode}" אינו "iframe" או "redirect".',
  'payglobeCheckout.config.scriptUrl': '<pay-payglobe-checkout> script-url {url} נדחה: {reason}.',
  'payglobeCheckout.error.sdk': 'payglobe.js לא מספק לקוח PayGlobe שמיש ({reason}).',
  'payglobeCheckout.error.create': 'PayGlobe לא הצליחה ליצור את התשלום: {reason}',
  'payglobeCheckout.error.open': 'PayGlobe לא הצליחה לפתוח את עמוד התשלום: {reason}',
  'payglobeCheckout.error.retrieve': 'PayGlobe לא החזירה את סטטוס התשלום: {reason}',
} satisfies Catalog<typeof payglobeCheckoutMessages>;
