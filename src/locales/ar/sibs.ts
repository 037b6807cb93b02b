import type { Catalog } from '../../core/messages.js';
import type { sibsMessages } from '../../providers/sibs/sibs.messages.js';

/** The SIBS adapter's messages in Arabic. */
export default {
  'sibs.error.network': 'تعذّر الوصول إلى نقطة الدفع في المتجر {url}: {reason}.',
  'sibs.error.timeout': 'لم تردّ نقطة الدفع في المتجر {url} خلال {seconds} ث.',
  'sibs.error.http': 'ردّت نقطة الدفع في المتجر {url} برمز HTTP {status}{detail}.',
  'sibs.error.json': 'لم تردّ نقطة الدفع في المتجر {url} بصيغة JSON.',
  'sibs.error.response': 'لم تردّ نقطة الدفع في المتجر {url} بـ{what} من SIBS ({reason}).',
  'sibs.what.mbway': 'عملية شراء عبر MB WAY',
  'sibs.what.multibanco': 'رقم مرجعي من Multibanco',
  'sibs.what.card': 'عملية شراء بالبطاقة',
  'sibs.declined': 'تم رفض الدفع.',
  'sibs.refused': 'تم رفض الدفع في تطبيق MB WAY.',
  'sibs.expired': 'انتهت صلاحية طلب الدفع.',
  'sibs.referenceExpired': 'انتهت صلاحية الرقم المرجعي من Multibanco قبل الدفع.',
  'sibs.failed': 'فشل الدفع ({status}).',
  'sibs.config.paymentUrl': '{element} يحتاج إلى payment-url: نقطة نهاية المتجر التي تبدأ الدفع (عنوان URL من نوع http(s)).',
  'sibs.config.statusUrl': '{element} يحتاج إلى status-url: قالب عنوان URL من نوع http(s) على خادم المتجر يتضمن {paymentId}.',
} satisfies Catalog<typeof sibsMessages>;
