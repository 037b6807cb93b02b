import type { Catalog } from '../../core/messages.js';
import type { cspNotesMessages } from '../../diagnostics/csp-notes.messages.js';

/** The notes on where Chromium departs from the CSP3 text in Simplified Chinese (mainland China). */
export default {
  'diagnostics.chromium.upgradeKeepsPort': 'Chromium 不允许带端口的 http:// 源放行该端口上的 https://（它只升级默认端口，对于框架和表单提交，即使显式写明 :443 也不升级）；CSP 规范允许这样做，其他浏览器也可能允许。请直接列出 https:// 源。',
  'diagnostics.chromium.upgrade80To443': 'Chromium 允许 http://host:80 源放行 https://host（端口 443），Firefox 和 Safari 也是如此，但 CSP 规范不允许，因此更严格的浏览器可能会拦截。请直接列出 https:// 源。',
  'diagnostics.chromium.sourceQueryIgnored': 'Chromium 会忽略源中的查询或片段（{directive}）；CSP 规范认为这样的源无效，其他浏览器可能会忽略整个源。请删除 ?… 或 #… 部分。',
  'diagnostics.chromium.metaCommaSplit': 'Chromium 会把 <meta> Content-Security-Policy 中的逗号视为第二条策略的开始；CSP 规范和其他浏览器则视为一条策略。请每条策略使用一个 <meta> 标签，且不要使用逗号。',
} satisfies Catalog<typeof cspNotesMessages>;
