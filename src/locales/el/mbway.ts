import type { Catalog } from '../../core/messages.js';
import type { mbwayMessages } from '../../components/mbway/mbway.messages.js';

/** `<pay-mbway>` in Greek. */
export default {
  'mbway.phone.label': 'Αριθμός τηλεφώνου MB WAY',
  'mbway.phone.hint': 'Ο πορτογαλικός αριθμός κινητού που είναι συνδεδεμένος με την εφαρμογή MB WAY σας, π.χ. 912 345 678.',
  'mbway.phone.prefix': '+351',
  'mbway.submit': 'Πληρωμή με MB WAY',
  'mbway.pending': 'Αποστολή του αιτήματος στο τηλέφωνό σας…',
  'mbway.error.phone.required': 'Εισαγάγετε τον αριθμό τηλεφώνου MB WAY σας.',
  'mbway.error.phone.invalid_characters': 'Ο αριθμός τηλεφώνου περιέχει μόνο ψηφία, κενά και ένα + στην αρχή.',
  'mbway.error.phone.country': 'Το MB WAY απαιτεί πορτογαλικό αριθμό κινητού (+351).',
  'mbway.error.phone.not_mobile': 'Ένας πορτογαλικός αριθμός κινητού ξεκινά από 9.',
  'mbway.error.phone.too_short': 'Ένας πορτογαλικός αριθμός κινητού έχει 9 ψηφία.',
  'mbway.error.phone.too_long': 'Ένας πορτογαλικός αριθμός κινητού έχει 9 ψηφία· αυτός έχει περισσότερα.',
  'mbway.waiting.title': 'Εγκρίνετε την πληρωμή στην εφαρμογή MB WAY',
  'mbway.waiting.body': 'Στείλαμε αίτημα πληρωμής στο {phone}. Ανοίξτε την εφαρμογή MB WAY σε εκείνο το τηλέφωνο και εγκρίνετέ το.',
  'mbway.waiting.time': 'Χρόνος που απομένει για έγκριση:',
  'mbway.waiting.announce': 'Το αίτημα πληρωμής στάλθηκε στο {phone}. Εγκρίνετέ το στην εφαρμογή MB WAY μέσα σε {time}.',
  'mbway.countdown.left': 'Χρόνος που απομένει για την έγκριση της πληρωμής: {time}.',
  'mbway.checking': 'Έλεγχος αν η πληρωμή εγκρίθηκε…',
  'mbway.succeeded': 'Η πληρωμή εγκρίθηκε. Σας ευχαριστούμε!',
  'mbway.refused': 'Η πληρωμή απορρίφθηκε στην εφαρμογή MB WAY. Μπορείτε να στείλετε νέο αίτημα.',
  'mbway.expired': 'Το αίτημα πληρωμής έληξε πριν εγκριθεί. Μπορείτε να στείλετε νέο αίτημα.',
  'mbway.failed': 'Δεν ήταν δυνατή η ολοκλήρωση της πληρωμής ({reason}). Μπορείτε να στείλετε νέο αίτημα.',
  'mbway.retry': 'Δεν ήταν δυνατή η αποστολή του αιτήματος πληρωμής. Δοκιμάστε ξανά.',
  'mbway.config.paymentUrl': 'Το <pay-mbway> χρειάζεται payment-url: το endpoint του καταστήματος που ξεκινά την πληρωμή (μια διεύθυνση URL http(s)).',
  'mbway.config.statusUrl': 'Το <pay-mbway> χρειάζεται status-url: ένα πρότυπο URL http(s) στον διακομιστή του καταστήματος που περιέχει το {paymentId}.',
  'mbway.config.timeout': '<pay-mbway>: το timeout="{value}" δεν είναι αριθμός δευτερολέπτων από 1 έως 3600.',
} satisfies Catalog<typeof mbwayMessages>;
