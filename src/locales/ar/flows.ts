import type { Catalog } from '../../core/messages.js';
import type { flowsMessages } from '../../flows/flows.messages.js';

/** The flow primitives (modal, errors) in Arabic. */
export default {
  'flows.modal.title': 'أكِّد الدفع',
  'flows.modal.close': 'إغلاق',
  'flows.url.invalid': 'العنوان غير صالح',
  'flows.url.scheme': 'لا يمكن فتح إلا عناوين https',
  'flows.url.credentials': 'العنوان يتضمن اسم مستخدم أو كلمة مرور',
  'flows.url.host': '{host} ليس من مضيفات مزوّد الدفع',
  'flows.error.url': 'أعاد مزوّد الدفع عنوانًا لن تفتحه هذه الصفحة: {reason}.',
  'flows.error.message': 'أرسل مزوّد الدفع رسالة بصيغة غير متوقعة.',
  'flows.error.popupBlocked': 'حظر المتصفح نافذة الدفع. اسمح بالنوافذ المنبثقة لهذا الموقع، أو حاول مرة أخرى.',
  'flows.error.coopBlocked': 'فقدت نافذة الدفع ارتباطها بهذه الصفحة (Cross-Origin-Opener-Policy)، لذا لا يمكن أن تصلها نتيجة الدفع.',
  'flows.error.timeout': 'لم يتم تأكيد الدفع في الوقت المحدد.',
  'flows.error.status': 'تعذّرت قراءة حالة الدفع ({reason}).',
  'flows.error.statusFormat': 'ردّ حالة الدفع بصيغة غير متوقعة.',
  'flows.error.sdk': 'تعذّر تحميل سكربت مزوّد الدفع {url}: {reason}.',
  'flows.sdk.timeout': 'لا ردّ خلال {seconds} ث',
  'flows.sdk.failed': 'الملف مفقود، أو نوع محتواه خاطئ، أو فشل التحقق من سلامته',
  'flows.sdk.threw': 'حدث خطأ أثناء بدء تشغيله',
  'flows.sdk.missing': 'لا يوفّر {name}',
  'flows.sdk.notAllowed': 'ليس عنوان SDK ضمن الإعدادات',
  'flows.sdk.trustedTypes': 'رفضت Trusted Types عنوان السكربت (اسمح بالسياسة "pay-elements")',
  'flows.config.modal': 'تحتاج إعادة التوجيه داخل النافذة المنبثقة (iframe) إلى حاوية لعرضها فيها.',
  'flows.config.sdkUrl': 'عنوان SDK {url} مرفوض: {reason}.',
  'flows.error.csp': 'حظرت سياسة Content-Security-Policy للموقع سكربت مزوّد الدفع {url}.',
} satisfies Catalog<typeof flowsMessages>;
