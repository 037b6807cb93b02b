import type { Catalog } from '../../core/messages.js';
import type { payglocalCheckoutMessages } from '../../components/payglocal-checkout/payglocal-checkout.messages.js';

/** `<pay-payglocal-checkout>` in Greek. */
export default {
  'payglocalCheckout.pay': 'Πληρωμή',
  'payglocalCheckout.preparing': 'Προετοιμασία της πληρωμής σας…',
  'payglocalCheckout.leaving': 'Μεταφορά στην ασφαλή σελίδα πληρωμής της PayGlocal…',
  'payglocalCheckout.error.http': 'Το κατάστημα δεν μπόρεσε να ξεκινήσει την πληρωμή ({reason}).',
  'payglocalCheckout.error.httpStatus': 'Σφάλμα HTTP {status}',
  'payglocalCheckout.error.network': 'Δεν ήταν δυνατή η σύνδεση με το κατάστημα. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά.',
  'payglocalCheckout.error.timeout': 'Το κατάστημα δεν απάντησε εγκαίρως. Δοκιμάστε ξανά.',
  'payglocalCheckout.error.format': 'Η απάντηση του καταστήματος δεν αναφέρει πού να γίνει η πληρωμή.',
  'payglocalCheckout.config.paymentUrl': 'Το <pay-payglocal-checkout> απαιτεί payment-url: το endpoint σας που ξεκινά την πληρωμή και απαντά { redirectUrl }.',
  'payglocalCheckout.config.paymentUrlInvalid': '<pay-payglocal-checkout>: το payment-url {url} δεν είναι διεύθυνση http(s).',
  'payglocalCheckout.config.returnUrl': '<pay-payglocal-checkout>: το return-url {url} δεν είναι διεύθυνση http(s).',
  'payglocalCheckout.config.amount': '<pay-payglocal-checkout>: το amount πρέπει να είναι ακέραιος αριθμός ελάχιστων υποδιαιρέσεων (15000 για 150,00).',
  'payglocalCheckout.config.currency': '<pay-payglocal-checkout>: το currency πρέπει να είναι τριψήφιος αλφαβητικός κωδικός ISO 4217, π.χ. INR.',
} satisfies Catalog<typeof payglocalCheckoutMessages>;
