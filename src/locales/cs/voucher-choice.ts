import type { Catalog } from '../../core/messages.js';
import type { voucherChoiceMessages } from '../../components/voucher-choice/voucher-choice.messages.js';

/** `<pay-voucher-choice>` in Czech. */
export default {
  'voucher.legend': 'Jak chcete zaplatit {total}?',
  'voucher.legend.no_total': 'Jak chcete zaplatit?',
  'voucher.method.CARD_ONLY': 'Jen kartou',
  'voucher.method.CARD_AND_VOUCHER': 'Část stravenkami, zbytek kartou',
  'voucher.method.VOUCHER_ONLY': 'Vše stravenkami',
  'voucher.unavailable.no_balance': 'Na vašich stravenkách už nezbývá žádný zůstatek.',
  'voucher.unavailable.balance_below_total': 'Vaše stravenky pokryjí {balance}, tedy méně než {total}.',
  'voucher.unavailable.total_too_small': 'Tuto částku nelze rozdělit, je příliš malá.',
  'voucher.amount.label': 'Částka placená stravenkami ({currency})',
  'voucher.amount.hint': 'Od {min} do {max}',
  'voucher.breakdown': 'Stravenky {voucher} · Karta {card}',
  'voucher.submit': 'Potvrdit',
  'voucher.pending': 'Zpracováváme platbu…',
  'voucher.misconfigured': 'Možnosti platby nelze zobrazit. Zkuste to prosím později.',
  'voucher.error.method.required': 'Zvolte, jak chcete zaplatit.',
  'voucher.error.method.unavailable': 'Tato možnost není k dispozici.',
  'voucher.error.method.unconfigured': 'Částka k zaplacení zatím není známa.',
  'voucher.error.amount.required': 'Zadejte částku, kterou chcete zaplatit stravenkami.',
  'voucher.error.amount.invalid': 'Zadejte částku ve tvaru {example}.',
  'voucher.error.amount.negative': 'Částka nemůže být záporná.',
  'voucher.error.amount.decimals': 'Pro {currency} použijte nejvýše {count} desetinných míst.',
  'voucher.error.amount.decimals.one': 'Pro {currency} použijte nejvýše {count} desetinné místo.',
  'voucher.error.amount.decimals.few': 'Pro {currency} použijte nejvýše {count} desetinná místa.',
  'voucher.error.amount.decimals.none': 'Zadejte celou částku: {currency} nemá desetinná místa.',
  'voucher.error.amount.zero': 'Zadejte částku větší než nula, nebo zvolte „Jen kartou“.',
  'voucher.error.amount.not_below_total': 'Zadejte méně než {total}, nebo zvolte „Vše stravenkami“.',
  'voucher.error.amount.over_balance': 'Vaše stravenky pokryjí nejvýše {balance}.',
  'voucher.config': '<pay-voucher-choice> {attribute}="{value}" je neplatné. total, voucher-balance: celé číslo v nejmenších jednotkách měny ≥ 0; currency: ISO 4217; method: CARD_ONLY, CARD_AND_VOUCHER nebo VOUCHER_ONLY, a to dostupná; voucher-amount: nad 0, pod total, v rámci voucher-balance.',
} satisfies Catalog<typeof voucherChoiceMessages>;
