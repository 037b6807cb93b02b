import type { Catalog } from '../../core/messages.js';
import type { flowsMessages } from '../../flows/flows.messages.js';

/** The flow primitives (modal, errors), in Greek. */
export default {
  'flows.modal.title': 'Επιβεβαιώστε την πληρωμή σας',
  'flows.modal.close': 'Κλείσιμο',
  'flows.url.invalid': 'δεν είναι έγκυρη διεύθυνση',
  'flows.url.scheme': 'μπορούν να ανοίξουν μόνο διευθύνσεις https',
  'flows.url.credentials': 'η διεύθυνση περιέχει όνομα χρήστη ή κωδικό πρόσβασης',
  'flows.url.host': 'το {host} δεν είναι ένας από τους hosts του παρόχου πληρωμών',
  'flows.error.url': 'Ο πάροχος πληρωμών επέστρεψε μια διεύθυνση που αυτή η σελίδα δεν θα ανοίξει: {reason}.',
  'flows.error.message': 'Ο πάροχος πληρωμών έστειλε μήνυμα σε μη αναμενόμενη μορφή.',
  'flows.error.popupBlocked': 'Το πρόγραμμα περιήγησης μπλόκαρε το παράθυρο πληρωμής. Επιτρέψτε τα αναδυόμενα παράθυρα για αυτόν τον ιστότοπο ή δοκιμάστε ξανά.',
  'flows.error.coopBlocked': 'Το παράθυρο πληρωμής έχασε τη σύνδεσή του με αυτή τη σελίδα (Cross-Origin-Opener-Policy), οπότε το αποτέλεσμα της πληρωμής δεν μπορεί να φτάσει εδώ.',
  'flows.error.timeout': 'Η πληρωμή δεν επιβεβαιώθηκε εγκαίρως.',
  'flows.error.status': 'Δεν ήταν δυνατή η ανάγνωση της κατάστασης της πληρωμής ({reason}).',
  'flows.error.statusFormat': 'Η απάντηση με την κατάσταση της πληρωμής έχει μη αναμενόμενη μορφή.',
  'flows.error.sdk': 'Δεν ήταν δυνατή η φόρτωση του script {url} του παρόχου πληρωμών: {reason}.',
  'flows.sdk.timeout': 'καμία απάντηση μέσα σε {seconds} δευτ.',
  'flows.sdk.failed': 'λείπει, έχει λάθος τύπο περιεχομένου ή απέτυχε στον έλεγχο ακεραιότητας',
  'flows.sdk.threw': 'απέτυχε κατά την εκκίνηση',
  'flows.sdk.missing': 'δεν παρέχει {name}',
  'flows.sdk.notAllowed': 'δεν είναι ρυθμισμένη διεύθυνση SDK',
  'flows.sdk.trustedTypes': 'τα Trusted Types απέρριψαν τη διεύθυνση του script (επιτρέψτε την πολιτική "pay-elements")',
  'flows.config.modal': 'Μια ανακατεύθυνση στο αναδυόμενο πλαίσιο iframe χρειάζεται ένα container για να εμφανιστεί.',
  'flows.config.sdkUrl': 'Η διεύθυνση SDK {url} απορρίπτεται: {reason}.',
  'flows.error.csp': 'Η Content-Security-Policy του ιστότοπου μπλόκαρε το script {url} του παρόχου πληρωμών.',
} satisfies Catalog<typeof flowsMessages>;
