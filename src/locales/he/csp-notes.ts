import type { Catalog } from '../../core/messages.js';
import type { cspNotesMessages } from '../../diagnostics/csp-notes.messages.js';

/** Where Chromium departs from the CSP3 text, in Hebrew. */
export default {
  'diagnostics.chromium.upgradeKeepsPort':
    'Chromium לא מאפשר למקור http:// עם פורט לאשר https:// באותו פורט (הוא משדרג רק פורטים ברירת מחדל, ובמסגרות ובשליחת טפסים אפילו לא :443 מפורש); מפרט CSP מאפשר זאת, וייתכן שגם דפדפנים אחרים. יש לרשום את מקור ה־https:// עצמו.',
  'diagnostics.chromium.upgrade80To443':
    'Chromium מאפשר למקור http://host:80 לאשר https://host (פורט 443), כמו Firefox ו־Safari, אבל מפרט CSP לא, ולכן דפדפן מחמיר יותר עלול לחסום אותו. יש לרשום את מקור ה־https:// עצמו.',
  'diagnostics.chromium.sourceQueryIgnored':
    'Chromium מתעלם מה־query או מה־fragment במקור ({directive}); לפי מפרט CSP מקור כזה אינו תקין, ודפדפנים אחרים עלולים להתעלם מהמקור כולו. יש להסיר את החלק ?… או #….',
  'diagnostics.chromium.metaCommaSplit':
    'Chromium קורא את הפסיק ב־Content-Security-Policy שבתג <meta> כתחילת מדיניות שנייה; מפרט CSP ודפדפנים אחרים קוראים מדיניות אחת. יש להשתמש בתג <meta> אחד לכל מדיניות, בלי פסיקים.',
} satisfies Catalog<typeof cspNotesMessages>;
