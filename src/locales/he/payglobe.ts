import type { Catalog } from '../../core/messages.js';
import type { payglobeMessages } from '../../providers/payglobe/payglobe.messages.js';

/** The PayGlobe adapter's messages in Hebrew. */
export default {
  'payglobe.response.invalid': 'PayGlobe שלחה תשלום במבנה לא צפוי.',
  'payglobe.response.amounts': 'PayGlobe שלחה סכומים שאינם סכומים מדויקים ב־{currency} או שאינם מסתכמים לסך הכול.',
  'payglobe.response.mismatch': 'PayGlobe ענתה עם תשלום אחר ({reason}) מזה שהדף הזה התחיל.',
  'payglobe.return.invalid': 'הדף הזה נפתח עם אסמכתת תשלום פגומה של PayGlobe.',
  'payglobe.message.invalid': 'עמוד התשלום של PayGlobe שלח הודעה פגומה.',
  'payglobe.failed.CARD_PREAUTH_FAILED': 'הכרטיס נדחה.',
  'payglobe.failed.VOUCHER_FAILED': 'לא ניתן היה להשתמש בתווי הארוחה.',
  'payglobe.failed.CARD_CAPTURE_FAILED': 'לא ניתן היה לחייב את הכרטיס. מסגרת שנתפסה בכרטיס, אם יש, תשוחרר.',
  'payglobe.failed.FAILED': 'התשלום נכשל.',
  'payglobe.failed.EXPIRED': 'תוקף קישור התשלום פג.',
} satisfies Catalog<typeof payglobeMessages>;
