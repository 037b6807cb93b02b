import type { Catalog } from '../../core/messages.js';
import type { cardPaymentMessages } from '../../components/card-payment/card-payment.messages.js';

/** `<pay-card-payment>` in Hebrew. */
export default {
  'cardPayment.modal.title': 'אישור התשלום מול הבנק',
  'cardPayment.waiting.newTab': 'יש להשלים את התשלום בכרטיסייה החדשה. הדף הזה יתעדכן אוטומטית.',
  'cardPayment.waiting.host': 'ממתינים לאישור מהבנק…',
  'cardPayment.succeeded': 'התשלום בוצע. תודה!',
  'cardPayment.cancelled': 'התשלום בוטל. פרטי הכרטיס עדיין כאן, אם רוצים לנסות שוב.',
  'cardPayment.declined': 'התשלום נדחה: {reason}',
  'cardPayment.declined.generic': 'התשלום נדחה. אפשר לנסות שוב או להשתמש בכרטיס אחר.',
  'cardPayment.retry': 'לא ניתן היה להשלים את התשלום. יש לנסות שוב.',
  'cardPayment.error.network': '<pay-card-payment>: אין גישה ל־payment-url {url}: {reason}.',
  'cardPayment.error.http': '<pay-card-payment>: payment-url {url} החזיר HTTP {status}{detail}.',
  'cardPayment.error.json': '<pay-card-payment>: payment-url {url} לא החזיר JSON.',
  'cardPayment.error.response': '<pay-card-payment>: payment-url {url} לא החזיר תשלום של Glomo ({reason}).',
  'cardPayment.error.action': '<pay-card-payment>: SIBS ביקשה שלב 3-D Secure שהדף הזה לא יכול לבצע ({type}).',
  'cardPayment.config.provider': '<pay-card-payment> provider="{provider}" אינו נתמך: יש להשתמש ב־"glomo" או ב־"sibs".',
  'cardPayment.config.paymentUrl': '<pay-card-payment> דורש payment-url: נקודת הקצה של החנות שמתחילה את התשלום (כתובת URL מסוג http(s)).',
  'cardPayment.config.statusUrl': '<pay-card-payment> דורש status-url: תבנית כתובת URL מסוג http(s) בשרת החנות שמכילה את {paymentId}.',
  'cardPayment.config.redirect': '<pay-card-payment> redirect="{value}" אינו אחד מהערכים iframe, new-tab, same-tab, host.',
} satisfies Catalog<typeof cardPaymentMessages>;
