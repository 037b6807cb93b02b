import type { Catalog } from '../../core/messages.js';
import type { glomoMessages } from '../../providers/glomo/glomo.messages.js';

/** The Glomo adapter's messages in Hebrew. */
export default {
  'glomo.callback.missing': 'הדף הזה נפתח בלי תוצאת תשלום של Glomo.',
  'glomo.callback.invalid': 'תוצאת התשלום של Glomo בכתובת הזו פגומה.',
  'glomo.callback.refused': 'החנות לא הצליחה לאמת את תוצאת התשלום ({reason}).',
  'glomo.payment.failed': 'התשלום נכשל.',
  'glomo.response.invalid': 'שרת התשלומים שלח תשובה שאינה תשלום של Glomo.',
  'glomo.event.invalid': 'Glomo Checkout שלח נתוני {event} פגומים.',
} satisfies Catalog<typeof glomoMessages>;
