import type { Catalog } from '../../core/messages.js';
import type { multibancoMessages } from '../../components/multibanco/multibanco.messages.js';

/** `<pay-multibanco>` in Simplified Chinese (mainland China). */
export default {
  'multibanco.intro': '使用 Multibanco 参考号，可在任意 Multibanco ATM 或您的银行应用中付款。',
  'multibanco.start': '获取 Multibanco 参考号',
  'multibanco.starting': '正在获取参考号……',
  'multibanco.details.title': 'Multibanco 付款信息',
  'multibanco.details.intro': '在 Multibanco ATM 或您的银行应用中，选择“服务缴费”（Pagamento de serviços），然后输入：',
  'multibanco.details.entity': '实体号（Entidade）',
  'multibanco.details.reference': '参考号（Referência）',
  'multibanco.details.amount': '金额',
  'multibanco.details.expiry': '付款截止时间',
  'multibanco.copy': '复制',
  'multibanco.copy.label': '复制{detail}',
  'multibanco.copy.done': '已复制',
  'multibanco.copy.done.label': '已复制{detail}',
  'multibanco.copy.announce': '{detail}已复制。',
  'multibanco.copy.failed': '无法复制{detail}。请选中后手动复制。',
  'multibanco.issued.announce': '您的 Multibanco 参考号已生成：实体号 {entity}，参考号 {reference}，金额 {amount}，请在 {expiry} 前付款。',
  'multibanco.waiting': '正在等待您的付款。付款后，银行确认可能需要几分钟到几天不等：您无需保持此页面打开。',
  'multibanco.watching': '正在查询您的付款……',
  'multibanco.stopped': '我们尚未收到确认。这很正常：最多可能需要几天。请稍后再来，或立即重新查询。',
  'multibanco.checkAgain': '重新查询',
  'multibanco.succeeded': '已收到付款，谢谢！',
  'multibanco.expired': '此参考号在付款前已过期。您可以获取新的参考号。',
  'multibanco.failed': '付款未能完成（{reason}）。您可以获取新的参考号。',
  'multibanco.retry': '未能获取 Multibanco 参考号，请重试。',
  'multibanco.newReference': '获取新的参考号',
  'multibanco.config.paymentUrl': '<pay-multibanco> 需要 payment-url：商家用于生成参考号的端点（http(s) URL）。',
  'multibanco.config.statusUrl': '<pay-multibanco> 需要 status-url：商家服务器上包含 {paymentId} 的 http(s) URL 模板。',
  'multibanco.error.reference': '商家的付款端点返回的 Multibanco 参考号金额无法显示（{amount}）。',
} satisfies Catalog<typeof multibancoMessages>;
