import type { Catalog } from '../../core/messages.js';
import type { glomoMessages } from '../../providers/glomo/glomo.messages.js';

/** The Glomo adapter’s messages, in Greek. */
export default {
  'glomo.callback.missing': 'Αυτή η σελίδα άνοιξε χωρίς αποτέλεσμα πληρωμής Glomo.',
  'glomo.callback.invalid': 'Το αποτέλεσμα πληρωμής Glomo σε αυτή τη διεύθυνση είναι κατεστραμμένο.',
  'glomo.callback.refused': 'Το κατάστημα δεν μπόρεσε να επαληθεύσει το αποτέλεσμα της πληρωμής ({reason}).',
  'glomo.payment.failed': 'Η πληρωμή απέτυχε.',
  'glomo.response.invalid': 'Ο διακομιστής πληρωμών έστειλε απάντηση που δεν είναι πληρωμή Glomo.',
  'glomo.event.invalid': 'Το Glomo Checkout έστειλε κατεστραμμένα δεδομένα συμβάντος {event}.',
} satisfies Catalog<typeof glomoMessages>;
