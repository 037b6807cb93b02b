import type { Catalog } from '../../core/messages.js';
import type { cardPaymentMessages } from '../../components/card-payment/card-payment.messages.js';

/** `<pay-card-payment>` in Simplified Chinese (mainland China). */
export default {
  'cardPayment.modal.title': '请通过发卡行确认付款',
  'cardPayment.waiting.newTab': '请在新标签页中完成付款。本页面会自动更新。',
  'cardPayment.waiting.host': '正在等待发卡行确认……',
  'cardPayment.succeeded': '付款成功，谢谢！',
  'cardPayment.cancelled': '付款已取消。您的卡信息仍保留在此，可以重试。',
  'cardPayment.declined': '付款被拒绝：{reason}',
  'cardPayment.declined.generic': '付款被拒绝。请重试或使用其他银行卡。',
  'cardPayment.retry': '付款未能完成，请重试。',
  'cardPayment.error.network': '<pay-card-payment> 无法连接 payment-url {url}：{reason}。',
  'cardPayment.error.http': '<pay-card-payment> payment-url {url} 返回了 HTTP {status}{detail}。',
  'cardPayment.error.json': '<pay-card-payment> payment-url {url} 返回的不是 JSON。',
  'cardPayment.error.response': '<pay-card-payment> payment-url {url} 返回的不是 Glomo 支付（{reason}）。',
  'cardPayment.error.action': '<pay-card-payment> SIBS 要求执行本页面无法运行的 3-D Secure 步骤（{type}）。',
  'cardPayment.config.provider': '<pay-card-payment> 不支持 provider="{provider}"：请使用 "glomo" 或 "sibs"。',
  'cardPayment.config.paymentUrl': '<pay-card-payment> 需要 payment-url：商家用于发起付款的端点（http(s) URL）。',
  'cardPayment.config.statusUrl': '<pay-card-payment> 需要 status-url：商家服务器上包含 {paymentId} 的 http(s) URL 模板。',
  'cardPayment.config.redirect': '<pay-card-payment> redirect="{value}" 不是 iframe、new-tab、same-tab、host 之一。',
} satisfies Catalog<typeof cardPaymentMessages>;
