import type { Catalog } from '../../core/messages.js';
import type { voucherChoiceMessages } from '../../components/voucher-choice/voucher-choice.messages.js';

/** `<pay-voucher-choice>` in Dutch. */
export default {
  'voucher.legend': 'Hoe wil je {total} betalen?',
  'voucher.legend.no_total': 'Hoe wil je betalen?',
  'voucher.method.CARD_ONLY': 'Alleen met kaart',
  'voucher.method.CARD_AND_VOUCHER': 'Deels met maaltijdbonnen, de rest met kaart',
  'voucher.method.VOUCHER_ONLY': 'Helemaal met maaltijdbonnen',
  'voucher.unavailable.no_balance': 'Je maaltijdbonnen hebben geen saldo meer.',
  'voucher.unavailable.balance_below_total': 'Je maaltijdbonnen dekken {balance}, minder dan {total}.',
  'voucher.unavailable.total_too_small': 'Dit bedrag is te klein om te splitsen.',
  'voucher.amount.label': 'Bedrag met maaltijdbonnen ({currency})',
  'voucher.amount.hint': 'Van {min} tot {max}',
  'voucher.breakdown': 'Bonnen {voucher} · Kaart {card}',
  'voucher.submit': 'Bevestigen',
  'voucher.pending': 'Betaling wordt verwerkt…',
  'voucher.misconfigured': 'De betaalopties kunnen niet worden getoond. Probeer het later opnieuw.',
  'voucher.error.method.required': 'Kies hoe je wilt betalen.',
  'voucher.error.method.unavailable': 'Deze keuze is niet beschikbaar.',
  'voucher.error.method.unconfigured': 'Het te betalen bedrag is nog niet bekend.',
  'voucher.error.amount.required': 'Vul het bedrag in dat je met maaltijdbonnen wilt betalen.',
  'voucher.error.amount.invalid': 'Vul een bedrag in zoals {example}.',
  'voucher.error.amount.negative': 'Het bedrag kan niet negatief zijn.',
  'voucher.error.amount.decimals': 'Gebruik voor {currency} maximaal {count} decimalen.',
  'voucher.error.amount.decimals.one': 'Gebruik voor {currency} maximaal {count} decimaal.',
  'voucher.error.amount.decimals.none': 'Vul een heel bedrag in: {currency} heeft geen decimalen.',
  'voucher.error.amount.zero': 'Vul een bedrag boven nul in, of kies “Alleen met kaart”.',
  'voucher.error.amount.not_below_total': 'Vul minder dan {total} in, of kies “Helemaal met maaltijdbonnen”.',
  'voucher.error.amount.over_balance': 'Je maaltijdbonnen dekken maximaal {balance}.',
  'voucher.config': '<pay-voucher-choice> {attribute}="{value}" is ongeldig. total, voucher-balance: geheel aantal kleinste munteenheden ≥ 0; currency: ISO 4217; method: CARD_ONLY, CARD_AND_VOUCHER of VOUCHER_ONLY, en beschikbaar; voucher-amount: boven 0, onder total, binnen voucher-balance.',
} satisfies Catalog<typeof voucherChoiceMessages>;
