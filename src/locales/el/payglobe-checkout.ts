import type { Catalog } from '../../core/messages.js';
import type { payglobeCheckoutMessages } from '../../components/payglobe-checkout/payglobe-checkout.messages.js';

/** `<pay-payglobe-checkout>` in Greek. */
export default {
  'payglobeCheckout.pay': 'Πληρωμή {amount}',
  'payglobeCheckout.payPlain': 'Πληρωμή',
  'payglobeCheckout.payAgain': 'Δοκιμάστε ξανά',
  'payglobeCheckout.checkoutLabel': 'Σελίδα πληρωμής PayGlobe',
  'payglobeCheckout.preparing': 'Προετοιμασία της πληρωμής…',
  'payglobeCheckout.opened': 'Η σελίδα πληρωμής PayGlobe είναι ανοιχτή παρακάτω. Ολοκληρώστε εκεί την πληρωμή.',
  'payglobeCheckout.redirecting': 'Μεταφορά στη σελίδα πληρωμής PayGlobe…',
  'payglobeCheckout.confirming': 'Επιβεβαίωση της πληρωμής…',
  'payglobeCheckout.succeeded': 'Η πληρωμή εγκρίθηκε: {amount}.',
  'payglobeCheckout.succeededPlain': 'Η πληρωμή εγκρίθηκε.',
  'payglobeCheckout.succeededSplit': 'Η πληρωμή εγκρίθηκε: {card} με κάρτα και {voucher} με κουπόνια σίτισης.',
  'payglobeCheckout.failed': 'Η πληρωμή απέτυχε: {message}',
  'payglobeCheckout.cancelled': 'Η πληρωμή ακυρώθηκε.',
  'payglobeCheckout.error': 'Δεν ήταν δυνατή η ολοκλήρωση της πληρωμής: {message}',
  'payglobeCheckout.config.publishableKey': '<pay-payglobe-checkout>: το publishable-key πρέπει να είναι το publishable key σας της PayGlobe (pk_test_… ή pk_live_…).',
  'payglobeCheckout.config.secretKey': 'Το publishable-key του <pay-payglobe-checkout> περιέχει μυστικό κλειδί (sk_…). Τα μυστικά κλειδιά δεν έχουν θέση σε πρόγραμμα περιήγησης: χρησιμοποιήστε το publishable key (pk_…) και αντικαταστήστε αμέσως αυτό το μυστικό κλειδί.',
  'payglobeCheckout.config.amount': '<pay-payglobe-checkout>: το amount "{amount}" δεν είναι θετικός ακέραιος αριθμός ελάχιστων υποδιαιρέσεων του {currency} (15000 EUR είναι 150,00 €).',
  'payglobeCheckout.config.email': '<pay-payglobe-checkout>: το email πρέπει να είναι η διεύθυνση e-mail του αγοραστή (η PayGlobe στέλνει εκεί την απόδειξη).',
  'payglobeCheckout.config.mode': '<pay-payglobe-checkout>: το mode "{mode}" δεν είναι "iframe" ή "redirect".',
  'payglobeCheckout.config.scriptUrl': '<pay-payglobe-checkout>: το script-url {url} απορρίπτεται: {reason}.',
  'payglobeCheckout.error.sdk': 'Το payglobe.js δεν παρέχει χρησιμοποιήσιμο client PayGlobe ({reason}).',
  'payglobeCheckout.error.create': 'Η PayGlobe δεν μπόρεσε να δημιουργήσει την πληρωμή: {reason}',
  'payglobeCheckout.error.open': 'Η PayGlobe δεν μπόρεσε να ανοίξει τη σελίδα πληρωμής της: {reason}',
  'payglobeCheckout.error.retrieve': 'Η PayGlobe δεν απάντησε με την κατάσταση της πληρωμής: {reason}',
} satisfies Catalog<typeof payglobeCheckoutMessages>;
