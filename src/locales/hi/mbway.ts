import type { Catalog } from '../../core/messages.js';
import type { mbwayMessages } from '../../components/mbway/mbway.messages.js';

/** `<pay-mbway>` in Hindi. */
export default {
  'mbway.phone.label': 'MB WAY मोबाइल नंबर',
  'mbway.phone.hint': 'आपके MB WAY ऐप से जुड़ा पुर्तगाली मोबाइल नंबर, जैसे 912 345 678।',
  'mbway.phone.prefix': '+351',
  'mbway.submit': 'MB WAY से भुगतान करें',
  'mbway.pending': 'आपके फ़ोन पर रिक्वेस्ट भेजी जा रही है…',
  'mbway.error.phone.required': 'अपना MB WAY मोबाइल नंबर दर्ज करें।',
  'mbway.error.phone.invalid_characters': 'फ़ोन नंबर में केवल अंक, स्पेस और शुरुआत में + होता है।',
  'mbway.error.phone.country': 'MB WAY के लिए पुर्तगाली मोबाइल नंबर (+351) चाहिए।',
  'mbway.error.phone.not_mobile': 'पुर्तगाली मोबाइल नंबर 9 से शुरू होता है।',
  'mbway.error.phone.too_short': 'पुर्तगाली मोबाइल नंबर में 9 अंक होते हैं।',
  'mbway.error.phone.too_long': 'पुर्तगाली मोबाइल नंबर में 9 अंक होते हैं; इसमें ज़्यादा हैं।',
  'mbway.waiting.title': 'अपने MB WAY ऐप में भुगतान स्वीकृत करें',
  'mbway.waiting.body': 'हमने {phone} पर भुगतान रिक्वेस्ट भेजी है। उस फ़ोन पर MB WAY ऐप खोलें और उसे स्वीकृत करें।',
  'mbway.waiting.time': 'स्वीकृत करने के लिए बचा समय:',
  'mbway.waiting.announce': '{phone} पर भुगतान रिक्वेस्ट भेजी गई। इसे {time} के भीतर MB WAY ऐप में स्वीकृत करें।',
  'mbway.countdown.left': 'भुगतान स्वीकृत करने के लिए {time} बचे हैं।',
  'mbway.checking': 'जाँच की जा रही है कि भुगतान स्वीकृत हुआ या नहीं…',
  'mbway.succeeded': 'भुगतान सफल रहा। धन्यवाद!',
  'mbway.refused': 'MB WAY ऐप में भुगतान अस्वीकार कर दिया गया। आप नई रिक्वेस्ट भेज सकते हैं।',
  'mbway.expired': 'भुगतान रिक्वेस्ट स्वीकृत होने से पहले ही उसकी समय-सीमा ख़त्म हो गई। आप नई रिक्वेस्ट भेज सकते हैं।',
  'mbway.failed': 'भुगतान पूरा नहीं हो सका ({reason})। आप नई रिक्वेस्ट भेज सकते हैं।',
  'mbway.retry': 'भुगतान रिक्वेस्ट नहीं भेजी जा सकी। कृपया दोबारा कोशिश करें।',
  'mbway.config.paymentUrl': '<pay-mbway> को payment-url चाहिए: मर्चेंट का वह एंडपॉइंट जो भुगतान शुरू करता है (एक http(s) URL)।',
  'mbway.config.statusUrl': '<pay-mbway> को status-url चाहिए: मर्चेंट के सर्वर पर एक http(s) URL टेम्पलेट जिसमें {paymentId} हो।',
  'mbway.config.timeout': '<pay-mbway> timeout="{value}" 1 से 3600 के बीच सेकंड की संख्या नहीं है।',
} satisfies Catalog<typeof mbwayMessages>;
