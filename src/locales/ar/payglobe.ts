import type { Catalog } from '../../core/messages.js';
import type { payglobeMessages } from '../../providers/payglobe/payglobe.messages.js';

/** The PayGlobe adapter's messages in Arabic. */
export default {
  'payglobe.response.invalid': 'أرسلت PayGlobe عملية دفع بصيغة غير متوقعة.',
  'payglobe.response.amounts': 'أرسلت PayGlobe مبالغ ليست مبالغ دقيقة بعملة {currency} أو لا يساوي مجموعها الإجمالي.',
  'payglobe.response.mismatch': 'ردّت PayGlobe بعملية دفع مختلفة ({reason}) عن التي بدأتها هذه الصفحة.',
  'payglobe.return.invalid': 'تم فتح هذه الصفحة برقم مرجعي للدفع من PayGlobe بصيغة غير صحيحة.',
  'payglobe.message.invalid': 'أرسلت صفحة الدفع من PayGlobe رسالة بصيغة غير صحيحة.',
  'payglobe.failed.CARD_PREAUTH_FAILED': 'تم رفض البطاقة.',
  'payglobe.failed.VOUCHER_FAILED': 'تعذّر استخدام قسائم الوجبات.',
  'payglobe.failed.CARD_CAPTURE_FAILED': 'تعذّر الخصم من البطاقة. سيتم إلغاء أي مبلغ محجوز على البطاقة.',
  'payglobe.failed.FAILED': 'فشل الدفع.',
  'payglobe.failed.EXPIRED': 'انتهت صلاحية رابط الدفع.',
} satisfies Catalog<typeof payglobeMessages>;
