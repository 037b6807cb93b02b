import type { Catalog } from '../../core/messages.js';
import type { sibsMessages } from '../../providers/sibs/sibs.messages.js';

/** The SIBS adapter’s messages, in Greek. */
export default {
  'sibs.error.network': 'Δεν ήταν δυνατή η σύνδεση με το endpoint πληρωμών του καταστήματος {url}: {reason}.',
  'sibs.error.timeout': 'Το endpoint πληρωμών του καταστήματος {url} δεν απάντησε μέσα σε {seconds} δευτ.',
  'sibs.error.http': 'Το endpoint πληρωμών του καταστήματος {url} απάντησε HTTP {status}{detail}.',
  'sibs.error.json': 'Το endpoint πληρωμών του καταστήματος {url} δεν απάντησε με JSON.',
  'sibs.error.response': 'Το endpoint πληρωμών του καταστήματος {url} δεν απάντησε με έγκυρη απάντηση SIBS: {what} ({reason}).',
  'sibs.what.mbway': 'αγορά MB WAY',
  'sibs.what.multibanco': 'αριθμός αναφοράς Multibanco',
  'sibs.what.card': 'αγορά με κάρτα',
  'sibs.declined': 'Η πληρωμή απορρίφθηκε.',
  'sibs.refused': 'Η πληρωμή απορρίφθηκε στην εφαρμογή MB WAY.',
  'sibs.expired': 'Το αίτημα πληρωμής έληξε.',
  'sibs.referenceExpired': 'Ο αριθμός αναφοράς Multibanco έληξε πριν πληρωθεί.',
  'sibs.failed': 'Η πληρωμή απέτυχε ({status}).',
  'sibs.config.paymentUrl': 'Το {element} χρειάζεται payment-url: το endpoint του καταστήματος που ξεκινά την πληρωμή (μια διεύθυνση URL http(s)).',
  'sibs.config.statusUrl': 'Το {element} χρειάζεται status-url: ένα πρότυπο URL http(s) στον διακομιστή του καταστήματος που περιέχει το {paymentId}.',
} satisfies Catalog<typeof sibsMessages>;
