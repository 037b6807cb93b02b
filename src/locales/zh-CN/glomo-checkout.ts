import type { Catalog } from '../../core/messages.js';
import type { glomoCheckoutMessages } from '../../components/glomo-checkout/glomo-checkout.messages.js';

/** `<pay-glomo-checkout>` in Simplified Chinese (mainland China). */
export default {
  'glomoCheckout.pay': '支付',
  'glomoCheckout.preparing': '正在准备付款……',
  'glomoCheckout.opened': '付款窗口已打开，请在该窗口中完成付款。',
  'glomoCheckout.retry': '打开付款窗口',
  'glomoCheckout.redirect': '以跳转方式继续',
  'glomoCheckout.succeeded': '付款成功。',
  'glomoCheckout.failed': '付款失败：{message}',
  'glomoCheckout.pending': '已收到转账信息。付款尚未确认。',
  'glomoCheckout.cancelled': '付款已取消。',
  'glomoCheckout.coop.offer': '您可以以跳转方式继续：付款结果将通过商家的返回页面传回。',
  'glomoCheckout.coop.callbackHint': '或使用跳转方式（callback-url 和 mode="redirect"），让结果通过商家的返回页面传回。',
  'glomoCheckout.config.publicKey': '<pay-glomo-checkout> 必须提供 public-key：Glomo 控制台中的公钥。',
  'glomoCheckout.config.secretKey': '<pay-glomo-checkout> public-key 中是私钥（sk_…）。私钥绝不能出现在浏览器中：请使用公钥，并立即轮换此私钥。',
  'glomoCheckout.config.orderId': '<pay-glomo-checkout> 需要 order-id（您的服务器创建的订单）或 order-url（创建订单的端点）。',
  'glomoCheckout.config.orderUrl': '<pay-glomo-checkout> order-url {url} 不是 http(s) 地址。',
  'glomoCheckout.config.callbackUrl': '<pay-glomo-checkout> callback-url {url} 必须是 https 地址（仅环回主机可用 http）。',
  'glomoCheckout.config.mode': '<pay-glomo-checkout> mode="redirect" 需要 callback-url：商家用于验证结果的路由。',
  'glomoCheckout.config.sdk': 'Glomo Checkout 拒绝了其选项：{reason}',
  'glomoCheckout.error.order': '商家无法创建订单（{reason}）。',
  'glomoCheckout.error.orderFormat': '商家的订单端点返回的内容中没有 order_id。',
  'glomoCheckout.error.open': 'Glomo Checkout 无法打开其窗口：{reason}',
  'glomoCheckout.error.sdkExport': 'Glomo Checkout 脚本 {url} 未提供 GlomoCheckoutApi 类。',
} satisfies Catalog<typeof glomoCheckoutMessages>;
