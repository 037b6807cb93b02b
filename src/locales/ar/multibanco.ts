import type { Catalog } from '../../core/messages.js';
import type { multibancoMessages } from '../../components/multibanco/multibanco.messages.js';

/** `<pay-multibanco>` in Arabic. */
export default {
  'multibanco.intro': 'ادفع برقم مرجعي من Multibanco في أي صراف آلي من Multibanco أو في تطبيق البنك.',
  'multibanco.start': 'احصل على رقم مرجعي من Multibanco',
  'multibanco.starting': 'جارٍ إصدار الرقم المرجعي…',
  'multibanco.details.title': 'تفاصيل الدفع عبر Multibanco',
  'multibanco.details.intro': 'في صراف Multibanco الآلي أو في تطبيق البنك، اختر «دفع الخدمات» (Pagamento de serviços) وأدخل:',
  'multibanco.details.entity': 'رقم الجهة (Entidade)',
  'multibanco.details.reference': 'الرقم المرجعي',
  'multibanco.details.amount': 'المبلغ',
  'multibanco.details.expiry': 'الدفع قبل',
  'multibanco.copy': 'نسخ',
  'multibanco.copy.label': 'نسخ {detail}',
  'multibanco.copy.done': 'تم النسخ',
  'multibanco.copy.done.label': 'تم النسخ: {detail}',
  'multibanco.copy.announce': 'تم نسخ {detail}.',
  'multibanco.copy.failed': 'تعذّر نسخ {detail}. يُرجى تحديده ونسخه يدويًا.',
  'multibanco.issued.announce': 'الرقم المرجعي من Multibanco جاهز: رقم الجهة {entity}، الرقم المرجعي {reference}، المبلغ {amount}، يُدفع قبل {expiry}.',
  'multibanco.waiting': 'بانتظار الدفع. بعد الدفع، قد يستغرق تأكيده من البنك من بضع دقائق إلى بضعة أيام: لا حاجة لإبقاء هذه الصفحة مفتوحة.',
  'multibanco.watching': 'جارٍ التحقق من الدفع…',
  'multibanco.stopped': 'لم يصلنا التأكيد بعد، وهذا أمر طبيعي: قد يستغرق الأمر بضعة أيام. يُرجى العودة لاحقًا أو التحقق مرة أخرى الآن.',
  'multibanco.checkAgain': 'التحقق مرة أخرى',
  'multibanco.succeeded': 'تم استلام الدفعة. شكرًا لك!',
  'multibanco.expired': 'انتهت صلاحية هذا الرقم المرجعي قبل الدفع. يمكنك الحصول على رقم جديد.',
  'multibanco.failed': 'تعذّر إتمام الدفع ({reason}). يمكنك الحصول على رقم مرجعي جديد.',
  'multibanco.retry': 'تعذّر الحصول على رقم مرجعي من Multibanco. يُرجى المحاولة مرة أخرى.',
  'multibanco.newReference': 'احصل على رقم مرجعي جديد',
  'multibanco.config.paymentUrl': '<pay-multibanco> يحتاج إلى payment-url: نقطة نهاية المتجر التي تُصدر الرقم المرجعي (عنوان URL من نوع http(s)).',
  'multibanco.config.statusUrl': '<pay-multibanco> يحتاج إلى status-url: قالب عنوان URL من نوع http(s) على خادم المتجر يتضمن {paymentId}.',
  'multibanco.error.reference': 'ردّت نقطة الدفع في المتجر برقم مرجعي من Multibanco لا يمكن عرض مبلغه ({amount}).',
} satisfies Catalog<typeof multibancoMessages>;
