import type { Catalog } from '../../core/messages.js';
import type { sibsMessages } from '../../providers/sibs/sibs.messages.js';

/** The SIBS adapter in Hindi. */
export default {
  'sibs.error.network': 'मर्चेंट के भुगतान एंडपॉइंट {url} तक नहीं पहुँच सके: {reason}।',
  'sibs.error.timeout': 'मर्चेंट के भुगतान एंडपॉइंट {url} ने {seconds} सेकंड के भीतर जवाब नहीं दिया।',
  'sibs.error.http': 'मर्चेंट के भुगतान एंडपॉइंट {url} ने HTTP {status}{detail} लौटाया।',
  'sibs.error.json': 'मर्चेंट के भुगतान एंडपॉइंट {url} ने JSON में जवाब नहीं दिया।',
  'sibs.error.response': 'मर्चेंट के भुगतान एंडपॉइंट {url} ने SIBS {what} के रूप में जवाब नहीं दिया ({reason})।',
  'sibs.what.mbway': 'MB WAY ख़रीदारी',
  'sibs.what.multibanco': 'Multibanco रेफ़रेंस',
  'sibs.what.card': 'कार्ड ख़रीदारी',
  'sibs.declined': 'भुगतान अस्वीकार कर दिया गया।',
  'sibs.refused': 'MB WAY ऐप में भुगतान अस्वीकार कर दिया गया।',
  'sibs.expired': 'भुगतान रिक्वेस्ट की समय-सीमा ख़त्म हो गई।',
  'sibs.referenceExpired': 'भुगतान होने से पहले ही Multibanco रेफ़रेंस की समय-सीमा ख़त्म हो गई।',
  'sibs.failed': 'भुगतान विफल रहा ({status})।',
  'sibs.config.paymentUrl': '{element} को payment-url चाहिए: मर्चेंट का वह एंडपॉइंट जो भुगतान शुरू करता है (एक http(s) URL)।',
  'sibs.config.statusUrl': '{element} को status-url चाहिए: मर्चेंट के सर्वर पर एक http(s) URL टेम्पलेट जिसमें {paymentId} हो।',
} satisfies Catalog<typeof sibsMessages>;
