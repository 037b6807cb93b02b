import type { Catalog } from '../../core/messages.js';
import type { glomoCheckoutMessages } from '../../components/glomo-checkout/glomo-checkout.messages.js';

/** `<pay-glomo-checkout>` in Greek. */
export default {
  'glomoCheckout.pay': 'Πληρωμή',
  'glomoCheckout.preparing': 'Προετοιμασία της πληρωμής…',
  'glomoCheckout.opened': 'Το παράθυρο πληρωμής είναι ανοιχτό. Ολοκληρώστε εκεί την πληρωμή.',
  'glomoCheckout.retry': 'Άνοιγμα του παραθύρου πληρωμής',
  'glomoCheckout.redirect': 'Συνέχεια με ανακατεύθυνση',
  'glomoCheckout.succeeded': 'Η πληρωμή εγκρίθηκε.',
  'glomoCheckout.failed': 'Η πληρωμή απέτυχε: {message}',
  'glomoCheckout.pending': 'Λάβαμε τα στοιχεία της μεταφοράς. Η πληρωμή δεν έχει επιβεβαιωθεί ακόμη.',
  'glomoCheckout.cancelled': 'Η πληρωμή ακυρώθηκε.',
  'glomoCheckout.coop.offer': 'Μπορείτε να συνεχίσετε με ανακατεύθυνση: το αποτέλεσμα θα επιστρέψει μέσω της σελίδας επιστροφής του καταστήματος.',
  'glomoCheckout.coop.callbackHint': 'Ή χρησιμοποιήστε τη λειτουργία ανακατεύθυνσης (callback-url και mode="redirect"), ώστε το αποτέλεσμα να επιστρέφει μέσω της σελίδας επιστροφής του καταστήματος.',
  'glomoCheckout.config.publicKey': 'Το <pay-glomo-checkout> απαιτεί public-key: το δημόσιο κλειδί από τον πίνακα ελέγχου της Glomo.',
  'glomoCheckout.config.secretKey': 'Το public-key του <pay-glomo-checkout> περιέχει μυστικό κλειδί (sk_…). Τα μυστικά κλειδιά δεν έχουν θέση σε πρόγραμμα περιήγησης: χρησιμοποιήστε το δημόσιο κλειδί και αντικαταστήστε αμέσως αυτό το μυστικό κλειδί.',
  'glomoCheckout.config.orderId': 'Το <pay-glomo-checkout> χρειάζεται order-id (την παραγγελία που δημιούργησε ο διακομιστής σας) ή order-url (το endpoint σας που τη δημιουργεί).',
  'glomoCheckout.config.orderUrl': '<pay-glomo-checkout>: το order-url {url} δεν είναι διεύθυνση http(s).',
  'glomoCheckout.config.callbackUrl': '<pay-glomo-checkout>: το callback-url {url} πρέπει να είναι διεύθυνση https (http μόνο σε host loopback).',
  'glomoCheckout.config.mode': '<pay-glomo-checkout>: το mode="redirect" χρειάζεται callback-url: τη διαδρομή του καταστήματος που επαληθεύει το αποτέλεσμα.',
  'glomoCheckout.config.sdk': 'Το Glomo Checkout απέρριψε τις επιλογές του: {reason}',
  'glomoCheckout.error.order': 'Το κατάστημα δεν μπόρεσε να δημιουργήσει την παραγγελία ({reason}).',
  'glomoCheckout.error.orderFormat': 'Το endpoint παραγγελιών του καταστήματος απάντησε χωρίς order_id.',
  'glomoCheckout.error.open': 'Το Glomo Checkout δεν μπόρεσε να ανοίξει το παράθυρό του: {reason}',
  'glomoCheckout.error.sdkExport': 'Το script {url} του Glomo Checkout δεν παρέχει κλάση GlomoCheckoutApi.',
} satisfies Catalog<typeof glomoCheckoutMessages>;
