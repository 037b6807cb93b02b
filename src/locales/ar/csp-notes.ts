import type { Catalog } from '../../core/messages.js';
import type { cspNotesMessages } from '../../diagnostics/csp-notes.messages.js';

/** Where Chromium departs from the CSP3 text, in Arabic. */
export default {
  'diagnostics.chromium.upgradeKeepsPort':
    'لا يسمح Chromium لمصدر http:// بمنفذ محدد بأن يجيز https:// على ذلك المنفذ (فهو يرقّي المنافذ الافتراضية فقط، ولا يرقّي حتى :443 الصريح للإطارات وإرسال النماذج)؛ بينما تسمح مواصفة CSP بذلك، وقد تسمح به متصفحات أخرى أيضًا. أدرِج مصدر https:// نفسه.',
  'diagnostics.chromium.upgrade80To443':
    'يسمح Chromium لمصدر http://host:80 بأن يجيز https://host (المنفذ 443)، كما يفعل Firefox وSafari، لكن مواصفة CSP لا تسمح بذلك، لذا قد يحظره متصفح أكثر تشددًا. أدرِج مصدر https:// نفسه.',
  'diagnostics.chromium.sourceQueryIgnored':
    'يتجاهل Chromium سلسلة الاستعلام أو المقطع في المصدر ({directive})؛ بينما تعدّ مواصفة CSP هذا المصدر غير صالح، وقد تتجاهل متصفحات أخرى المصدر بأكمله. احذف الجزء ?… أو #….',
  'diagnostics.chromium.metaCommaSplit':
    'يقرأ Chromium الفاصلة في Content-Security-Policy ضمن وسم <meta> كبداية لسياسة ثانية؛ بينما تقرأ مواصفة CSP والمتصفحات الأخرى سياسة واحدة. استخدم وسم <meta> واحدًا لكل سياسة، دون فواصل.',
} satisfies Catalog<typeof cspNotesMessages>;
