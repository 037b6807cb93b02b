import type { Catalog } from '../../core/messages.js';
import type { cardPaymentMessages } from '../../components/card-payment/card-payment.messages.js';

/** `<pay-card-payment>` in Hindi. */
export default {
  'cardPayment.modal.title': 'अपने बैंक के साथ भुगतान की पुष्टि करें',
  'cardPayment.waiting.newTab': 'नए टैब में भुगतान पूरा करें। यह पेज अपने-आप अपडेट हो जाएगा।',
  'cardPayment.waiting.host': 'आपके बैंक की पुष्टि का इंतज़ार है…',
  'cardPayment.succeeded': 'भुगतान सफल रहा। धन्यवाद!',
  'cardPayment.cancelled': 'भुगतान रद्द कर दिया गया। दोबारा कोशिश करना चाहें तो आपके कार्ड की जानकारी यहीं भरी हुई है।',
  'cardPayment.declined': 'भुगतान अस्वीकार कर दिया गया: {reason}',
  'cardPayment.declined.generic': 'भुगतान अस्वीकार कर दिया गया। दोबारा कोशिश करें या कोई दूसरा कार्ड इस्तेमाल करें।',
  'cardPayment.retry': 'भुगतान पूरा नहीं हो सका। कृपया दोबारा कोशिश करें।',
  'cardPayment.error.network': '<pay-card-payment> payment-url {url} तक नहीं पहुँच सका: {reason}।',
  'cardPayment.error.http': '<pay-card-payment> payment-url {url} ने HTTP {status}{detail} लौटाया।',
  'cardPayment.error.json': '<pay-card-payment> payment-url {url} ने JSON में जवाब नहीं दिया।',
  'cardPayment.error.response': '<pay-card-payment> payment-url {url} ने Glomo भुगतान के रूप में जवाब नहीं दिया ({reason})।',
  'cardPayment.error.action': '<pay-card-payment> SIBS ने ऐसा 3-D Secure चरण माँगा जिसे यह पेज नहीं चला सकता ({type})।',
  'cardPayment.config.provider': '<pay-card-payment> provider="{provider}" समर्थित नहीं है: "glomo" या "sibs" इस्तेमाल करें।',
  'cardPayment.config.paymentUrl': '<pay-card-payment> को payment-url चाहिए: मर्चेंट का वह एंडपॉइंट जो भुगतान शुरू करता है (एक http(s) URL)।',
  'cardPayment.config.statusUrl': '<pay-card-payment> को status-url चाहिए: मर्चेंट के सर्वर पर एक http(s) URL टेम्पलेट जिसमें {paymentId} हो।',
  'cardPayment.config.redirect': '<pay-card-payment> redirect="{value}" इनमें से कोई नहीं है: iframe, new-tab, same-tab, host।',
} satisfies Catalog<typeof cardPaymentMessages>;
