import type { Catalog } from '../../core/messages.js';
import type { glomoCheckoutMessages } from '../../components/glomo-checkout/glomo-checkout.messages.js';

/** `<pay-glomo-checkout>` in Hindi. */
export default {
  'glomoCheckout.pay': 'भुगतान करें',
  'glomoCheckout.preparing': 'भुगतान तैयार किया जा रहा है…',
  'glomoCheckout.opened': 'भुगतान विंडो खुली है। भुगतान वहीं पूरा करें।',
  'glomoCheckout.retry': 'भुगतान विंडो खोलें',
  'glomoCheckout.redirect': 'रीडायरेक्ट मोड में जारी रखें',
  'glomoCheckout.succeeded': 'भुगतान सफल रहा।',
  'glomoCheckout.failed': 'भुगतान विफल रहा: {message}',
  'glomoCheckout.pending': 'ट्रांसफ़र की जानकारी मिल गई। भुगतान की पुष्टि अभी नहीं हुई है।',
  'glomoCheckout.cancelled': 'भुगतान रद्द कर दिया गया।',
  'glomoCheckout.coop.offer': 'आप रीडायरेक्ट मोड में जारी रख सकते हैं: तब परिणाम मर्चेंट के रिटर्न पेज के ज़रिए वापस आएगा।',
  'glomoCheckout.coop.callbackHint': 'या रीडायरेक्ट मोड (callback-url और mode="redirect") इस्तेमाल करें, ताकि परिणाम मर्चेंट के रिटर्न पेज के ज़रिए वापस आए।',
  'glomoCheckout.config.publicKey': '<pay-glomo-checkout> के लिए public-key ज़रूरी है: Glomo डैशबोर्ड की पब्लिक की।',
  'glomoCheckout.config.secretKey': '<pay-glomo-checkout> public-key में सीक्रेट की (sk_…) है। सीक्रेट की कभी भी ब्राउज़र में नहीं होनी चाहिए: पब्लिक की इस्तेमाल करें, और इस सीक्रेट की को अभी रोटेट करें।',
  'glomoCheckout.config.orderId': '<pay-glomo-checkout> को order-id (आपके सर्वर का बनाया ऑर्डर) या order-url (ऑर्डर बनाने वाला आपका एंडपॉइंट) चाहिए।',
  'glomoCheckout.config.orderUrl': '<pay-glomo-checkout> order-url {url} कोई http(s) पता नहीं है।',
  'glomoCheckout.config.callbackUrl': '<pay-glomo-checkout> callback-url {url} एक https पता होना चाहिए (http केवल लूपबैक होस्ट पर)।',
  'glomoCheckout.config.mode': '<pay-glomo-checkout> mode="redirect" को callback-url चाहिए: मर्चेंट का वह रूट जो परिणाम सत्यापित करता है।',
  'glomoCheckout.config.sdk': 'Glomo Checkout ने अपने विकल्प अस्वीकार कर दिए: {reason}',
  'glomoCheckout.error.order': 'मर्चेंट ऑर्डर नहीं बना सका ({reason})।',
  'glomoCheckout.error.orderFormat': 'मर्चेंट के ऑर्डर एंडपॉइंट के जवाब में order_id नहीं था।',
  'glomoCheckout.error.open': 'Glomo Checkout अपनी विंडो नहीं खोल सका: {reason}',
  'glomoCheckout.error.sdkExport': 'Glomo Checkout स्क्रिप्ट {url} में GlomoCheckoutApi क्लास नहीं है।',
} satisfies Catalog<typeof glomoCheckoutMessages>;
