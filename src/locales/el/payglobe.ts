import type { Catalog } from '../../core/messages.js';
import type { payglobeMessages } from '../../providers/payglobe/payglobe.messages.js';

/** The PayGlobe adapter’s messages, in Greek. */
export default {
  'payglobe.response.invalid': 'Η PayGlobe έστειλε πληρωμή σε μη αναμενόμενη μορφή.',
  'payglobe.response.amounts': 'Η PayGlobe έστειλε ποσά που δεν είναι ακριβή ποσά σε {currency} ή δεν αθροίζουν στο σύνολο.',
  'payglobe.response.mismatch': 'Η PayGlobe απάντησε με διαφορετική πληρωμή ({reason}) από αυτή που ξεκίνησε αυτή η σελίδα.',
  'payglobe.return.invalid': 'Αυτή η σελίδα άνοιξε με κατεστραμμένο αριθμό αναφοράς πληρωμής PayGlobe.',
  'payglobe.message.invalid': 'Η σελίδα πληρωμής PayGlobe έστειλε κατεστραμμένο μήνυμα.',
  'payglobe.failed.CARD_PREAUTH_FAILED': 'Η κάρτα απορρίφθηκε.',
  'payglobe.failed.VOUCHER_FAILED': 'Δεν ήταν δυνατή η χρήση των κουπονιών σίτισης.',
  'payglobe.failed.CARD_CAPTURE_FAILED': 'Δεν ήταν δυνατή η χρέωση της κάρτας. Τυχόν δέσμευση ποσού στην κάρτα θα αποδεσμευτεί.',
  'payglobe.failed.FAILED': 'Η πληρωμή απέτυχε.',
  'payglobe.failed.EXPIRED': 'Ο σύνδεσμος πληρωμής έληξε.',
} satisfies Catalog<typeof payglobeMessages>;
