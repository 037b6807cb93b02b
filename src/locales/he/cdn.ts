import type { Catalog } from '../../core/messages.js';
import type { cdnMessages } from '../../cdn/cdn.messages.js';

/** The script-tag loader's messages in Hebrew. */
export default {
  'cdn.error.load': 'לא ניתן היה לטעון את <{tag}> מ־{url}: {reason}.',
  'cdn.error.unknownTag': '<{tag}> אינו רכיב של pay-elements.',
  'cdn.reason.failed': 'הקובץ לא נטען, או שאינו תואם את גיבוב ה־integrity שלו',
  'cdn.reason.csp': 'מדיניות Content-Security-Policy של האתר חסמה אותו (יש לאפשר את {origin} ב־script-src)',
  'cdn.reason.refused': 'נטענות רק כתובות https (או loopback)',
  'cdn.reason.unregistered': 'הקובץ רץ אבל לא הגדיר שום רכיב (האם הוא מגרסה אחרת של pay-elements?)',
  'cdn.reason.noBase': 'הכתובת של pay-elements.iife.js אינה ידועה (יש לטעון אותו עם <script src>)',
} satisfies Catalog<typeof cdnMessages>;
