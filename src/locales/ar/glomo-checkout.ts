import type { Catalog } from '../../core/messages.js';
import type { glomoCheckoutMessages } from '../../components/glomo-checkout/glomo-checkout.messages.js';

/** `<pay-glomo-checkout>` in Arabic. */
export default {
  'glomoCheckout.pay': 'ادفع',
  'glomoCheckout.preparing': 'جارٍ تجهيز الدفع…',
  'glomoCheckout.opened': 'نافذة الدفع مفتوحة. أكمِل الدفع فيها.',
  'glomoCheckout.retry': 'افتح نافذة الدفع',
  'glomoCheckout.redirect': 'المتابعة بوضع إعادة التوجيه',
  'glomoCheckout.succeeded': 'تمت الموافقة على الدفع.',
  'glomoCheckout.failed': 'فشل الدفع: {message}',
  'glomoCheckout.pending': 'تم استلام تفاصيل التحويل. لم يتم تأكيد الدفع بعد.',
  'glomoCheckout.cancelled': 'تم إلغاء الدفع.',
  'glomoCheckout.coop.offer': 'يمكنك المتابعة بوضع إعادة التوجيه: تصل النتيجة حينها عبر صفحة العودة في المتجر.',
  'glomoCheckout.coop.callbackHint': 'أو استخدم وضع إعادة التوجيه (callback-url وmode="redirect") لتصل النتيجة عبر صفحة العودة في المتجر.',
  'glomoCheckout.config.publicKey': '<pay-glomo-checkout> public-key مطلوب: المفتاح العام من لوحة تحكم Glomo.',
  'glomoCheckout.config.secretKey': '<pay-glomo-checkout> public-key يحتوي على مفتاح سري (sk_…). لا مكان للمفاتيح السرية في المتصفح: استخدم المفتاح العام، وغيِّر هذا المفتاح السري فورًا.',
  'glomoCheckout.config.orderId': '<pay-glomo-checkout> يحتاج إلى order-id (الطلب الذي أنشأه خادمك) أو order-url (نقطة النهاية لديك التي تنشئه).',
  'glomoCheckout.config.orderUrl': '<pay-glomo-checkout> order-url {url} ليس عنوان http(s).',
  'glomoCheckout.config.callbackUrl': '<pay-glomo-checkout> callback-url {url} يجب أن يكون عنوان https (يُسمح بـ http على مضيف loopback فقط).',
  'glomoCheckout.config.mode': '<pay-glomo-checkout> mode="redirect" يحتاج إلى callback-url: مسار المتجر الذي يتحقق من النتيجة.',
  'glomoCheckout.config.sdk': 'رفض Glomo Checkout خياراته: {reason}',
  'glomoCheckout.error.order': 'تعذّر على المتجر إنشاء الطلب ({reason}).',
  'glomoCheckout.error.orderFormat': 'ردّت نقطة الطلبات في المتجر دون order_id.',
  'glomoCheckout.error.open': 'تعذّر على Glomo Checkout فتح نافذته: {reason}',
  'glomoCheckout.error.sdkExport': 'سكربت Glomo Checkout {url} لا يوفّر الصنف GlomoCheckoutApi.',
} satisfies Catalog<typeof glomoCheckoutMessages>;
