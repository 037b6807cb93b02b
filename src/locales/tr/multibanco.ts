import type { Catalog } from '../../core/messages.js';
import type { multibancoMessages } from '../../components/multibanco/multibanco.messages.js';

/** `<pay-multibanco>` in Turkish. */
export default {
  'multibanco.intro': 'Herhangi bir Multibanco ATM’sinde veya bankanızın uygulamasında Multibanco referansıyla ödeyin.',
  'multibanco.start': 'Multibanco referansı al',
  'multibanco.starting': 'Referansınız alınıyor…',
  'multibanco.details.title': 'Multibanco ödeme bilgileri',
  'multibanco.details.intro': 'Bir Multibanco ATM’sinde veya bankanızın uygulamasında “Hizmet ödemeleri” (Pagamento de serviços) menüsünü seçin ve şunları girin:',
  'multibanco.details.entity': 'Kurum kodu',
  'multibanco.details.reference': 'Referans numarası',
  'multibanco.details.amount': 'Tutar',
  'multibanco.details.expiry': 'Son ödeme tarihi',
  'multibanco.copy': 'Kopyala',
  'multibanco.copy.label': 'Kopyala: {detail}',
  'multibanco.copy.done': 'Kopyalandı',
  'multibanco.copy.done.label': 'Kopyalandı: {detail}',
  'multibanco.copy.announce': 'Kopyalandı: {detail}.',
  'multibanco.copy.failed': 'Kopyalanamadı: {detail}. Metni seçip kendiniz kopyalayın.',
  'multibanco.issued.announce': 'Multibanco referansınız hazır: kurum kodu {entity}, referans numarası {reference}, tutar {amount}, son ödeme tarihi {expiry}.',
  'multibanco.waiting': 'Ödemeniz bekleniyor. Ödeme yaptıktan sonra bankanızın onaylaması birkaç dakikadan birkaç güne kadar sürebilir: bu sayfayı açık tutmanıza gerek yok.',
  'multibanco.watching': 'Ödemeniz kontrol ediliyor…',
  'multibanco.stopped': 'Onay henüz bize ulaşmadı. Bu normaldir: birkaç gün sürebilir. Daha sonra tekrar gelin veya şimdi yeniden kontrol edin.',
  'multibanco.checkAgain': 'Yeniden kontrol et',
  'multibanco.succeeded': 'Ödeme alındı. Teşekkürler!',
  'multibanco.expired': 'Bu referansın süresi ödenmeden doldu. Yeni bir referans alabilirsiniz.',
  'multibanco.failed': 'Ödeme tamamlanamadı ({reason}). Yeni bir referans alabilirsiniz.',
  'multibanco.retry': 'Multibanco referansı alınamadı. Lütfen tekrar deneyin.',
  'multibanco.newReference': 'Yeni referans al',
  'multibanco.config.paymentUrl': '<pay-multibanco> için payment-url gerekli: mağazanın referansı oluşturan uç noktası (bir http(s) URL’si).',
  'multibanco.config.statusUrl': '<pay-multibanco> için status-url gerekli: mağaza sunucusunda {paymentId} içeren bir http(s) URL şablonu.',
  'multibanco.error.reference': 'Mağazanın ödeme uç noktası, tutarı gösterilemeyen bir Multibanco referansıyla yanıt verdi ({amount}).',
} satisfies Catalog<typeof multibancoMessages>;
