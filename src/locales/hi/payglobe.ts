import type { Catalog } from '../../core/messages.js';
import type { payglobeMessages } from '../../providers/payglobe/payglobe.messages.js';

/** The PayGlobe adapter in Hindi. */
export default {
  'payglobe.response.invalid': 'PayGlobe ने अप्रत्याशित फ़ॉर्मैट में भुगतान भेजा।',
  'payglobe.response.amounts': 'PayGlobe ने ऐसी राशियाँ भेजीं जो सटीक {currency} राशियाँ नहीं हैं या जिनका जोड़ कुल राशि के बराबर नहीं है।',
  'payglobe.response.mismatch': 'PayGlobe ने इस पेज से शुरू किए गए भुगतान के बजाय किसी दूसरे भुगतान ({reason}) के साथ जवाब दिया।',
  'payglobe.return.invalid': 'यह पेज ग़लत फ़ॉर्मैट वाले PayGlobe भुगतान रेफ़रेंस के साथ खोला गया।',
  'payglobe.message.invalid': 'PayGlobe चेकआउट ने ग़लत फ़ॉर्मैट वाला मैसेज भेजा।',
  'payglobe.failed.CARD_PREAUTH_FAILED': 'कार्ड अस्वीकार कर दिया गया।',
  'payglobe.failed.VOUCHER_FAILED': 'मील वाउचर इस्तेमाल नहीं किए जा सके।',
  'payglobe.failed.CARD_CAPTURE_FAILED': 'कार्ड से राशि नहीं काटी जा सकी। कार्ड पर रोकी गई राशि (होल्ड) रिलीज़ कर दी जाएगी।',
  'payglobe.failed.FAILED': 'भुगतान विफल रहा।',
  'payglobe.failed.EXPIRED': 'भुगतान लिंक की समय-सीमा ख़त्म हो गई।',
} satisfies Catalog<typeof payglobeMessages>;
