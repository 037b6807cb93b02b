import type { Catalog } from '../../core/messages.js';
import type { voucherChoiceMessages } from '../../components/voucher-choice/voucher-choice.messages.js';

/** `<pay-voucher-choice>` in Greek. */
export default {
  'voucher.legend': 'Πώς θέλετε να πληρώσετε {total};',
  'voucher.legend.no_total': 'Πώς θέλετε να πληρώσετε;',
  'voucher.method.CARD_ONLY': 'Μόνο με κάρτα',
  'voucher.method.CARD_AND_VOUCHER': 'Ένα μέρος με κουπόνια σίτισης, το υπόλοιπο με κάρτα',
  'voucher.method.VOUCHER_ONLY': 'Όλο με κουπόνια σίτισης',
  'voucher.unavailable.no_balance': 'Δεν έχει απομείνει υπόλοιπο στα κουπόνια σίτισης.',
  'voucher.unavailable.balance_below_total': 'Τα κουπόνια σίτισης καλύπτουν {balance}, λιγότερο από {total}.',
  'voucher.unavailable.total_too_small': 'Αυτό το ποσό είναι πολύ μικρό για να χωριστεί.',
  'voucher.amount.label': 'Ποσό με κουπόνια σίτισης ({currency})',
  'voucher.amount.hint': 'Από {min} έως {max}',
  'voucher.breakdown': 'Κουπόνια {voucher} · Κάρτα {card}',
  'voucher.submit': 'Επιβεβαίωση',
  'voucher.pending': 'Γίνεται επεξεργασία της πληρωμής…',
  'voucher.misconfigured': 'Δεν είναι δυνατή η εμφάνιση των επιλογών πληρωμής. Δοκιμάστε ξανά αργότερα.',
  'voucher.error.method.required': 'Επιλέξτε πώς θέλετε να πληρώσετε.',
  'voucher.error.method.unavailable': 'Αυτή η επιλογή δεν είναι διαθέσιμη.',
  'voucher.error.method.unconfigured': 'Το ποσό πληρωμής δεν είναι ακόμη γνωστό.',
  'voucher.error.amount.required': 'Εισαγάγετε το ποσό που θα πληρώσετε με κουπόνια σίτισης.',
  'voucher.error.amount.invalid': 'Εισαγάγετε ένα ποσό όπως {example}.',
  'voucher.error.amount.negative': 'Το ποσό δεν μπορεί να είναι αρνητικό.',
  'voucher.error.amount.decimals': 'Χρησιμοποιήστε έως {count} δεκαδικά ψηφία για {currency}.',
  'voucher.error.amount.decimals.one': 'Χρησιμοποιήστε έως {count} δεκαδικό ψηφίο για {currency}.',
  'voucher.error.amount.decimals.none': 'Εισαγάγετε ακέραιο ποσό: το {currency} δεν έχει δεκαδικά.',
  'voucher.error.amount.zero': 'Εισαγάγετε ποσό μεγαλύτερο από το μηδέν ή επιλέξτε «Μόνο με κάρτα».',
  'voucher.error.amount.not_below_total': 'Εισαγάγετε λιγότερο από {total} ή επιλέξτε «Όλο με κουπόνια σίτισης».',
  'voucher.error.amount.over_balance': 'Τα κουπόνια σίτισης καλύπτουν έως {balance}.',
  'voucher.config': '<pay-voucher-choice>: το {attribute}="{value}" δεν είναι έγκυρο. total, voucher-balance: ακέραιος αριθμός ελάχιστων υποδιαιρέσεων ≥ 0· currency: ISO 4217· method: CARD_ONLY, CARD_AND_VOUCHER ή VOUCHER_ONLY, και διαθέσιμο· voucher-amount: πάνω από 0, κάτω από το total, εντός του voucher-balance.',
} satisfies Catalog<typeof voucherChoiceMessages>;
