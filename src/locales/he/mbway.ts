import type { Catalog } from '../../core/messages.js';
import type { mbwayMessages } from '../../components/mbway/mbway.messages.js';

/** `<pay-mbway>` in Hebrew. */
export default {
  'mbway.phone.label': 'מספר הטלפון ב־MB WAY',
  'mbway.phone.hint': 'מספר הנייד הפורטוגלי שמקושר לאפליקציית MB WAY, למשל 912 345 678.',
  'mbway.phone.prefix': '+351',
  'mbway.submit': 'תשלום ב־MB WAY',
  'mbway.pending': 'שולחים את הבקשה לטלפון שלך…',
  'mbway.error.phone.required': 'יש להזין את מספר הטלפון ב־MB WAY.',
  'mbway.error.phone.invalid_characters': 'מספר טלפון מכיל רק ספרות, רווחים ו־+ בהתחלה.',
  'mbway.error.phone.country': 'ל־MB WAY נדרש מספר נייד פורטוגלי (+351).',
  'mbway.error.phone.not_mobile': 'מספר נייד פורטוגלי מתחיל ב־9.',
  'mbway.error.phone.too_short': 'מספר נייד פורטוגלי מכיל 9 ספרות.',
  'mbway.error.phone.too_long': 'מספר נייד פורטוגלי מכיל 9 ספרות; במספר הזה יש יותר.',
  'mbway.waiting.title': 'יש לאשר את התשלום באפליקציית MB WAY',
  'mbway.waiting.body': 'שלחנו בקשת תשלום אל {phone}. יש לפתוח את אפליקציית MB WAY בטלפון הזה ולאשר אותה.',
  'mbway.waiting.time': 'הזמן שנותר לאישור:',
  'mbway.waiting.announce': 'בקשת התשלום נשלחה אל {phone}. יש לאשר אותה באפליקציית MB WAY בתוך {time}.',
  'mbway.countdown.left': 'הזמן שנותר לאישור התשלום: {time}.',
  'mbway.checking': 'בודקים אם התשלום אושר…',
  'mbway.succeeded': 'התשלום אושר. תודה!',
  'mbway.refused': 'התשלום נדחה באפליקציית MB WAY. אפשר לשלוח בקשה חדשה.',
  'mbway.expired': 'תוקף בקשת התשלום פג לפני שאושרה. אפשר לשלוח בקשה חדשה.',
  'mbway.failed': 'לא ניתן היה להשלים את התשלום ({reason}). אפשר לשלוח בקשה חדשה.',
  'mbway.retry': 'לא ניתן היה לשלוח את בקשת התשלום. יש לנסות שוב.',
  'mbway.config.paymentUrl': '<pay-mbway> דורש payment-url: נקודת הקצה של החנות שמתחילה את התשלום (כתובת URL מסוג http(s)).',
  'mbway.config.statusUrl': '<pay-mbway> דורש status-url: תבנית כתובת URL מסוג http(s) בשרת החנות שמכילה את {paymentId}.',
  'mbway.config.timeout': '<pay-mbway> timeout="{value}" אינו מספר שניות בין 1 ל־3600.',
} satisfies Catalog<typeof mbwayMessages>;
