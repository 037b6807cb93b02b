import type { Catalog } from '../../core/messages.js';
import type { cardPaymentMessages } from '../../components/card-payment/card-payment.messages.js';

/** `<pay-card-payment>` in Arabic. */
export default {
  'cardPayment.modal.title': 'أكِّد الدفع لدى البنك',
  'cardPayment.waiting.newTab': 'أكمِل الدفع في علامة التبويب الجديدة. ستُحدَّث هذه الصفحة تلقائيًا.',
  'cardPayment.waiting.host': 'بانتظار تأكيد البنك…',
  'cardPayment.succeeded': 'تم الدفع بنجاح. شكرًا لك!',
  'cardPayment.cancelled': 'تم إلغاء الدفع. بيانات بطاقتك لا تزال هنا إذا أردت المحاولة مرة أخرى.',
  'cardPayment.declined': 'تم رفض الدفع: {reason}',
  'cardPayment.declined.generic': 'تم رفض الدفع. يُرجى المحاولة مرة أخرى أو استخدام بطاقة أخرى.',
  'cardPayment.retry': 'تعذّر إتمام الدفع. يُرجى المحاولة مرة أخرى.',
  'cardPayment.error.network': '<pay-card-payment>: تعذّر الوصول إلى payment-url {url}: {reason}.',
  'cardPayment.error.http': '<pay-card-payment>: ردّ payment-url {url} برمز HTTP {status}{detail}.',
  'cardPayment.error.json': '<pay-card-payment>: لم يردّ payment-url {url} بصيغة JSON.',
  'cardPayment.error.response': '<pay-card-payment>: لم يردّ payment-url {url} بعملية دفع من Glomo ({reason}).',
  'cardPayment.error.action': '<pay-card-payment>: طلبت SIBS خطوة 3-D Secure لا تستطيع هذه الصفحة تنفيذها ({type}).',
  'cardPayment.config.provider': '<pay-card-payment> provider="{provider}" غير مدعوم: استخدم "glomo" أو "sibs".',
  'cardPayment.config.paymentUrl': '<pay-card-payment> يحتاج إلى payment-url: نقطة نهاية المتجر التي تبدأ الدفع (عنوان URL من نوع http(s)).',
  'cardPayment.config.statusUrl': '<pay-card-payment> يحتاج إلى status-url: قالب عنوان URL من نوع http(s) على خادم المتجر يتضمن {paymentId}.',
  'cardPayment.config.redirect': '<pay-card-payment> redirect="{value}" ليس أحد الخيارات iframe أو new-tab أو same-tab أو host.',
} satisfies Catalog<typeof cardPaymentMessages>;
