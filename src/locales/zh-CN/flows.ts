import type { Catalog } from '../../core/messages.js';
import type { flowsMessages } from '../../flows/flows.messages.js';

/** The flow primitives (modal, errors) in Simplified Chinese (mainland China). */
export default {
  'flows.modal.title': '确认付款',
  'flows.modal.close': '关闭',
  'flows.url.invalid': '不是有效的地址',
  'flows.url.scheme': '只能打开 https 地址',
  'flows.url.credentials': '地址中包含用户名或密码',
  'flows.url.host': '{host} 不是支付服务商的主机',
  'flows.error.url': '支付服务商返回了本页面不会打开的地址：{reason}。',
  'flows.error.message': '支付服务商发送的消息格式异常。',
  'flows.error.popupBlocked': '浏览器拦截了付款窗口。请允许此网站弹出窗口，或重试。',
  'flows.error.coopBlocked': '付款窗口与本页面的连接已断开（Cross-Origin-Opener-Policy），因此支付结果无法传回本页面。',
  'flows.error.timeout': '付款未在规定时间内确认。',
  'flows.error.status': '无法读取付款状态（{reason}）。',
  'flows.error.statusFormat': '付款状态响应的格式异常。',
  'flows.error.sdk': '无法加载支付服务商的脚本 {url}：{reason}。',
  'flows.sdk.timeout': '{seconds} 秒内无响应',
  'flows.sdk.failed': '脚本缺失、内容类型错误或未通过完整性校验',
  'flows.sdk.threw': '脚本启动时出错',
  'flows.sdk.missing': '脚本未提供 {name}',
  'flows.sdk.notAllowed': '不是已配置的 SDK 地址',
  'flows.sdk.trustedTypes': 'Trusted Types 拒绝了该脚本地址（请允许策略 "pay-elements"）',
  'flows.config.modal': '跳转到 iframe 弹窗需要一个用于渲染的容器。',
  'flows.config.sdkUrl': 'SDK 地址 {url} 被拒绝：{reason}。',
  'flows.error.csp': '网站的 Content-Security-Policy 拦截了支付服务商的脚本 {url}。',
} satisfies Catalog<typeof flowsMessages>;
