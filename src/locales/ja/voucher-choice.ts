import type { Catalog } from '../../core/messages.js';
import type { voucherChoiceMessages } from '../../components/voucher-choice/voucher-choice.messages.js';

/** `<pay-voucher-choice>` in Japanese. */
export default {
  'voucher.legend': '{total} のお支払い方法を選択してください',
  'voucher.legend.no_total': 'お支払い方法を選択してください',
  'voucher.method.CARD_ONLY': 'カードのみ',
  'voucher.method.CARD_AND_VOUCHER': '一部を食事券で、残りをカードで',
  'voucher.method.VOUCHER_ONLY': '全額を食事券で',
  'voucher.unavailable.no_balance': '食事券の残高がありません。',
  'voucher.unavailable.balance_below_total': '食事券の残高は {balance} で、{total} に足りません。',
  'voucher.unavailable.total_too_small': 'この金額は分割できません。',
  'voucher.amount.label': '食事券で支払う金額（{currency}）',
  'voucher.amount.hint': '{min}～{max}',
  'voucher.breakdown': '食事券 {voucher}・カード {card}',
  'voucher.submit': '確定',
  'voucher.pending': 'お支払いを処理しています…',
  'voucher.misconfigured': 'お支払い方法を表示できません。しばらくしてからもう一度お試しください。',
  'voucher.error.method.required': 'お支払い方法を選択してください。',
  'voucher.error.method.unavailable': 'この方法はご利用いただけません。',
  'voucher.error.method.unconfigured': 'お支払い金額がまだ確定していません。',
  'voucher.error.amount.required': '食事券で支払う金額を入力してください。',
  'voucher.error.amount.invalid': '{example} のように金額を入力してください。',
  'voucher.error.amount.negative': '金額にマイナスは指定できません。',
  'voucher.error.amount.decimals': '{currency} の小数点以下は {count} 桁までです。',
  'voucher.error.amount.decimals.none': '整数で入力してください：{currency} には小数点以下の単位がありません。',
  'voucher.error.amount.zero': '0 より大きい金額を入力するか、「カードのみ」を選択してください。',
  'voucher.error.amount.not_below_total': '{total} 未満の金額を入力するか、「全額を食事券で」を選択してください。',
  'voucher.error.amount.over_balance': '食事券でお支払いいただけるのは {balance} までです。',
  'voucher.config': '<pay-voucher-choice> {attribute}="{value}" は無効です。total、voucher-balance：0 以上の整数（補助通貨単位）、currency：ISO 4217、method：CARD_ONLY、CARD_AND_VOUCHER、VOUCHER_ONLY のいずれかで利用可能なもの、voucher-amount：0 より大きく total 未満、かつ voucher-balance 以内。',
} satisfies Catalog<typeof voucherChoiceMessages>;
