import type { Catalog } from '../../core/messages.js';
import type { voucherChoiceMessages } from '../../components/voucher-choice/voucher-choice.messages.js';

/** `<pay-voucher-choice>` in Hindi. */
export default {
  'voucher.legend': 'आप {total} का भुगतान कैसे करना चाहते हैं?',
  'voucher.legend.no_total': 'आप भुगतान कैसे करना चाहते हैं?',
  'voucher.method.CARD_ONLY': 'केवल कार्ड से',
  'voucher.method.CARD_AND_VOUCHER': 'कुछ मील वाउचर से, बाकी कार्ड से',
  'voucher.method.VOUCHER_ONLY': 'पूरा मील वाउचर से',
  'voucher.unavailable.no_balance': 'आपके मील वाउचर में बैलेंस नहीं बचा है।',
  'voucher.unavailable.balance_below_total': 'आपके मील वाउचर में {balance} हैं, जो {total} से कम है।',
  'voucher.unavailable.total_too_small': 'यह राशि बाँटने के लिए बहुत कम है।',
  'voucher.amount.label': 'मील वाउचर से भुगतान की राशि ({currency})',
  'voucher.amount.hint': '{min} से {max} तक',
  'voucher.breakdown': 'वाउचर {voucher} · कार्ड {card}',
  'voucher.submit': 'पुष्टि करें',
  'voucher.pending': 'भुगतान प्रोसेस हो रहा है…',
  'voucher.misconfigured': 'भुगतान के विकल्प नहीं दिखाए जा सकते। कृपया बाद में दोबारा कोशिश करें।',
  'voucher.error.method.required': 'चुनें कि आप भुगतान कैसे करना चाहते हैं।',
  'voucher.error.method.unavailable': 'यह विकल्प उपलब्ध नहीं है।',
  'voucher.error.method.unconfigured': 'भुगतान की राशि अभी तय नहीं है।',
  'voucher.error.amount.required': 'मील वाउचर से भुगतान की राशि दर्ज करें।',
  'voucher.error.amount.invalid': 'राशि {example} जैसे दर्ज करें।',
  'voucher.error.amount.negative': 'राशि ऋणात्मक नहीं हो सकती।',
  'voucher.error.amount.decimals': '{currency} के लिए दशमलव के बाद अधिक से अधिक {count} अंक लिखें।',
  'voucher.error.amount.decimals.none': 'पूरी राशि दर्ज करें: {currency} में दशमलव नहीं होता।',
  'voucher.error.amount.zero': 'शून्य से अधिक राशि दर्ज करें, या “केवल कार्ड से” चुनें।',
  'voucher.error.amount.not_below_total': '{total} से कम राशि दर्ज करें, या “पूरा मील वाउचर से” चुनें।',
  'voucher.error.amount.over_balance': 'आपके मील वाउचर से अधिक से अधिक {balance} का भुगतान हो सकता है।',
  'voucher.config': '<pay-voucher-choice> {attribute}="{value}" अमान्य है। total, voucher-balance: सबसे छोटी मुद्रा इकाई में ≥ 0 पूर्णांक; currency: ISO 4217; method: CARD_ONLY, CARD_AND_VOUCHER या VOUCHER_ONLY, और उपलब्ध; voucher-amount: 0 से अधिक, total से कम, voucher-balance के भीतर।',
} satisfies Catalog<typeof voucherChoiceMessages>;
