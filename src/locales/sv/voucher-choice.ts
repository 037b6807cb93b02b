import type { Catalog } from '../../core/messages.js';
import type { voucherChoiceMessages } from '../../components/voucher-choice/voucher-choice.messages.js';

/** `<pay-voucher-choice>` in Swedish. */
export default {
  'voucher.legend': 'Hur vill du betala {total}?',
  'voucher.legend.no_total': 'Hur vill du betala?',
  'voucher.method.CARD_ONLY': 'Endast kort',
  'voucher.method.CARD_AND_VOUCHER': 'Delvis med måltidskuponger, resten med kort',
  'voucher.method.VOUCHER_ONLY': 'Allt med måltidskuponger',
  'voucher.unavailable.no_balance': 'Dina måltidskuponger har inget saldo kvar.',
  'voucher.unavailable.balance_below_total': 'Dina måltidskuponger täcker {balance}, mindre än {total}.',
  'voucher.unavailable.total_too_small': 'Beloppet är för litet för att delas upp.',
  'voucher.amount.label': 'Belopp med måltidskuponger ({currency})',
  'voucher.amount.hint': 'Från {min} till {max}',
  'voucher.breakdown': 'Kuponger {voucher} · Kort {card}',
  'voucher.submit': 'Bekräfta',
  'voucher.pending': 'Betalningen behandlas…',
  'voucher.misconfigured': 'Betalningsalternativen kan inte visas. Försök igen senare.',
  'voucher.error.method.required': 'Välj hur du vill betala.',
  'voucher.error.method.unavailable': 'Det här alternativet är inte tillgängligt.',
  'voucher.error.method.unconfigured': 'Beloppet att betala är inte känt än.',
  'voucher.error.amount.required': 'Ange beloppet att betala med måltidskuponger.',
  'voucher.error.amount.invalid': 'Ange ett belopp som {example}.',
  'voucher.error.amount.negative': 'Beloppet kan inte vara negativt.',
  'voucher.error.amount.decimals': 'Använd högst {count} decimaler för {currency}.',
  'voucher.error.amount.decimals.one': 'Använd högst {count} decimal för {currency}.',
  'voucher.error.amount.decimals.none': 'Ange ett helt belopp: {currency} har inga decimaler.',
  'voucher.error.amount.zero': 'Ange ett belopp över noll, eller välj ”Endast kort”.',
  'voucher.error.amount.not_below_total': 'Ange mindre än {total}, eller välj ”Allt med måltidskuponger”.',
  'voucher.error.amount.over_balance': 'Dina måltidskuponger täcker högst {balance}.',
  'voucher.config':
    '<pay-voucher-choice> {attribute}="{value}" är ogiltigt. total, voucher-balance: heltal i minsta valutaenhet ≥ 0; currency: ISO 4217; method: CARD_ONLY, CARD_AND_VOUCHER eller VOUCHER_ONLY, och tillgänglig; voucher-amount: över 0, under total, inom voucher-balance.',
} satisfies Catalog<typeof voucherChoiceMessages>;
