import type { Catalog } from '../../core/messages.js';
import type { payglobeCheckoutMessages } from '../../components/payglobe-checkout/payglobe-checkout.messages.js';

/** `<pay-payglobe-checkout>` in Simplified Chinese (mainland China). */
export default {
  'payglobeCheckout.pay': '支付 {amount}',
  'payglobeCheckout.payPlain': '支付',
  'payglobeCheckout.payAgain': '重试',
  'payglobeCheckout.checkoutLabel': 'PayGlobe 收银台',
  'payglobeCheckout.preparing': '正在准备付款……',
  'payglobeCheckout.opened': 'PayGlobe 收银台已在下方打开，请在其中完成付款。',
  'payglobeCheckout.redirecting': '正在前往 PayGlobe 收银台……',
  'payglobeCheckout.confirming': '正在确认付款……',
  'payglobeCheckout.succeeded': '付款成功：{amount}。',
  'payglobeCheckout.succeededPlain': '付款成功。',
  'payglobeCheckout.succeededSplit': '付款成功：银行卡支付 {card}，餐券支付 {voucher}。',
  'payglobeCheckout.failed': '付款失败：{message}',
  'payglobeCheckout.cancelled': '付款已取消。',
  'payglobeCheckout.error': '付款未能完成：{message}',
  'payglobeCheckout.config.publishableKey': '<pay-payglobe-checkout> publishable-key 必须是您的 PayGlobe 可发布密钥（pk_test_… 或 pk_live_…）。',
  'payglobeCheckout.config.secretKey': '<pay-payglobe-checkout> publishable-key 中是私钥（sk_…）。私钥绝不能出现在浏览器中：请使用可发布密钥（pk_…），并立即轮换此私钥。',
  'payglobeCheckout.config.amount': '<pay-payglobe-checkout> amount "{amount}" 不是以 {currency} 最小货币单位表示的正整数（15000 EUR 即 €150.00）。',
  'payglobeCheckout.config.email': '<pay-payglobe-checkout> email 必须是购物者的电子邮箱地址（PayGlobe 会将收据发送到该地址）。',
  'payglobeCheckout.config.mode': '<pay-payglobe-checkout> mode "{mode}" 既不是 "iframe" 也不是 "redirect"。',
  'payglobeCheckout.config.scriptUrl': '<pay-payglobe-checkout> script-url {url} 被拒绝：{reason}。',
  'payglobeCheckout.error.sdk': 'payglobe.js 未提供可用的 PayGlobe 客户端（{reason}）。',
  'payglobeCheckout.error.create': 'PayGlobe 无法创建付款：{reason}',
  'payglobeCheckout.error.open': 'PayGlobe 无法打开收银台：{reason}',
  'payglobeCheckout.error.retrieve': 'PayGlobe 未返回付款状态：{reason}',
} satisfies Catalog<typeof payglobeCheckoutMessages>;
