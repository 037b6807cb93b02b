import type { Catalog } from '../../core/messages.js';
import type { cdnMessages } from '../../cdn/cdn.messages.js';

/** The script-tag loader's messages in Arabic. */
export default {
  'cdn.error.load': 'تعذّر تحميل <{tag}> من {url}: {reason}.',
  'cdn.error.unknownTag': '<{tag}> ليس عنصرًا من pay-elements.',
  'cdn.reason.failed': 'لم يُحمَّل الملف، أو لا يطابق بصمة التحقق من سلامته (integrity)',
  'cdn.reason.csp': 'حظرته سياسة Content-Security-Policy للموقع (اسمح بـ {origin} في script-src)',
  'cdn.reason.refused': 'لا تُحمَّل إلا عناوين https (أو loopback)',
  'cdn.reason.unregistered': 'نُفِّذ الملف لكنه لم يعرّف أي عنصر (هل هو من إصدار آخر من pay-elements؟)',
  'cdn.reason.noBase': 'عنوان pay-elements.iife.js غير معروف (حمِّله عبر <script src>)',
} satisfies Catalog<typeof cdnMessages>;
