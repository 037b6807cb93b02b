import type { Catalog } from '../../core/messages.js';
import type { multibancoMessages } from '../../components/multibanco/multibanco.messages.js';

/** `<pay-multibanco>` in Hebrew. */
export default {
  'multibanco.intro': 'תשלום עם אסמכתת Multibanco בכל כספומט של Multibanco או באפליקציה של הבנק.',
  'multibanco.start': 'קבלת אסמכתת Multibanco',
  'multibanco.starting': 'מנפיקים את האסמכתא…',
  'multibanco.details.title': 'פרטי התשלום ב־Multibanco',
  'multibanco.details.intro': 'בכספומט של Multibanco או באפליקציה של הבנק, יש לבחור "תשלום עבור שירותים" (Pagamento de serviços) ולהזין:',
  'multibanco.details.entity': 'ישות (Entidade)',
  'multibanco.details.reference': 'אסמכתא',
  'multibanco.details.amount': 'סכום',
  'multibanco.details.expiry': 'לתשלום עד',
  'multibanco.copy': 'העתקה',
  'multibanco.copy.label': 'העתקה: {detail}',
  'multibanco.copy.done': 'הועתק',
  'multibanco.copy.done.label': 'הועתק: {detail}',
  'multibanco.copy.announce': 'הועתק: {detail}.',
  'multibanco.copy.failed': 'לא ניתן היה להעתיק את {detail}. אפשר לסמן ולהעתיק ידנית.',
  'multibanco.issued.announce': 'אסמכתת Multibanco מוכנה: ישות {entity}, אסמכתא {reference}, {amount}, לתשלום עד {expiry}.',
  'multibanco.waiting': 'ממתינים לתשלום. אחרי התשלום, אישור מהבנק יכול לקחת מכמה דקות עד כמה ימים: אין צורך להשאיר את הדף הזה פתוח.',
  'multibanco.watching': 'בודקים אם התשלום התקבל…',
  'multibanco.stopped': 'האישור עדיין לא התקבל. זה תקין: זה יכול לקחת עד כמה ימים. אפשר לחזור מאוחר יותר, או לבדוק שוב עכשיו.',
  'multibanco.checkAgain': 'בדיקה חוזרת',
  'multibanco.succeeded': 'התשלום התקבל. תודה!',
  'multibanco.expired': 'תוקף האסמכתא פג לפני התשלום. אפשר לקבל אסמכתא חדשה.',
  'multibanco.failed': 'לא ניתן היה להשלים את התשלום ({reason}). אפשר לקבל אסמכתא חדשה.',
  'multibanco.retry': 'לא הצלחנו לקבל אסמכתת Multibanco. יש לנסות שוב.',
  'multibanco.newReference': 'קבלת אסמכתא חדשה',
  'multibanco.config.paymentUrl': '<pay-multibanco> דורש payment-url: נקודת הקצה של החנות שמנפיקה את האסמכתא (כתובת URL מסוג http(s)).',
  'multibanco.config.statusUrl': '<pay-multibanco> דורש status-url: תבנית כתובת URL מסוג http(s) בשרת החנות שמכילה את {paymentId}.',
  'multibanco.error.reference': 'נקודת הקצה לתשלום של החנות החזירה אסמכתת Multibanco שלא ניתן להציג את הסכום שלה ({amount}).',
} satisfies Catalog<typeof multibancoMessages>;
