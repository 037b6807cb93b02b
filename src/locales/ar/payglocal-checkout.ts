import type { Catalog } from '../../core/messages.js';
import type { payglocalCheckoutMessages } from '../../components/payglocal-checkout/payglocal-checkout.messages.js';

/** `<pay-payglocal-checkout>` in Arabic. */
export default {
  'payglocalCheckout.pay': 'ادفع',
  'payglocalCheckout.preparing': 'جارٍ تجهيز الدفع…',
  'payglocalCheckout.leaving': 'جارٍ نقلك إلى صفحة الدفع الآمنة من PayGlocal…',
  'payglocalCheckout.error.http': 'تعذّر على المتجر بدء الدفع ({reason}).',
  'payglocalCheckout.error.httpStatus': 'رمز HTTP {status}',
  'payglocalCheckout.error.network': 'تعذّر الوصول إلى المتجر. يُرجى التحقق من الاتصال والمحاولة مرة أخرى.',
  'payglocalCheckout.error.timeout': 'لم يردّ المتجر في الوقت المحدد. يُرجى المحاولة مرة أخرى.',
  'payglocalCheckout.error.format': 'ردّ المتجر لا يحدد مكان الدفع.',
  'payglocalCheckout.config.paymentUrl': '<pay-payglocal-checkout> payment-url مطلوب: نقطة النهاية لديك التي تبدأ الدفع وتردّ بـ { redirectUrl }.',
  'payglocalCheckout.config.paymentUrlInvalid': '<pay-payglocal-checkout> payment-url {url} ليس عنوان http(s).',
  'payglocalCheckout.config.returnUrl': '<pay-payglocal-checkout> return-url {url} ليس عنوان http(s).',
  'payglocalCheckout.config.amount': '<pay-payglocal-checkout> amount يجب أن يكون عددًا صحيحًا من الوحدات الصغرى (15000 تعني 150.00).',
  'payglocalCheckout.config.currency': '<pay-payglocal-checkout> currency يجب أن يكون رمزًا من ثلاثة أحرف وفق ISO 4217 مثل INR.',
} satisfies Catalog<typeof payglocalCheckoutMessages>;
