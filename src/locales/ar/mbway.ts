import type { Catalog } from '../../core/messages.js';
import type { mbwayMessages } from '../../components/mbway/mbway.messages.js';

/** `<pay-mbway>` in Arabic. */
export default {
  'mbway.phone.label': 'رقم الجوال المرتبط بـ MB WAY',
  'mbway.phone.hint': 'رقم الجوال البرتغالي المرتبط بتطبيق MB WAY، مثل 912 345 678.',
  'mbway.phone.prefix': '+351',
  'mbway.submit': 'ادفع عبر MB WAY',
  'mbway.pending': 'جارٍ إرسال الطلب إلى جوالك…',
  'mbway.error.phone.required': 'يُرجى إدخال رقم الجوال المرتبط بـ MB WAY.',
  'mbway.error.phone.invalid_characters': 'يتكوّن رقم الجوال من أرقام ومسافات فقط، مع علامة + اختيارية في البداية.',
  'mbway.error.phone.country': 'يتطلب MB WAY رقم جوال برتغاليًا (+351).',
  'mbway.error.phone.not_mobile': 'يبدأ رقم الجوال البرتغالي بالرقم 9.',
  'mbway.error.phone.too_short': 'يتكوّن رقم الجوال البرتغالي من 9 أرقام.',
  'mbway.error.phone.too_long': 'يتكوّن رقم الجوال البرتغالي من 9 أرقام، وهذا الرقم أطول.',
  'mbway.waiting.title': 'وافِق على الدفع في تطبيق MB WAY',
  'mbway.waiting.body': 'أرسلنا طلب دفع إلى {phone}. افتح تطبيق MB WAY على ذلك الجوال ووافِق على الطلب.',
  'mbway.waiting.time': 'الوقت المتبقي للموافقة:',
  'mbway.waiting.announce': 'تم إرسال طلب الدفع إلى {phone}. وافِق عليه في تطبيق MB WAY خلال {time}.',
  'mbway.countdown.left': 'الوقت المتبقي للموافقة على الدفع: {time}.',
  'mbway.checking': 'جارٍ التحقق من الموافقة على الدفع…',
  'mbway.succeeded': 'تمت الموافقة على الدفع. شكرًا لك!',
  'mbway.refused': 'تم رفض الدفع في تطبيق MB WAY. يمكنك إرسال طلب جديد.',
  'mbway.expired': 'انتهت صلاحية طلب الدفع قبل الموافقة عليه. يمكنك إرسال طلب جديد.',
  'mbway.failed': 'تعذّر إتمام الدفع ({reason}). يمكنك إرسال طلب جديد.',
  'mbway.retry': 'تعذّر إرسال طلب الدفع. يُرجى المحاولة مرة أخرى.',
  'mbway.config.paymentUrl': '<pay-mbway> يحتاج إلى payment-url: نقطة نهاية المتجر التي تبدأ الدفع (عنوان URL من نوع http(s)).',
  'mbway.config.statusUrl': '<pay-mbway> يحتاج إلى status-url: قالب عنوان URL من نوع http(s) على خادم المتجر يتضمن {paymentId}.',
  'mbway.config.timeout': '<pay-mbway> timeout="{value}" ليس عددًا من الثواني بين 1 و3600.',
} satisfies Catalog<typeof mbwayMessages>;
