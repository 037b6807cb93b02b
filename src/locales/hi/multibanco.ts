import type { Catalog } from '../../core/messages.js';
import type { multibancoMessages } from '../../components/multibanco/multibanco.messages.js';

/** `<pay-multibanco>` in Hindi. */
export default {
  'multibanco.intro': 'किसी भी Multibanco ATM पर या अपने बैंक के ऐप में Multibanco रेफ़रेंस से भुगतान करें।',
  'multibanco.start': 'Multibanco रेफ़रेंस पाएँ',
  'multibanco.starting': 'आपका रेफ़रेंस लिया जा रहा है…',
  'multibanco.details.title': 'Multibanco भुगतान की जानकारी',
  'multibanco.details.intro': 'Multibanco ATM पर या अपने बैंक के ऐप में, सेवाओं का भुगतान (Pagamento de serviços) चुनें और यह दर्ज करें:',
  'multibanco.details.entity': 'एंटिटी (Entidade)',
  'multibanco.details.reference': 'रेफ़रेंस (Referência)',
  'multibanco.details.amount': 'राशि',
  'multibanco.details.expiry': 'इससे पहले भुगतान करें',
  'multibanco.copy': 'कॉपी करें',
  'multibanco.copy.label': '{detail} कॉपी करें',
  'multibanco.copy.done': 'कॉपी हो गया',
  'multibanco.copy.done.label': '{detail} कॉपी हो गया',
  'multibanco.copy.announce': '{detail} कॉपी हो गया।',
  'multibanco.copy.failed': '{detail} कॉपी नहीं हो सका। उसे चुनकर ख़ुद कॉपी करें।',
  'multibanco.issued.announce': 'आपका Multibanco रेफ़रेंस तैयार है: एंटिटी {entity}, रेफ़रेंस {reference}, राशि {amount}, {expiry} से पहले भुगतान करें।',
  'multibanco.waiting': 'आपके भुगतान का इंतज़ार है। भुगतान करने के बाद, आपके बैंक को उसकी पुष्टि करने में कुछ मिनट से लेकर कुछ दिन तक लग सकते हैं: आपको यह पेज खुला रखने की ज़रूरत नहीं है।',
  'multibanco.watching': 'आपके भुगतान की जाँच की जा रही है…',
  'multibanco.stopped': 'हमें अभी तक पुष्टि नहीं मिली है। यह सामान्य है: इसमें कुछ दिन तक लग सकते हैं। बाद में वापस आएँ, या अभी दोबारा जाँचें।',
  'multibanco.checkAgain': 'दोबारा जाँचें',
  'multibanco.succeeded': 'भुगतान मिल गया। धन्यवाद!',
  'multibanco.expired': 'भुगतान होने से पहले ही इस रेफ़रेंस की समय-सीमा ख़त्म हो गई। आप नया रेफ़रेंस ले सकते हैं।',
  'multibanco.failed': 'भुगतान पूरा नहीं हो सका ({reason})। आप नया रेफ़रेंस ले सकते हैं।',
  'multibanco.retry': 'हमें Multibanco रेफ़रेंस नहीं मिल सका। कृपया दोबारा कोशिश करें।',
  'multibanco.newReference': 'नया रेफ़रेंस पाएँ',
  'multibanco.config.paymentUrl': '<pay-multibanco> को payment-url चाहिए: मर्चेंट का वह एंडपॉइंट जो रेफ़रेंस जारी करता है (एक http(s) URL)।',
  'multibanco.config.statusUrl': '<pay-multibanco> को status-url चाहिए: मर्चेंट के सर्वर पर एक http(s) URL टेम्पलेट जिसमें {paymentId} हो।',
  'multibanco.error.reference': 'मर्चेंट के भुगतान एंडपॉइंट ने ऐसा Multibanco रेफ़रेंस लौटाया जिसकी राशि दिखाई नहीं जा सकती ({amount})।',
} satisfies Catalog<typeof multibancoMessages>;
