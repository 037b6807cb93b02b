import type { Catalog } from '../../core/messages.js';
import type { cardPaymentMessages } from '../../components/card-payment/card-payment.messages.js';

/** `<pay-card-payment>` in Turkish. */
export default {
  'cardPayment.modal.title': 'Ödemenizi bankanızla onaylayın',
  'cardPayment.waiting.newTab': 'Ödemeyi yeni sekmede tamamlayın. Bu sayfa kendiliğinden güncellenir.',
  'cardPayment.waiting.host': 'Bankanızın onayı bekleniyor…',
  'cardPayment.succeeded': 'Ödeme tamamlandı. Teşekkürler!',
  'cardPayment.cancelled': 'Ödeme iptal edildi. Tekrar denemek isterseniz kart bilgileriniz burada duruyor.',
  'cardPayment.declined': 'Ödeme reddedildi: {reason}',
  'cardPayment.declined.generic': 'Ödeme reddedildi. Tekrar deneyin veya başka bir kart kullanın.',
  'cardPayment.retry': 'Ödeme tamamlanamadı. Lütfen tekrar deneyin.',
  'cardPayment.error.network': '<pay-card-payment>, payment-url {url} adresine ulaşamadı: {reason}.',
  'cardPayment.error.http': '<pay-card-payment> payment-url {url}, HTTP {status}{detail} ile yanıt verdi.',
  'cardPayment.error.json': '<pay-card-payment> payment-url {url}, JSON ile yanıt vermedi.',
  'cardPayment.error.response': '<pay-card-payment> payment-url {url}, bir Glomo ödemesiyle yanıt vermedi ({reason}).',
  'cardPayment.error.action': '<pay-card-payment>: SIBS, bu sayfanın yürütemediği bir 3-D Secure adımı istedi ({type}).',
  'cardPayment.config.provider': '<pay-card-payment> provider="{provider}" desteklenmiyor: "glomo" veya "sibs" kullanın.',
  'cardPayment.config.paymentUrl': '<pay-card-payment> için payment-url gerekli: mağazanın ödemeyi başlatan uç noktası (bir http(s) URL’si).',
  'cardPayment.config.statusUrl': '<pay-card-payment> için status-url gerekli: mağaza sunucusunda {paymentId} içeren bir http(s) URL şablonu.',
  'cardPayment.config.redirect': '<pay-card-payment> redirect="{value}" şunlardan biri değil: iframe, new-tab, same-tab, host.',
} satisfies Catalog<typeof cardPaymentMessages>;
