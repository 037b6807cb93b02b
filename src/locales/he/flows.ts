import type { Catalog } from '../../core/messages.js';
import type { flowsMessages } from '../../flows/flows.messages.js';

/** The flow primitives (modal, errors) in Hebrew. */
export default {
  'flows.modal.title': 'אישור התשלום',
  'flows.modal.close': 'סגירה',
  'flows.url.invalid': 'הכתובת אינה תקינה',
  'flows.url.scheme': 'אפשר לפתוח רק כתובות https',
  'flows.url.credentials': 'הכתובת כוללת שם משתמש או סיסמה',
  'flows.url.host': '{host} אינו אחד המארחים של ספק התשלום',
  'flows.error.url': 'ספק התשלום החזיר כתובת שהדף הזה לא יפתח: {reason}.',
  'flows.error.message': 'ספק התשלום שלח הודעה במבנה לא צפוי.',
  'flows.error.popupBlocked': 'הדפדפן חסם את חלון התשלום. יש לאפשר חלונות קופצים לאתר הזה, או לנסות שוב.',
  'flows.error.coopBlocked': 'חלון התשלום איבד את הקשר לדף הזה (Cross-Origin-Opener-Policy), ולכן תוצאת התשלום לא יכולה להגיע אליו.',
  'flows.error.timeout': 'התשלום לא אושר בזמן.',
  'flows.error.status': 'לא ניתן היה לקרוא את סטטוס התשלום ({reason}).',
  'flows.error.statusFormat': 'התשובה על סטטוס התשלום במבנה לא צפוי.',
  'flows.error.sdk': 'לא ניתן היה לטעון את הסקריפט של ספק התשלום {url}: {reason}.',
  'flows.sdk.timeout': 'אין תשובה תוך {seconds} שניות',
  'flows.sdk.failed': 'הוא חסר, מסוג תוכן שגוי, או שנכשל בבדיקת השלמות (integrity)',
  'flows.sdk.threw': 'הוא נכשל בזמן ההפעלה',
  'flows.sdk.missing': 'הוא לא מספק את {name}',
  'flows.sdk.notAllowed': 'זו אינה כתובת SDK מוגדרת',
  'flows.sdk.trustedTypes': 'Trusted Types דחה את כתובת הסקריפט (יש לאפשר את המדיניות "pay-elements")',
  'flows.config.modal': 'הפניה לתוך חלון ה־iframe הצף דורשת מכל (container) שבו הוא יוצג.',
  'flows.config.sdkUrl': 'כתובת ה־SDK {url} נדחתה: {reason}.',
  'flows.error.csp': 'מדיניות Content-Security-Policy של האתר חסמה את הסקריפט של ספק התשלום {url}.',
} satisfies Catalog<typeof flowsMessages>;
