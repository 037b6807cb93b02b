import type { Catalog } from '../../core/messages.js';
import type { doctorMessages } from '../../cli/doctor.messages.js';

/** The doctor’s terminal words in Simplified Chinese (mainland China). */
export default {
  'doctor.title': 'pay-elements doctor：{url}',
  'doctor.label.pass': '通过',
  'doctor.label.fail': '失败',
  'doctor.label.warn': '警告',
  'doctor.label.unknown': '未知',
  'doctor.headersUnreadable': '（无法读取响应头：各项响应头检查结果未知）',
  'doctor.note': '注：{note}',
  'doctor.missing': '{directive} 中缺少：{sources}',
  'doctor.fix.title': '修复（已合并到您当前的策略中）：',
  'doctor.coopFix.title': 'COOP 修复：',
  'doctor.how': '方法：{summary}',
  'doctor.fetchFailed': '无法获取 {url}：{reason}',
  'doctor.arg.unknown': '未知选项 {option}',
  'doctor.arg.unexpected': '意外的参数 {argument}',
  'doctor.arg.missingUrl': '缺少 <url>',
  'doctor.arg.timeout': '无效的 --timeout {value}：应为 1 到 120000 之间的整数毫秒数',
  'doctor.arg.lang': '无效的 --lang {value}：应为语言标记，例如 it、pt-PT 或 zh-CN',
  'doctor.usage.summary': '根据各支付服务商的要求，检查页面的 Cross-Origin-Opener-Policy 和 Content-Security-Policy（响应头和 <meta http-equiv>）。',
  'doctor.usage.provider': '{names}（可重复指定或以逗号分隔；默认：全部）',
  'doctor.usage.returnUrl': '弹窗收银台返回的页面（Glomo 的 callbackUrl）：同样检查其 COOP',
  'doctor.usage.timeout': '页面在此时间内无响应则放弃（默认 {ms}）',
  'doctor.usage.json': '以 JSON 格式输出报告（用于 CI）',
  'doctor.usage.lang': '报告语言（默认：LC_ALL、LC_MESSAGES 或 LANG，否则为英语）',
  'doctor.usage.exit': '退出码：0 无失败，1 有检查失败，2 参数错误，3 无法读取页面。',
} satisfies Catalog<typeof doctorMessages>;
