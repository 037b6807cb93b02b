import type { Catalog } from '../../core/messages.js';
import type { flowsMessages } from '../../flows/flows.messages.js';

/** The flow primitives (modal, errors) in Hindi. */
export default {
  'flows.modal.title': 'अपने भुगतान की पुष्टि करें',
  'flows.modal.close': 'बंद करें',
  'flows.url.invalid': 'यह मान्य पता नहीं है',
  'flows.url.scheme': 'केवल https पते खोले जा सकते हैं',
  'flows.url.credentials': 'पते में यूज़र नेम या पासवर्ड है',
  'flows.url.host': '{host} पेमेंट प्रोवाइडर के होस्ट में से नहीं है',
  'flows.error.url': 'पेमेंट प्रोवाइडर ने ऐसा पता लौटाया जिसे यह पेज नहीं खोलेगा: {reason}।',
  'flows.error.message': 'पेमेंट प्रोवाइडर ने अप्रत्याशित फ़ॉर्मैट में मैसेज भेजा।',
  'flows.error.popupBlocked': 'ब्राउज़र ने भुगतान विंडो को ब्लॉक कर दिया। इस साइट के लिए पॉप-अप की अनुमति दें, या दोबारा कोशिश करें।',
  'flows.error.coopBlocked': 'भुगतान विंडो का इस पेज से संपर्क टूट गया (Cross-Origin-Opener-Policy), इसलिए भुगतान का परिणाम यहाँ नहीं पहुँच सकता।',
  'flows.error.timeout': 'भुगतान की पुष्टि समय पर नहीं हुई।',
  'flows.error.status': 'भुगतान की स्थिति पढ़ी नहीं जा सकी ({reason})।',
  'flows.error.statusFormat': 'भुगतान की स्थिति वाले जवाब का फ़ॉर्मैट अप्रत्याशित है।',
  'flows.error.sdk': 'पेमेंट प्रोवाइडर की स्क्रिप्ट {url} लोड नहीं हो सकी: {reason}।',
  'flows.sdk.timeout': '{seconds} सेकंड के भीतर कोई जवाब नहीं',
  'flows.sdk.failed': 'वह मौजूद नहीं है, उसका कंटेंट टाइप ग़लत है, या वह इंटेग्रिटी जाँच में विफल रही',
  'flows.sdk.threw': 'शुरू होते समय उसमें त्रुटि आई',
  'flows.sdk.missing': 'उसमें {name} नहीं है',
  'flows.sdk.notAllowed': 'यह कॉन्फ़िगर किया गया SDK पता नहीं है',
  'flows.sdk.trustedTypes': 'Trusted Types ने स्क्रिप्ट का पता अस्वीकार कर दिया (पॉलिसी "pay-elements" की अनुमति दें)',
  'flows.config.modal': 'iframe मोडल में रीडायरेक्ट के लिए उसे दिखाने वाला कंटेनर चाहिए।',
  'flows.config.sdkUrl': 'SDK पता {url} अस्वीकार किया गया: {reason}।',
  'flows.error.csp': 'साइट की Content-Security-Policy ने पेमेंट प्रोवाइडर की स्क्रिप्ट {url} को ब्लॉक कर दिया।',
} satisfies Catalog<typeof flowsMessages>;
