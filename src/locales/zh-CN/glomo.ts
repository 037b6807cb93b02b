import type { Catalog } from '../../core/messages.js';
import type { glomoMessages } from '../../providers/glomo/glomo.messages.js';

/** The Glomo adapter in Simplified Chinese (mainland China). */
export default {
  'glomo.callback.missing': '打开此页面时没有附带 Glomo 支付结果。',
  'glomo.callback.invalid': '此地址中的 Glomo 支付结果格式有误。',
  'glomo.callback.refused': '商家无法验证支付结果（{reason}）。',
  'glomo.payment.failed': '付款失败。',
  'glomo.response.invalid': '支付服务器返回的不是 Glomo 支付。',
  'glomo.event.invalid': 'Glomo Checkout 发送了格式有误的 {event} 数据。',
} satisfies Catalog<typeof glomoMessages>;
