import type { Catalog } from '../../core/messages.js';
import type { cdnMessages } from '../../cdn/cdn.messages.js';

/** The script-tag loader in Simplified Chinese (mainland China). */
export default {
  'cdn.error.load': '无法从 {url} 加载 <{tag}>：{reason}。',
  'cdn.error.unknownTag': '<{tag}> 不是 pay-elements 元素。',
  'cdn.reason.failed': '文件未加载，或与其完整性哈希不匹配',
  'cdn.reason.csp': '被网站的 Content-Security-Policy 拦截（请在 script-src 中允许 {origin}）',
  'cdn.reason.refused': '只加载 https（或环回）地址',
  'cdn.reason.unregistered': '文件已运行但未定义任何内容（是否来自其他版本的 pay-elements？）',
  'cdn.reason.noBase': 'pay-elements.iife.js 的地址未知（请用 <script src> 加载）',
} satisfies Catalog<typeof cdnMessages>;
