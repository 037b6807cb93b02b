import type { Catalog } from '../../core/messages.js';
import type { payglocalCheckoutMessages } from '../../components/payglocal-checkout/payglocal-checkout.messages.js';

/** `<pay-payglocal-checkout>` in Hindi. */
export default {
  'payglocalCheckout.pay': 'भुगतान करें',
  'payglocalCheckout.preparing': 'आपका भुगतान तैयार किया जा रहा है…',
  'payglocalCheckout.leaving': 'आपको PayGlocal के सुरक्षित भुगतान पेज पर ले जाया जा रहा है…',
  'payglocalCheckout.error.http': 'मर्चेंट भुगतान शुरू नहीं कर सका ({reason})।',
  'payglocalCheckout.error.httpStatus': 'HTTP त्रुटि {status}',
  'payglocalCheckout.error.network': 'मर्चेंट से संपर्क नहीं हो सका। अपना इंटरनेट कनेक्शन जाँचें और दोबारा कोशिश करें।',
  'payglocalCheckout.error.timeout': 'मर्चेंट ने समय पर जवाब नहीं दिया। दोबारा कोशिश करें।',
  'payglocalCheckout.error.format': 'मर्चेंट के जवाब में यह नहीं बताया गया कि भुगतान कहाँ करना है।',
  'payglocalCheckout.config.paymentUrl': '<pay-payglocal-checkout> के लिए payment-url ज़रूरी है: आपका वह एंडपॉइंट जो भुगतान शुरू करता है और { redirectUrl } लौटाता है।',
  'payglocalCheckout.config.paymentUrlInvalid': '<pay-payglocal-checkout> payment-url {url} कोई http(s) पता नहीं है।',
  'payglocalCheckout.config.returnUrl': '<pay-payglocal-checkout> return-url {url} कोई http(s) पता नहीं है।',
  'payglocalCheckout.config.amount': '<pay-payglocal-checkout> amount सबसे छोटी मुद्रा इकाई में पूर्णांक होना चाहिए (150.00 के लिए 15000)।',
  'payglocalCheckout.config.currency': '<pay-payglocal-checkout> currency तीन अक्षरों का ISO 4217 कोड होना चाहिए, जैसे INR।',
} satisfies Catalog<typeof payglocalCheckoutMessages>;
