import type { Catalog } from '../../core/messages.js';
import type { cspNotesMessages } from '../../diagnostics/csp-notes.messages.js';

/** The notes on where Chromium departs from the CSP3 text in Hindi. */
export default {
  'diagnostics.chromium.upgradeKeepsPort': 'Chromium पोर्ट वाले http:// सोर्स को उसी पोर्ट पर https:// की अनुमति नहीं देने देता (यह केवल डिफ़ॉल्ट पोर्ट अपग्रेड करता है, और फ़्रेम व फ़ॉर्म पोस्ट के लिए स्पष्ट :443 भी नहीं); CSP स्पेसिफ़िकेशन इसकी अनुमति देता है, और दूसरे ब्राउज़र भी दे सकते हैं। https:// सोर्स को ही लिखें।',
  'diagnostics.chromium.upgrade80To443': 'Chromium, Firefox और Safari की तरह, http://host:80 सोर्स को https://host (पोर्ट 443) की अनुमति देने देता है, लेकिन CSP स्पेसिफ़िकेशन ऐसा नहीं करता, इसलिए कोई सख़्त ब्राउज़र इसे ब्लॉक कर सकता है। https:// सोर्स को ही लिखें।',
  'diagnostics.chromium.sourceQueryIgnored': 'Chromium सोर्स में क्वेरी या फ़्रैगमेंट को अनदेखा करता है ({directive}); CSP स्पेसिफ़िकेशन ऐसे सोर्स को अमान्य मानता है, और दूसरे ब्राउज़र पूरे सोर्स को अनदेखा कर सकते हैं। ?… या #… वाला हिस्सा हटा दें।',
  'diagnostics.chromium.metaCommaSplit': 'Chromium आपकी <meta> Content-Security-Policy में कॉमा को दूसरी पॉलिसी की शुरुआत मानता है; CSP स्पेसिफ़िकेशन और दूसरे ब्राउज़र इसे एक ही पॉलिसी मानते हैं। हर पॉलिसी के लिए एक <meta> टैग इस्तेमाल करें, बिना कॉमा के।',
} satisfies Catalog<typeof cspNotesMessages>;
