import type { Catalog } from '../../core/messages.js';
import type { voucherChoiceMessages } from '../../components/voucher-choice/voucher-choice.messages.js';

/** `<pay-voucher-choice>` in Danish. */
export default {
  'voucher.legend': 'Hvordan vil du betale {total}?',
  'voucher.legend.no_total': 'Hvordan vil du betale?',
  'voucher.method.CARD_ONLY': 'Kun kort',
  'voucher.method.CARD_AND_VOUCHER': 'Delvist med madkuponer, resten med kort',
  'voucher.method.VOUCHER_ONLY': 'Alt med madkuponer',
  'voucher.unavailable.no_balance': 'Der er ingen saldo tilbage på dine madkuponer.',
  'voucher.unavailable.balance_below_total': 'Dine madkuponer dækker {balance}, mindre end {total}.',
  'voucher.unavailable.total_too_small': 'Beløbet er for lille til at blive delt.',
  'voucher.amount.label': 'Beløb med madkuponer ({currency})',
  'voucher.amount.hint': 'Fra {min} til {max}',
  'voucher.breakdown': 'Kuponer {voucher} · Kort {card}',
  'voucher.submit': 'Bekræft',
  'voucher.pending': 'Behandler betalingen…',
  'voucher.misconfigured': 'Betalingsmulighederne kan ikke vises. Prøv igen senere.',
  'voucher.error.method.required': 'Vælg, hvordan du vil betale.',
  'voucher.error.method.unavailable': 'Denne mulighed er ikke tilgængelig.',
  'voucher.error.method.unconfigured': 'Beløbet, der skal betales, kendes endnu ikke.',
  'voucher.error.amount.required': 'Indtast beløbet, du vil betale med madkuponer.',
  'voucher.error.amount.invalid': 'Indtast et beløb som {example}.',
  'voucher.error.amount.negative': 'Beløbet kan ikke være negativt.',
  'voucher.error.amount.decimals': 'Brug højst {count} decimaler for {currency}.',
  'voucher.error.amount.decimals.one': 'Brug højst {count} decimal for {currency}.',
  'voucher.error.amount.decimals.none': 'Indtast et helt beløb: {currency} har ingen decimaler.',
  'voucher.error.amount.zero': 'Indtast et beløb over nul, eller vælg »Kun kort«.',
  'voucher.error.amount.not_below_total': 'Indtast mindre end {total}, eller vælg »Alt med madkuponer«.',
  'voucher.error.amount.over_balance': 'Dine madkuponer dækker højst {balance}.',
  'voucher.config':
    '<pay-voucher-choice> {attribute}="{value}" er ugyldig. total, voucher-balance: heltal i mindste valutaenhed ≥ 0; currency: ISO 4217; method: CARD_ONLY, CARD_AND_VOUCHER eller VOUCHER_ONLY og tilgængelig; voucher-amount: over 0, under total, inden for voucher-balance.',
} satisfies Catalog<typeof voucherChoiceMessages>;
