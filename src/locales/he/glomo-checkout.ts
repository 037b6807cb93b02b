import type { Catalog } from '../../core/messages.js';
import type { glomoCheckoutMessages } from '../../components/glomo-checkout/glomo-checkout.messages.js';

/** `<pay-glomo-checkout>` in Hebrew. */
export default {
  'glomoCheckout.pay': 'לתשלום',
  'glomoCheckout.preparing': 'מכינים את התשלום…',
  'glomoCheckout.opened': 'חלון התשלום פתוח. יש להשלים בו את התשלום.',
  'glomoCheckout.retry': 'פתיחת חלון התשלום',
  'glomoCheckout.redirect': 'המשך במצב הפניה',
  'glomoCheckout.succeeded': 'התשלום אושר.',
  'glomoCheckout.failed': 'התשלום נכשל: {message}',
  'glomoCheckout.pending': 'פרטי ההעברה התקבלו. התשלום עדיין לא אושר.',
  'glomoCheckout.cancelled': 'התשלום בוטל.',
  'glomoCheckout.coop.offer': 'אפשר להמשיך במצב הפניה: התוצאה תחזור אז דרך דף החזרה של החנות.',
  'glomoCheckout.coop.callbackHint': 'או להשתמש במצב הפניה (callback-url ו־mode="redirect") כדי שהתוצאה תחזור דרך דף החזרה של החנות.',
  'glomoCheckout.config.publicKey': '<pay-glomo-checkout> נדרש public-key: המפתח הציבורי מלוח הבקרה של Glomo.',
  'glomoCheckout.config.secretKey': '<pay-glomo-checkout> public-key מכיל מפתח סודי (sk_…). מפתחות סודיים לעולם לא שייכים לדפדפן: יש להשתמש במפתח הציבורי, ולהחליף את המפתח הסודי הזה עכשיו.',
  'glomoCheckout.config.orderId': '<pay-glomo-checkout> דורש order-id (ההזמנה שהשרת שלך יצר) או order-url (נקודת הקצה שלך שיוצרת אותה).',
  'glomoCheckout.config.orderUrl': '<pay-glomo-checkout> order-url {url} אינו כתובת http(s).',
  'glomoCheckout.config.callbackUrl': '<pay-glomo-checkout> callback-url {url} חייב להיות כתובת https (http רק במארח loopback).',
  'glomoCheckout.config.mode': '<pay-glomo-checkout> mode="redirect" דורש callback-url: הנתיב של החנות שמאמת את התוצאה.',
  'glomoCheckout.config.sdk': 'Glomo Checkout דחה את האפשרויות שלו: {reason}',
  'glomoCheckout.error.order': 'החנות לא הצליחה ליצור את ההזמנה ({reason}).',
  'glomoCheckout.error.orderFormat': 'נקודת הקצה להזמנות של החנות ענתה בלי order_id.',
  'glomoCheckout.error.open': 'Glomo Checkout לא הצליח לפתוח את החלון שלו: {reason}',
  'glomoCheckout.error.sdkExport': 'הסקריפט של Glomo Checkout {url} לא מספק את המחלקה GlomoCheckoutApi.',
} satisfies Catalog<typeof glomoCheckoutMessages>;
