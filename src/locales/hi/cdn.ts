import type { Catalog } from '../../core/messages.js';
import type { cdnMessages } from '../../cdn/cdn.messages.js';

/** The script-tag loader in Hindi. */
export default {
  'cdn.error.load': '<{tag}> को {url} से लोड नहीं किया जा सका: {reason}।',
  'cdn.error.unknownTag': '<{tag}> कोई pay-elements एलिमेंट नहीं है।',
  'cdn.reason.failed': 'फ़ाइल लोड नहीं हुई, या वह अपने इंटेग्रिटी हैश से मेल नहीं खाती',
  'cdn.reason.csp': 'साइट की Content-Security-Policy ने इसे ब्लॉक कर दिया (script-src में {origin} की अनुमति दें)',
  'cdn.reason.refused': 'केवल https (या लूपबैक) पते लोड किए जाते हैं',
  'cdn.reason.unregistered': 'फ़ाइल चली लेकिन उसने कुछ भी परिभाषित नहीं किया (क्या यह pay-elements के किसी दूसरे वर्ज़न की है?)',
  'cdn.reason.noBase': 'pay-elements.iife.js का पता अज्ञात है (इसे <script src> से लोड करें)',
} satisfies Catalog<typeof cdnMessages>;
