import type { Catalog } from '../../core/messages.js';
import type { voucherChoiceMessages } from '../../components/voucher-choice/voucher-choice.messages.js';

/** `<pay-voucher-choice>` in Hebrew. */
export default {
  'voucher.legend': 'איך לשלם {total}?',
  'voucher.legend.no_total': 'איך לשלם?',
  'voucher.method.CARD_ONLY': 'בכרטיס בלבד',
  'voucher.method.CARD_AND_VOUCHER': 'חלק בתווי ארוחה, והיתרה בכרטיס',
  'voucher.method.VOUCHER_ONLY': 'הכול בתווי ארוחה',
  'voucher.unavailable.no_balance': 'לא נותרה יתרה בתווי הארוחה.',
  'voucher.unavailable.balance_below_total': 'תווי הארוחה מכסים {balance}, פחות מ־{total}.',
  'voucher.unavailable.total_too_small': 'הסכום נמוך מדי לפיצול.',
  'voucher.amount.label': 'סכום בתווי ארוחה ({currency})',
  'voucher.amount.hint': 'מ־{min} עד {max}',
  'voucher.breakdown': 'תווים {voucher} · כרטיס {card}',
  'voucher.submit': 'אישור',
  'voucher.pending': 'התשלום מתבצע…',
  'voucher.misconfigured': 'לא ניתן להציג את אפשרויות התשלום. יש לנסות שוב מאוחר יותר.',
  'voucher.error.method.required': 'יש לבחור אמצעי תשלום.',
  'voucher.error.method.unavailable': 'האפשרות הזו אינה זמינה.',
  'voucher.error.method.unconfigured': 'הסכום לתשלום עדיין לא ידוע.',
  'voucher.error.amount.required': 'יש להזין את הסכום לתשלום בתווי ארוחה.',
  'voucher.error.amount.invalid': 'יש להזין סכום כמו {example}.',
  'voucher.error.amount.negative': 'הסכום לא יכול להיות שלילי.',
  'voucher.error.amount.decimals': 'מספר הספרות המרבי אחרי הנקודה העשרונית ב־{currency}: {count}.',
  'voucher.error.amount.decimals.none': 'יש להזין סכום שלם: ל־{currency} אין ספרות אחרי הנקודה העשרונית.',
  'voucher.error.amount.zero': 'יש להזין סכום גדול מאפס, או לבחור "בכרטיס בלבד".',
  'voucher.error.amount.not_below_total': 'יש להזין סכום נמוך מ־{total}, או לבחור "הכול בתווי ארוחה".',
  'voucher.error.amount.over_balance': 'תווי הארוחה מכסים לכל היותר {balance}.',
  'voucher.config': '<pay-voucher-choice> {attribute}="{value}" אינו תקין. total, voucher-balance: מספר שלם של יחידות משנה ≥ 0; currency: ISO 4217; method: CARD_ONLY, CARD_AND_VOUCHER או VOUCHER_ONLY, וזמין; voucher-amount: מעל 0, מתחת ל־total, ובמסגרת voucher-balance.',
} satisfies Catalog<typeof voucherChoiceMessages>;
