import type { Catalog } from '../../core/messages.js';
import type { voucherChoiceMessages } from '../../components/voucher-choice/voucher-choice.messages.js';

/** `<pay-voucher-choice>` in Arabic. */
export default {
  'voucher.legend': 'كيف تودّ دفع {total}؟',
  'voucher.legend.no_total': 'كيف تودّ الدفع؟',
  'voucher.method.CARD_ONLY': 'بالبطاقة فقط',
  'voucher.method.CARD_AND_VOUCHER': 'جزء بقسائم الوجبات والباقي بالبطاقة',
  'voucher.method.VOUCHER_ONLY': 'بالكامل بقسائم الوجبات',
  'voucher.unavailable.no_balance': 'لا يوجد رصيد متبقٍّ في قسائم الوجبات.',
  'voucher.unavailable.balance_below_total': 'رصيد قسائم الوجبات {balance}، وهو أقل من {total}.',
  'voucher.unavailable.total_too_small': 'هذا المبلغ أصغر من أن يُقسَّم.',
  'voucher.amount.label': 'المبلغ المدفوع بقسائم الوجبات ({currency})',
  'voucher.amount.hint': 'من {min} إلى {max}',
  'voucher.breakdown': 'القسائم {voucher} · البطاقة {card}',
  'voucher.submit': 'تأكيد',
  'voucher.pending': 'جارٍ معالجة الدفع…',
  'voucher.misconfigured': 'تعذّر عرض خيارات الدفع. يُرجى المحاولة لاحقًا.',
  'voucher.error.method.required': 'يُرجى اختيار طريقة الدفع.',
  'voucher.error.method.unavailable': 'هذا الخيار غير متاح.',
  'voucher.error.method.unconfigured': 'المبلغ المطلوب دفعه غير معروف بعد.',
  'voucher.error.amount.required': 'يُرجى إدخال المبلغ المراد دفعه بقسائم الوجبات.',
  'voucher.error.amount.invalid': 'يُرجى إدخال مبلغ مثل {example}.',
  'voucher.error.amount.negative': 'لا يمكن أن يكون المبلغ سالبًا.',
  'voucher.error.amount.decimals': 'الحد الأقصى لعدد الخانات العشرية في {currency}: {count}.',
  'voucher.error.amount.decimals.few': 'يُسمح بـ {count} خانات عشرية على الأكثر في {currency}.',
  'voucher.error.amount.decimals.many': 'يُسمح بـ {count} خانةً عشرية على الأكثر في {currency}.',
  'voucher.error.amount.decimals.none': 'يُرجى إدخال مبلغ بلا كسور: لا تستخدم {currency} خانات عشرية.',
  'voucher.error.amount.zero': 'يُرجى إدخال مبلغ أكبر من صفر، أو اختيار «بالبطاقة فقط».',
  'voucher.error.amount.not_below_total': 'يُرجى إدخال مبلغ أقل من {total}، أو اختيار «بالكامل بقسائم الوجبات».',
  'voucher.error.amount.over_balance': 'رصيد قسائم الوجبات يغطي {balance} كحد أقصى.',
  'voucher.config': '<pay-voucher-choice> {attribute}="{value}" غير صالح. total وvoucher-balance: أعداد صحيحة من الوحدات الصغرى ≥ 0؛ currency: رمز ISO 4217؛ method: CARD_ONLY أو CARD_AND_VOUCHER أو VOUCHER_ONLY، ويجب أن تكون متاحة؛ voucher-amount: أكبر من 0 وأقل من total وضمن voucher-balance.',
} satisfies Catalog<typeof voucherChoiceMessages>;
