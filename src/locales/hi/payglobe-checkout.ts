import type { Catalog } from '../../core/messages.js';
import type { payglobeCheckoutMessages } from '../../components/payglobe-checkout/payglobe-checkout.messages.js';

/** `<pay-payglobe-checkout>` in Hindi. */
export default {
  'payglobeCheckout.pay': '{amount} का भुगतान करें',
  'payglobeCheckout.payPlain': 'भुगतान करें',
  'payglobeCheckout.payAgain': 'दोबारा कोशिश करें',
  'payglobeCheckout.checkoutLabel': 'PayGlobe चेकआउट',
  'payglobeCheckout.preparing': 'भुगतान तैयार किया जा रहा है…',
  'payglobeCheckout.opened': 'PayGlobe चेकआउट नीचे खुला है। भुगतान वहीं पूरा करें।',
  'payglobeCheckout.redirecting': 'आपको PayGlobe चेकआउट पर ले जाया जा रहा है…',
  'payglobeCheckout.confirming': 'भुगतान की पुष्टि की जा रही है…',
  'payglobeCheckout.succeeded': 'भुगतान सफल रहा: {amount}।',
  'payglobeCheckout.succeededPlain': 'भुगतान सफल रहा।',
  'payglobeCheckout.succeededSplit': 'भुगतान सफल रहा: {card} कार्ड से और {voucher} मील वाउचर से।',
  'payglobeCheckout.failed': 'भुगतान विफल रहा: {message}',
  'payglobeCheckout.cancelled': 'भुगतान रद्द कर दिया गया।',
  'payglobeCheckout.error': 'भुगतान पूरा नहीं हो सका: {message}',
  'payglobeCheckout.config.publishableKey': '<pay-payglobe-checkout> publishable-key आपकी PayGlobe पब्लिशेबल की (pk_test_… या pk_live_…) होनी चाहिए।',
  'payglobeCheckout.config.secretKey': '<pay-payglobe-checkout> publishable-key में सीक्रेट की (sk_…) है। सीक्रेट की कभी भी ब्राउज़र में नहीं होनी चाहिए: पब्लिशेबल की (pk_…) इस्तेमाल करें, और इस सीक्रेट की को अभी रोटेट करें।',
  'payglobeCheckout.config.amount': '<pay-payglobe-checkout> amount "{amount}" {currency} की सबसे छोटी इकाई में धनात्मक पूर्णांक नहीं है (15000 EUR = €150.00)।',
  'payglobeCheckout.config.email': '<pay-payglobe-checkout> email ग्राहक का ईमेल पता होना चाहिए (PayGlobe रसीद वहीं भेजता है)।',
  'payglobeCheckout.config.mode': '<pay-payglobe-checkout> mode "{mode}" न "iframe" है न "redirect"।',
  'payglobeCheckout.config.scriptUrl': '<pay-payglobe-checkout> script-url {url} अस्वीकार किया गया: {reason}।',
  'payglobeCheckout.error.sdk': 'payglobe.js में इस्तेमाल करने लायक PayGlobe क्लाइंट नहीं है ({reason})।',
  'payglobeCheckout.error.create': 'PayGlobe भुगतान नहीं बना सका: {reason}',
  'payglobeCheckout.error.open': 'PayGlobe अपना चेकआउट नहीं खोल सका: {reason}',
  'payglobeCheckout.error.retrieve': 'PayGlobe ने भुगतान की स्थिति नहीं बताई: {reason}',
} satisfies Catalog<typeof payglobeCheckoutMessages>;
