import type { Catalog } from '../../core/messages.js';
import type { payglobeMessages } from '../../providers/payglobe/payglobe.messages.js';

/** The PayGlobe adapter in Simplified Chinese (mainland China). */
export default {
  'payglobe.response.invalid': 'PayGlobe 发送的付款数据格式异常。',
  'payglobe.response.amounts': 'PayGlobe 发送的金额不是精确的 {currency} 金额，或与总额不符。',
  'payglobe.response.mismatch': 'PayGlobe 返回的付款（{reason}）与本页面发起的付款不一致。',
  'payglobe.return.invalid': '打开此页面时附带的 PayGlobe 付款参考格式有误。',
  'payglobe.message.invalid': 'PayGlobe 收银台发送了格式有误的消息。',
  'payglobe.failed.CARD_PREAUTH_FAILED': '银行卡被拒绝。',
  'payglobe.failed.VOUCHER_FAILED': '无法使用餐券。',
  'payglobe.failed.CARD_CAPTURE_FAILED': '无法从银行卡扣款。卡上的预授权冻结将被解除。',
  'payglobe.failed.FAILED': '付款失败。',
  'payglobe.failed.EXPIRED': '付款链接已过期。',
} satisfies Catalog<typeof payglobeMessages>;
