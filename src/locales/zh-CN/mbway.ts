import type { Catalog } from '../../core/messages.js';
import type { mbwayMessages } from '../../components/mbway/mbway.messages.js';

/** `<pay-mbway>` in Simplified Chinese (mainland China). */
export default {
  'mbway.phone.label': 'MB WAY 手机号码',
  'mbway.phone.hint': '与您的 MB WAY 应用绑定的葡萄牙手机号码，例如 912 345 678。',
  'mbway.phone.prefix': '+351',
  'mbway.submit': '使用 MB WAY 支付',
  'mbway.pending': '正在向您的手机发送请求……',
  'mbway.error.phone.required': '请输入您的 MB WAY 手机号码。',
  'mbway.error.phone.invalid_characters': '手机号码只能包含数字、空格和开头的 +。',
  'mbway.error.phone.country': 'MB WAY 需要葡萄牙手机号码（+351）。',
  'mbway.error.phone.not_mobile': '葡萄牙手机号码以 9 开头。',
  'mbway.error.phone.too_short': '葡萄牙手机号码为 9 位数字。',
  'mbway.error.phone.too_long': '葡萄牙手机号码为 9 位数字；您输入的号码位数过多。',
  'mbway.waiting.title': '请在 MB WAY 应用中确认付款',
  'mbway.waiting.body': '我们已向 {phone} 发送付款请求。请在该手机上打开 MB WAY 应用并确认。',
  'mbway.waiting.time': '剩余确认时间：',
  'mbway.waiting.announce': '已向 {phone} 发送付款请求。请在{time}内在 MB WAY 应用中确认。',
  'mbway.countdown.left': '距离付款确认截止还剩{time}。',
  'mbway.checking': '正在检查付款是否已确认……',
  'mbway.succeeded': '付款成功，谢谢！',
  'mbway.refused': '付款已在 MB WAY 应用中被拒绝。您可以发送新的请求。',
  'mbway.expired': '付款请求在确认前已过期。您可以发送新的请求。',
  'mbway.failed': '付款未能完成（{reason}）。您可以发送新的请求。',
  'mbway.retry': '付款请求未能发送，请重试。',
  'mbway.config.paymentUrl': '<pay-mbway> 需要 payment-url：商家用于发起付款的端点（http(s) URL）。',
  'mbway.config.statusUrl': '<pay-mbway> 需要 status-url：商家服务器上包含 {paymentId} 的 http(s) URL 模板。',
  'mbway.config.timeout': '<pay-mbway> timeout="{value}" 不是 1 到 3600 之间的秒数。',
} satisfies Catalog<typeof mbwayMessages>;
