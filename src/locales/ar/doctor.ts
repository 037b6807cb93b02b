import type { Catalog } from '../../core/messages.js';
import type { doctorMessages } from '../../cli/doctor.messages.js';

/** `npx pay-elements doctor` in Arabic. */
export default {
  'doctor.title': 'تشخيص pay-elements: {url}',
  'doctor.label.pass': 'ناجح',
  'doctor.label.fail': 'فشل',
  'doctor.label.warn': 'تنبيه',
  'doctor.label.unknown': '؟؟؟؟',
  'doctor.headersUnreadable': '(تعذّرت قراءة ترويسات الاستجابة: نتائج فحوص الترويسات غير معروفة)',
  'doctor.note': 'ملاحظة: {note}',
  'doctor.missing': 'ينقص في {directive}: {sources}',
  'doctor.fix.title': 'الإصلاح (مدمج في سياستك الحالية):',
  'doctor.coopFix.title': 'إصلاح COOP:',
  'doctor.how': 'الطريقة: {summary}',
  'doctor.fetchFailed': 'تعذّر جلب {url}: {reason}',
  'doctor.arg.unknown': 'خيار غير معروف {option}',
  'doctor.arg.unexpected': 'وسيط غير متوقع {argument}',
  'doctor.arg.missingUrl': '<url> مفقود',
  'doctor.arg.timeout': 'قيمة --timeout غير صالحة {value}: عدد صحيح من المللي ثانية من 1 إلى 120000',
  'doctor.arg.lang': 'قيمة --lang غير صالحة {value}: وسم لغة مثل it أو pt-PT أو zh-CN',
  'doctor.usage.summary':
    'يفحص ترويستي Cross-Origin-Opener-Policy وContent-Security-Policy لصفحة ما (الترويسات و<meta http-equiv>) مقارنةً بما يحتاجه كل مزوّد دفع.',
  'doctor.usage.provider': '{names} (قابل للتكرار أو مفصول بفواصل؛ الافتراضي: الكل)',
  'doctor.usage.returnUrl': 'الصفحة التي تعود إليها نافذة الدفع المنبثقة (callbackUrl في Glomo): يُفحص COOP الخاص بها أيضًا',
  'doctor.usage.timeout': 'التوقف عن انتظار صفحة لا تردّ خلال هذه المدة (الافتراضي {ms})',
  'doctor.usage.json': 'طباعة التقرير بصيغة JSON (لأنظمة CI)',
  'doctor.usage.lang': 'لغة التقرير (الافتراضي: LC_ALL أو LC_MESSAGES أو LANG، وإلا فالإنجليزية)',
  'doctor.usage.exit': 'رموز الخروج: 0 لا إخفاق، 1 فشل أحد الفحوص، 2 وسائط خاطئة، 3 تعذّرت قراءة الصفحة.',
} satisfies Catalog<typeof doctorMessages>;
