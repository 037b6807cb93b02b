import type { Catalog } from '../../core/messages.js';
import type { payglocalCheckoutMessages } from '../../components/payglocal-checkout/payglocal-checkout.messages.js';

/** `<pay-payglocal-checkout>` in Simplified Chinese (mainland China). */
export default {
  'payglocalCheckout.pay': '支付',
  'payglocalCheckout.preparing': '正在准备付款……',
  'payglocalCheckout.leaving': '正在前往 PayGlocal 安全支付页面……',
  'payglocalCheckout.error.http': '商家无法发起付款（{reason}）。',
  'payglocalCheckout.error.httpStatus': 'HTTP 错误 {status}',
  'payglocalCheckout.error.network': '无法连接商家。请检查网络连接后重试。',
  'payglocalCheckout.error.timeout': '商家未及时响应，请重试。',
  'payglocalCheckout.error.format': '商家的响应中没有说明在哪里付款。',
  'payglocalCheckout.config.paymentUrl': '<pay-payglocal-checkout> 必须提供 payment-url：发起付款并返回 { redirectUrl } 的端点。',
  'payglocalCheckout.config.paymentUrlInvalid': '<pay-payglocal-checkout> payment-url {url} 不是 http(s) 地址。',
  'payglocalCheckout.config.returnUrl': '<pay-payglocal-checkout> return-url {url} 不是 http(s) 地址。',
  'payglocalCheckout.config.amount': '<pay-payglocal-checkout> amount 必须是以最小货币单位表示的整数（150.00 写作 15000）。',
  'payglocalCheckout.config.currency': '<pay-payglocal-checkout> currency 必须是三位字母的 ISO 4217 代码，例如 INR。',
} satisfies Catalog<typeof payglocalCheckoutMessages>;
