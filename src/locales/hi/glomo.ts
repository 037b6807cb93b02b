import type { Catalog } from '../../core/messages.js';
import type { glomoMessages } from '../../providers/glomo/glomo.messages.js';

/** The Glomo adapter in Hindi. */
export default {
  'glomo.callback.missing': 'यह पेज Glomo भुगतान के परिणाम के बिना खोला गया।',
  'glomo.callback.invalid': 'इस पते में Glomo भुगतान का परिणाम सही फ़ॉर्मैट में नहीं है।',
  'glomo.callback.refused': 'मर्चेंट भुगतान के परिणाम का सत्यापन नहीं कर सका ({reason})।',
  'glomo.payment.failed': 'भुगतान विफल रहा।',
  'glomo.response.invalid': 'भुगतान सर्वर ने ऐसा जवाब भेजा जो Glomo भुगतान नहीं है।',
  'glomo.event.invalid': 'Glomo Checkout ने ग़लत फ़ॉर्मैट वाला {event} पेलोड भेजा।',
} satisfies Catalog<typeof glomoMessages>;
