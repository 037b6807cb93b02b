import type { Catalog } from '../../core/messages.js';
import type { glomoMessages } from '../../providers/glomo/glomo.messages.js';

/** The Glomo adapter's messages in Arabic. */
export default {
  'glomo.callback.missing': 'تم فتح هذه الصفحة دون نتيجة دفع من Glomo.',
  'glomo.callback.invalid': 'نتيجة الدفع من Glomo في هذا العنوان بصيغة غير صحيحة.',
  'glomo.callback.refused': 'تعذّر على المتجر التحقق من نتيجة الدفع ({reason}).',
  'glomo.payment.failed': 'فشل الدفع.',
  'glomo.response.invalid': 'أرسل خادم الدفع ردًّا ليس عملية دفع من Glomo.',
  'glomo.event.invalid': 'أرسل Glomo Checkout بيانات {event} بصيغة غير صحيحة.',
} satisfies Catalog<typeof glomoMessages>;
