import type { Catalog } from '../../core/messages.js';
import type { voucherChoiceMessages } from '../../components/voucher-choice/voucher-choice.messages.js';

/** `<pay-voucher-choice>` in Romanian. */
export default {
  'voucher.legend': 'Cum vrei să plătești {total}?',
  'voucher.legend.no_total': 'Cum vrei să plătești?',
  'voucher.method.CARD_ONLY': 'Doar cu cardul',
  'voucher.method.CARD_AND_VOUCHER': 'O parte cu tichete de masă, restul cu cardul',
  'voucher.method.VOUCHER_ONLY': 'Totul cu tichete de masă',
  'voucher.unavailable.no_balance': 'Tichetele tale de masă nu mai au sold.',
  'voucher.unavailable.balance_below_total': 'Tichetele tale de masă acoperă {balance}, mai puțin de {total}.',
  'voucher.unavailable.total_too_small': 'Suma este prea mică pentru a fi împărțită.',
  'voucher.amount.label': 'Suma plătită cu tichete de masă ({currency})',
  'voucher.amount.hint': 'De la {min} la {max}',
  'voucher.breakdown': 'Tichete {voucher} · Card {card}',
  'voucher.submit': 'Confirmă',
  'voucher.pending': 'Se procesează plata…',
  'voucher.misconfigured': 'Opțiunile de plată nu pot fi afișate. Încearcă din nou mai târziu.',
  'voucher.error.method.required': 'Alege cum vrei să plătești.',
  'voucher.error.method.unavailable': 'Această opțiune nu este disponibilă.',
  'voucher.error.method.unconfigured': 'Suma de plată nu este încă cunoscută.',
  'voucher.error.amount.required': 'Introdu suma de plătit cu tichete de masă.',
  'voucher.error.amount.invalid': 'Introdu o sumă de forma {example}.',
  'voucher.error.amount.negative': 'Suma nu poate fi negativă.',
  'voucher.error.amount.decimals': 'Folosește cel mult {count} de zecimale pentru {currency}.',
  'voucher.error.amount.decimals.one': 'Folosește cel mult {count} zecimală pentru {currency}.',
  'voucher.error.amount.decimals.few': 'Folosește cel mult {count} zecimale pentru {currency}.',
  'voucher.error.amount.decimals.none': 'Introdu o sumă întreagă: {currency} nu are zecimale.',
  'voucher.error.amount.zero': 'Introdu o sumă mai mare decât zero sau alege „Doar cu cardul”.',
  'voucher.error.amount.not_below_total': 'Introdu mai puțin de {total} sau alege „Totul cu tichete de masă”.',
  'voucher.error.amount.over_balance': 'Tichetele tale de masă acoperă cel mult {balance}.',
  'voucher.config': '<pay-voucher-choice> {attribute}="{value}" nu este valid. total, voucher-balance: întregi în subunități ≥ 0; currency: ISO 4217; method: CARD_ONLY, CARD_AND_VOUCHER sau VOUCHER_ONLY și disponibilă; voucher-amount: peste 0, sub total, în limita voucher-balance.',
} satisfies Catalog<typeof voucherChoiceMessages>;
