import type { Catalog } from '../../core/messages.js';
import type { sibsMessages } from '../../providers/sibs/sibs.messages.js';

/** The SIBS adapter's messages in Hebrew. */
export default {
  'sibs.error.network': 'אין גישה לנקודת הקצה לתשלום של החנות {url}: {reason}.',
  'sibs.error.timeout': 'נקודת הקצה לתשלום של החנות {url} לא ענתה תוך {seconds} שניות.',
  'sibs.error.http': 'נקודת הקצה לתשלום של החנות {url} החזירה HTTP {status}{detail}.',
  'sibs.error.json': 'נקודת הקצה לתשלום של החנות {url} לא החזירה JSON.',
  'sibs.error.response': 'נקודת הקצה לתשלום של החנות {url} לא החזירה {what} של SIBS ({reason}).',
  'sibs.what.mbway': 'רכישת MB WAY',
  'sibs.what.multibanco': 'אסמכתת Multibanco',
  'sibs.what.card': 'רכישה בכרטיס',
  'sibs.declined': 'התשלום נדחה.',
  'sibs.refused': 'התשלום נדחה באפליקציית MB WAY.',
  'sibs.expired': 'תוקף בקשת התשלום פג.',
  'sibs.referenceExpired': 'תוקף אסמכתת Multibanco פג לפני התשלום.',
  'sibs.failed': 'התשלום נכשל ({status}).',
  'sibs.config.paymentUrl': '{element} דורש payment-url: נקודת הקצה של החנות שמתחילה את התשלום (כתובת URL מסוג http(s)).',
  'sibs.config.statusUrl': '{element} דורש status-url: תבנית כתובת URL מסוג http(s) בשרת החנות שמכילה את {paymentId}.',
} satisfies Catalog<typeof sibsMessages>;
