import type { Catalog } from '../../core/messages.js';
import type { multibancoMessages } from '../../components/multibanco/multibanco.messages.js';

/** `<pay-multibanco>` in Greek. */
export default {
  'multibanco.intro': 'Πληρώστε με αριθμό αναφοράς Multibanco σε οποιοδήποτε ATM Multibanco ή στην εφαρμογή της τράπεζάς σας.',
  'multibanco.start': 'Λήψη αριθμού αναφοράς Multibanco',
  'multibanco.starting': 'Λήψη του αριθμού αναφοράς σας…',
  'multibanco.details.title': 'Στοιχεία πληρωμής Multibanco',
  'multibanco.details.intro': 'Σε ATM Multibanco ή στην εφαρμογή της τράπεζάς σας, επιλέξτε Πληρωμές υπηρεσιών (Pagamento de serviços) και εισαγάγετε:',
  'multibanco.details.entity': 'Οντότητα',
  'multibanco.details.reference': 'Αριθμός αναφοράς',
  'multibanco.details.amount': 'Ποσό',
  'multibanco.details.expiry': 'Πληρωμή έως',
  'multibanco.copy': 'Αντιγραφή',
  'multibanco.copy.label': 'Αντιγραφή: {detail}',
  'multibanco.copy.done': 'Αντιγράφηκε',
  'multibanco.copy.done.label': 'Αντιγράφηκε: {detail}',
  'multibanco.copy.announce': 'Αντιγράφηκε: {detail}.',
  'multibanco.copy.failed': 'Δεν ήταν δυνατή η αντιγραφή: {detail}. Επιλέξτε το και αντιγράψτε το μόνοι σας.',
  'multibanco.issued.announce': 'Ο αριθμός αναφοράς Multibanco σας είναι έτοιμος: οντότητα {entity}, αριθμός αναφοράς {reference}, {amount}, πληρωμή έως {expiry}.',
  'multibanco.waiting': 'Αναμένουμε την πληρωμή σας. Αφού πληρώσετε, η επιβεβαίωση από την τράπεζά σας μπορεί να διαρκέσει από λίγα λεπτά έως λίγες ημέρες: δεν χρειάζεται να κρατήσετε αυτή τη σελίδα ανοιχτή.',
  'multibanco.watching': 'Έλεγχος για την πληρωμή σας…',
  'multibanco.stopped': 'Δεν έχουμε λάβει ακόμη την επιβεβαίωση. Αυτό είναι φυσιολογικό: μπορεί να διαρκέσει έως και λίγες ημέρες. Επιστρέψτε αργότερα ή ελέγξτε ξανά τώρα.',
  'multibanco.checkAgain': 'Έλεγχος ξανά',
  'multibanco.succeeded': 'Η πληρωμή ελήφθη. Σας ευχαριστούμε!',
  'multibanco.expired': 'Αυτός ο αριθμός αναφοράς έληξε πριν πληρωθεί. Μπορείτε να λάβετε νέο.',
  'multibanco.failed': 'Δεν ήταν δυνατή η ολοκλήρωση της πληρωμής ({reason}). Μπορείτε να λάβετε νέο αριθμό αναφοράς.',
  'multibanco.retry': 'Δεν ήταν δυνατή η λήψη αριθμού αναφοράς Multibanco. Δοκιμάστε ξανά.',
  'multibanco.newReference': 'Λήψη νέου αριθμού αναφοράς',
  'multibanco.config.paymentUrl': 'Το <pay-multibanco> χρειάζεται payment-url: το endpoint του καταστήματος που εκδίδει τον αριθμό αναφοράς (μια διεύθυνση URL http(s)).',
  'multibanco.config.statusUrl': 'Το <pay-multibanco> χρειάζεται status-url: ένα πρότυπο URL http(s) στον διακομιστή του καταστήματος που περιέχει το {paymentId}.',
  'multibanco.error.reference': 'Το endpoint πληρωμών του καταστήματος απάντησε με αριθμό αναφοράς Multibanco του οποίου το ποσό δεν μπορεί να εμφανιστεί ({amount}).',
} satisfies Catalog<typeof multibancoMessages>;
