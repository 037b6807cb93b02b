import type { Catalog } from '../../core/messages.js';
import type { voucherChoiceMessages } from '../../components/voucher-choice/voucher-choice.messages.js';

/** `<pay-voucher-choice>` in Norwegian Bokmål. */
export default {
  'voucher.legend': 'Hvordan vil du betale {total}?',
  'voucher.legend.no_total': 'Hvordan vil du betale?',
  'voucher.method.CARD_ONLY': 'Bare kort',
  'voucher.method.CARD_AND_VOUCHER': 'Delvis med matkuponger, resten med kort',
  'voucher.method.VOUCHER_ONLY': 'Alt med matkuponger',
  'voucher.unavailable.no_balance': 'Det er ingen saldo igjen på matkupongene dine.',
  'voucher.unavailable.balance_below_total': 'Matkupongene dine dekker {balance}, mindre enn {total}.',
  'voucher.unavailable.total_too_small': 'Beløpet er for lite til å deles.',
  'voucher.amount.label': 'Beløp med matkuponger ({currency})',
  'voucher.amount.hint': 'Fra {min} til {max}',
  'voucher.breakdown': 'Kuponger {voucher} · Kort {card}',
  'voucher.submit': 'Bekreft',
  'voucher.pending': 'Behandler betalingen…',
  'voucher.misconfigured': 'Betalingsalternativene kan ikke vises. Prøv igjen senere.',
  'voucher.error.method.required': 'Velg hvordan du vil betale.',
  'voucher.error.method.unavailable': 'Dette alternativet er ikke tilgjengelig.',
  'voucher.error.method.unconfigured': 'Beløpet som skal betales, er ikke kjent ennå.',
  'voucher.error.amount.required': 'Skriv inn beløpet du vil betale med matkuponger.',
  'voucher.error.amount.invalid': 'Skriv inn et beløp som {example}.',
  'voucher.error.amount.negative': 'Beløpet kan ikke være negativt.',
  'voucher.error.amount.decimals': 'Bruk høyst {count} desimaler for {currency}.',
  'voucher.error.amount.decimals.one': 'Bruk høyst {count} desimal for {currency}.',
  'voucher.error.amount.decimals.none': 'Skriv inn et helt beløp: {currency} har ingen desimaler.',
  'voucher.error.amount.zero': 'Skriv inn et beløp over null, eller velg «Bare kort».',
  'voucher.error.amount.not_below_total': 'Skriv inn mindre enn {total}, eller velg «Alt med matkuponger».',
  'voucher.error.amount.over_balance': 'Matkupongene dine dekker høyst {balance}.',
  'voucher.config':
    '<pay-voucher-choice> {attribute}="{value}" er ugyldig. total, voucher-balance: heltall i minste valutaenhet ≥ 0; currency: ISO 4217; method: CARD_ONLY, CARD_AND_VOUCHER eller VOUCHER_ONLY, og tilgjengelig; voucher-amount: over 0, under total, innenfor voucher-balance.',
} satisfies Catalog<typeof voucherChoiceMessages>;
