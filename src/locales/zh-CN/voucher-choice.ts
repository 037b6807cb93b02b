import type { Catalog } from '../../core/messages.js';
import type { voucherChoiceMessages } from '../../components/voucher-choice/voucher-choice.messages.js';

/** `<pay-voucher-choice>` in Simplified Chinese (mainland China). */
export default {
  'voucher.legend': '您希望如何支付 {total}？',
  'voucher.legend.no_total': '您希望如何支付？',
  'voucher.method.CARD_ONLY': '仅用银行卡',
  'voucher.method.CARD_AND_VOUCHER': '部分用餐券，其余用银行卡',
  'voucher.method.VOUCHER_ONLY': '全部用餐券',
  'voucher.unavailable.no_balance': '您的餐券已无余额。',
  'voucher.unavailable.balance_below_total': '您的餐券余额为 {balance}，不足 {total}。',
  'voucher.unavailable.total_too_small': '此金额太小，无法拆分。',
  'voucher.amount.label': '餐券支付金额（{currency}）',
  'voucher.amount.hint': '{min} 至 {max}',
  'voucher.breakdown': '餐券 {voucher} · 银行卡 {card}',
  'voucher.submit': '确认',
  'voucher.pending': '正在处理付款……',
  'voucher.misconfigured': '无法显示付款选项，请稍后重试。',
  'voucher.error.method.required': '请选择付款方式。',
  'voucher.error.method.unavailable': '此选项不可用。',
  'voucher.error.method.unconfigured': '应付金额尚未确定。',
  'voucher.error.amount.required': '请输入用餐券支付的金额。',
  'voucher.error.amount.invalid': '请按 {example} 这样的格式输入金额。',
  'voucher.error.amount.negative': '金额不能为负数。',
  'voucher.error.amount.decimals': '{currency} 最多保留 {count} 位小数。',
  'voucher.error.amount.decimals.none': '请输入整数金额：{currency} 没有小数。',
  'voucher.error.amount.zero': '请输入大于零的金额，或选择“仅用银行卡”。',
  'voucher.error.amount.not_below_total': '请输入小于 {total} 的金额，或选择“全部用餐券”。',
  'voucher.error.amount.over_balance': '您的餐券最多可支付 {balance}。',
  'voucher.config': '<pay-voucher-choice> {attribute}="{value}" 无效。total、voucher-balance：≥ 0 的整数（最小货币单位）；currency：ISO 4217；method：CARD_ONLY、CARD_AND_VOUCHER 或 VOUCHER_ONLY，且须可用；voucher-amount：大于 0、小于 total、不超过 voucher-balance。',
} satisfies Catalog<typeof voucherChoiceMessages>;
