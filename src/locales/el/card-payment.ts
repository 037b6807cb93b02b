import type { Catalog } from '../../core/messages.js';
import type { cardPaymentMessages } from '../../components/card-payment/card-payment.messages.js';

/** `<pay-card-payment>` in Greek. */
export default {
  'cardPayment.modal.title': 'Επιβεβαιώστε την πληρωμή σας στην τράπεζά σας',
  'cardPayment.waiting.newTab': 'Ολοκληρώστε την πληρωμή στη νέα καρτέλα. Αυτή η σελίδα θα ενημερωθεί αυτόματα.',
  'cardPayment.waiting.host': 'Αναμονή για επιβεβαίωση από την τράπεζά σας…',
  'cardPayment.succeeded': 'Η πληρωμή ολοκληρώθηκε. Σας ευχαριστούμε!',
  'cardPayment.cancelled': 'Η πληρωμή ακυρώθηκε. Τα στοιχεία της κάρτας σας παραμένουν συμπληρωμένα, αν θέλετε να δοκιμάσετε ξανά.',
  'cardPayment.declined': 'Η πληρωμή απορρίφθηκε: {reason}',
  'cardPayment.declined.generic': 'Η πληρωμή απορρίφθηκε. Δοκιμάστε ξανά ή χρησιμοποιήστε άλλη κάρτα.',
  'cardPayment.retry': 'Δεν ήταν δυνατή η ολοκλήρωση της πληρωμής. Δοκιμάστε ξανά.',
  'cardPayment.error.network': 'Το <pay-card-payment> δεν μπόρεσε να συνδεθεί με το payment-url {url}: {reason}.',
  'cardPayment.error.http': 'Το payment-url {url} του <pay-card-payment> απάντησε HTTP {status}{detail}.',
  'cardPayment.error.json': 'Το payment-url {url} του <pay-card-payment> δεν απάντησε με JSON.',
  'cardPayment.error.response': 'Το payment-url {url} του <pay-card-payment> δεν απάντησε με πληρωμή Glomo ({reason}).',
  'cardPayment.error.action': '<pay-card-payment>: η SIBS ζήτησε ένα βήμα 3-D Secure που αυτή η σελίδα δεν μπορεί να εκτελέσει ({type}).',
  'cardPayment.config.provider': '<pay-card-payment>: το provider="{provider}" δεν υποστηρίζεται· χρησιμοποιήστε "glomo" ή "sibs".',
  'cardPayment.config.paymentUrl': 'Το <pay-card-payment> χρειάζεται payment-url: το endpoint του καταστήματος που ξεκινά την πληρωμή (μια διεύθυνση URL http(s)).',
  'cardPayment.config.statusUrl': 'Το <pay-card-payment> χρειάζεται status-url: ένα πρότυπο URL http(s) στον διακομιστή του καταστήματος που περιέχει το {paymentId}.',
  'cardPayment.config.redirect': '<pay-card-payment>: το redirect="{value}" δεν είναι ένα από τα iframe, new-tab, same-tab, host.',
} satisfies Catalog<typeof cardPaymentMessages>;
