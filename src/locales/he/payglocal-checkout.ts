import type { Catalog } from '../../core/messages.js';
import type { payglocalCheckoutMessages } from '../../components/payglocal-checkout/payglocal-checkout.messages.js';

/** `<pay-payglocal-checkout>` in Hebrew. */
export default {
  'payglocalCheckout.pay': 'לתשלום',
  'payglocalCheckout.preparing': 'מכינים את התשלום…',
  'payglocalCheckout.leaving': 'מעבירים אותך לעמוד התשלום המאובטח של PayGlocal…',
  'payglocalCheckout.error.http': 'החנות לא הצליחה להתחיל את התשלום ({reason}).',
  'payglocalCheckout.error.httpStatus': 'שגיאת HTTP {status}',
  'payglocalCheckout.error.network': 'אין חיבור לחנות. יש לבדוק את החיבור ולנסות שוב.',
  'payglocalCheckout.error.timeout': 'החנות לא ענתה בזמן. יש לנסות שוב.',
  'payglocalCheckout.error.format': 'התשובה של החנות לא מציינת לאן לעבור לתשלום.',
  'payglocalCheckout.config.paymentUrl': '<pay-payglocal-checkout> נדרש payment-url: נקודת הקצה שלך שמתחילה את התשלום ועונה { redirectUrl }.',
  'payglocalCheckout.config.paymentUrlInvalid': '<pay-payglocal-checkout> payment-url {url} אינו כתובת http(s).',
  'payglocalCheckout.config.returnUrl': '<pay-payglocal-checkout> return-url {url} אינו כתובת http(s).',
  'payglocalCheckout.config.amount': '<pay-payglocal-checkout> amount חייב להיות מספר שלם של יחידות משנה (15000 עבור 150.00).',
  'payglocalCheckout.config.currency': '<pay-payglocal-checkout> currency חייב להיות קוד ISO 4217 בן שלוש אותיות, כמו INR.',
} satisfies Catalog<typeof payglocalCheckoutMessages>;
