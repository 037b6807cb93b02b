import type { Catalog } from '../../core/messages.js';
import type { payglobeCheckoutMessages } from '../../components/payglobe-checkout/payglobe-checkout.messages.js';

/** `<pay-payglobe-checkout>` in Arabic. */
export default {
  'payglobeCheckout.pay': 'ادفع {amount}',
  'payglobeCheckout.payPlain': 'ادفع',
  'payglobeCheckout.payAgain': 'إعادة المحاولة',
  'payglobeCheckout.checkoutLabel': 'صفحة الدفع من PayGlobe',
  'payglobeCheckout.preparing': 'جارٍ تجهيز الدفع…',
  'payglobeCheckout.opened': 'صفحة الدفع من PayGlobe مفتوحة أدناه. أكمِل الدفع فيها.',
  'payglobeCheckout.redirecting': 'جارٍ نقلك إلى صفحة الدفع من PayGlobe…',
  'payglobeCheckout.confirming': 'جارٍ تأكيد الدفع…',
  'payglobeCheckout.succeeded': 'تمت الموافقة على الدفع: {amount}.',
  'payglobeCheckout.succeededPlain': 'تمت الموافقة على الدفع.',
  'payglobeCheckout.succeededSplit': 'تمت الموافقة على الدفع: {card} بالبطاقة و{voucher} بقسائم الوجبات.',
  'payglobeCheckout.failed': 'فشل الدفع: {message}',
  'payglobeCheckout.cancelled': 'تم إلغاء الدفع.',
  'payglobeCheckout.error': 'تعذّر إتمام الدفع: {message}',
  'payglobeCheckout.config.publishableKey': '<pay-payglobe-checkout> publishable-key يجب أن يكون المفتاح القابل للنشر من PayGlobe (pk_test_… أو pk_live_…).',
  'payglobeCheckout.config.secretKey': '<pay-payglobe-checkout> publishable-key يحتوي على مفتاح سري (sk_…). لا مكان للمفاتيح السرية في المتصفح: استخدم المفتاح القابل للنشر (pk_…)، وغيِّر هذا المفتاح السري فورًا.',
  'payglobeCheckout.config.amount': '<pay-payglobe-checkout> amount "{amount}" ليس عددًا صحيحًا موجبًا من الوحدات الصغرى لـ {currency} (15000 EUR = 150.00 €).',
  'payglobeCheckout.config.email': '<pay-payglobe-checkout> email يجب أن يكون البريد الإلكتروني للمتسوّق (ترسل PayGlobe الإيصال إليه).',
  'payglobeCheckout.config.mode': '<pay-payglobe-checkout> mode "{mode}" ليس "iframe" ولا "redirect".',
  'payglobeCheckout.config.scriptUrl': '<pay-payglobe-checkout> script-url {url} مرفوض: {reason}.',
  'payglobeCheckout.error.sdk': 'لا يوفّر payglobe.js عميل PayGlobe قابلًا للاستخدام ({reason}).',
  'payglobeCheckout.error.create': 'تعذّر على PayGlobe إنشاء الدفع: {reason}',
  'payglobeCheckout.error.open': 'تعذّر على PayGlobe فتح صفحة الدفع: {reason}',
  'payglobeCheckout.error.retrieve': 'لم تردّ PayGlobe بحالة الدفع: {reason}',
} satisfies Catalog<typeof payglobeCheckoutMessages>;
