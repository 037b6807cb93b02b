import type { Catalog } from '../../core/messages.js';
import type { doctorMessages } from '../../cli/doctor.messages.js';

/** `npx pay-elements doctor` in Hebrew. */
export default {
  'doctor.title': 'אבחון pay-elements: {url}',
  'doctor.label.pass': 'תקין',
  'doctor.label.fail': 'נכשל',
  'doctor.label.warn': 'אזהרה',
  'doctor.label.unknown': '????',
  'doctor.headersUnreadable': '(לא ניתן היה לקרוא את כותרות התגובה: תוצאות בדיקות הכותרות אינן ידועות)',
  'doctor.note': 'הערה: {note}',
  'doctor.missing': 'חסר ב־{directive}: {sources}',
  'doctor.fix.title': 'תיקון (משולב במדיניות הנוכחית שלך):',
  'doctor.coopFix.title': 'תיקון COOP:',
  'doctor.how': 'איך: {summary}',
  'doctor.fetchFailed': 'לא ניתן היה לטעון את {url}: {reason}',
  'doctor.arg.unknown': 'אפשרות לא מוכרת {option}',
  'doctor.arg.unexpected': 'ארגומנט לא צפוי {argument}',
  'doctor.arg.missingUrl': 'חסר <url>',
  'doctor.arg.timeout': 'ערך --timeout לא תקין {value}: מספר שלם של אלפיות שנייה בין 1 ל־120000',
  'doctor.arg.lang': 'ערך --lang לא תקין {value}: תג שפה כמו it, pt-PT או zh-CN',
  'doctor.usage.summary':
    'בודק את Cross-Origin-Opener-Policy ואת Content-Security-Policy של דף (כותרות ו־<meta http-equiv>) מול מה שכל ספק תשלום צריך.',
  'doctor.usage.provider': '{names} (אפשר לחזור על האפשרות, או להפריד בפסיקים; ברירת מחדל: כולם)',
  'doctor.usage.returnUrl': 'הדף שאליו חוזר חלון התשלום הקופץ (ה־callbackUrl של Glomo): גם ה־COOP שלו נבדק',
  'doctor.usage.timeout': 'ויתור על דף שלא עונה בתוך הזמן הזה (ברירת מחדל {ms})',
  'doctor.usage.json': 'הדפסת הדוח כ־JSON (עבור CI)',
  'doctor.usage.lang': 'שפת הדוח (ברירת מחדל: LC_ALL, LC_MESSAGES או LANG, אחרת אנגלית)',
  'doctor.usage.exit': 'קודי יציאה: 0 אין כשל, 1 בדיקה נכשלה, 2 ארגומנטים שגויים, 3 לא ניתן היה לקרוא את הדף.',
} satisfies Catalog<typeof doctorMessages>;
