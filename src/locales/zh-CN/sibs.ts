import type { Catalog } from '../../core/messages.js';
import type { sibsMessages } from '../../providers/sibs/sibs.messages.js';

/** The SIBS adapter in Simplified Chinese (mainland China). */
export default {
  'sibs.error.network': '无法连接商家的付款端点 {url}：{reason}。',
  'sibs.error.timeout': '商家的付款端点 {url} 未在 {seconds} 秒内响应。',
  'sibs.error.http': '商家的付款端点 {url} 返回了 HTTP {status}{detail}。',
  'sibs.error.json': '商家的付款端点 {url} 返回的不是 JSON。',
  'sibs.error.response': '商家的付款端点 {url} 返回的不是 SIBS {what}（{reason}）。',
  'sibs.what.mbway': 'MB WAY 购买',
  'sibs.what.multibanco': 'Multibanco 参考号',
  'sibs.what.card': '银行卡购买',
  'sibs.declined': '付款被拒绝。',
  'sibs.refused': '付款已在 MB WAY 应用中被拒绝。',
  'sibs.expired': '付款请求已过期。',
  'sibs.referenceExpired': 'Multibanco 参考号在付款前已过期。',
  'sibs.failed': '付款失败（{status}）。',
  'sibs.config.paymentUrl': '{element} 需要 payment-url：商家用于发起付款的端点（http(s) URL）。',
  'sibs.config.statusUrl': '{element} 需要 status-url：商家服务器上包含 {paymentId} 的 http(s) URL 模板。',
} satisfies Catalog<typeof sibsMessages>;
