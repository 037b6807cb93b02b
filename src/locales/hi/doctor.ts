import type { Catalog } from '../../core/messages.js';
import type { doctorMessages } from '../../cli/doctor.messages.js';

/** The doctor’s terminal words in Hindi. */
export default {
  'doctor.title': 'pay-elements doctor जाँच: {url}',
  'doctor.label.pass': 'सफल',
  'doctor.label.fail': 'विफल',
  'doctor.label.warn': 'ध्यान',
  'doctor.label.unknown': '????',
  'doctor.headersUnreadable': '(रिस्पॉन्स हेडर पढ़े नहीं जा सके: हेडर की जाँचों का परिणाम अज्ञात है)',
  'doctor.note': 'नोट: {note}',
  'doctor.missing': '{directive} में नहीं है: {sources}',
  'doctor.fix.title': 'समाधान (आपकी मौजूदा पॉलिसी में जोड़ा गया):',
  'doctor.coopFix.title': 'COOP समाधान:',
  'doctor.how': 'कैसे: {summary}',
  'doctor.fetchFailed': '{url} फ़ेच नहीं किया जा सका: {reason}',
  'doctor.arg.unknown': 'अज्ञात विकल्प {option}',
  'doctor.arg.unexpected': 'अप्रत्याशित आर्ग्युमेंट {argument}',
  'doctor.arg.missingUrl': '<url> नहीं दिया गया',
  'doctor.arg.timeout': 'अमान्य --timeout {value}: 1 से 120000 तक मिलीसेकंड की पूर्ण संख्या दें',
  'doctor.arg.lang': 'अमान्य --lang {value}: कोई भाषा टैग दें, जैसे it, pt-PT या zh-CN',
  'doctor.usage.summary': 'किसी पेज की Cross-Origin-Opener-Policy और Content-Security-Policy (हेडर और <meta http-equiv>) को हर पेमेंट प्रोवाइडर की ज़रूरतों से मिलाकर जाँचता है।',
  'doctor.usage.provider': '{names} (दोहराया जा सकता है, या कॉमा से अलग करें; डिफ़ॉल्ट: सभी)',
  'doctor.usage.returnUrl': 'वह पेज जिस पर पॉपअप चेकआउट लौटता है (Glomo का callbackUrl): उसकी COOP भी जाँची जाती है',
  'doctor.usage.timeout': 'इतने समय में जवाब न देने वाले पेज को छोड़ दें (डिफ़ॉल्ट {ms})',
  'doctor.usage.json': 'रिपोर्ट JSON में प्रिंट करें (CI के लिए)',
  'doctor.usage.lang': 'रिपोर्ट की भाषा (डिफ़ॉल्ट: LC_ALL, LC_MESSAGES या LANG, वरना अंग्रेज़ी)',
  'doctor.usage.exit': 'एग्ज़िट कोड: 0 कोई विफलता नहीं, 1 कोई जाँच विफल, 2 ग़लत आर्ग्युमेंट, 3 पेज पढ़ा नहीं जा सका।',
} satisfies Catalog<typeof doctorMessages>;
