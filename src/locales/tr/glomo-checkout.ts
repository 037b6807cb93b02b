import type { Catalog } from '../../core/messages.js';
import type { glomoCheckoutMessages } from '../../components/glomo-checkout/glomo-checkout.messages.js';

/** `<pay-glomo-checkout>` in Turkish. */
export default {
  'glomoCheckout.pay': 'Ödeme yap',
  'glomoCheckout.preparing': 'Ödeme hazırlanıyor…',
  'glomoCheckout.opened': 'Ödeme penceresi açık. Ödemeyi orada tamamlayın.',
  'glomoCheckout.retry': 'Ödeme penceresini aç',
  'glomoCheckout.redirect': 'Yönlendirme moduyla devam et',
  'glomoCheckout.succeeded': 'Ödeme onaylandı.',
  'glomoCheckout.failed': 'Ödeme başarısız oldu: {message}',
  'glomoCheckout.pending': 'Havale bilgileri alındı. Ödeme henüz onaylanmadı.',
  'glomoCheckout.cancelled': 'Ödeme iptal edildi.',
  'glomoCheckout.coop.offer': 'Yönlendirme moduyla devam edebilirsiniz: sonuç bu durumda mağazanın dönüş sayfası üzerinden gelir.',
  'glomoCheckout.coop.callbackHint': 'Ya da sonucun mağazanın dönüş sayfası üzerinden gelmesi için yönlendirme modunu kullanın (callback-url ve mode="redirect").',
  'glomoCheckout.config.publicKey': '<pay-glomo-checkout> için public-key gerekli: Glomo panelindeki açık anahtar.',
  'glomoCheckout.config.secretKey': '<pay-glomo-checkout> public-key bir gizli anahtar (sk_…) içeriyor. Gizli anahtarların tarayıcıda yeri yoktur: açık anahtarı kullanın ve bu gizli anahtarı hemen yenileyin.',
  'glomoCheckout.config.orderId': '<pay-glomo-checkout> için order-id (sunucunuzun oluşturduğu sipariş) veya order-url (siparişi oluşturan uç noktanız) gerekli.',
  'glomoCheckout.config.orderUrl': '<pay-glomo-checkout> order-url {url} bir http(s) adresi değil.',
  'glomoCheckout.config.callbackUrl': '<pay-glomo-checkout> callback-url {url} bir https adresi olmalıdır (http yalnızca loopback host’ta).',
  'glomoCheckout.config.mode': '<pay-glomo-checkout> mode="redirect" için callback-url gerekli: mağazanın sonucu doğrulayan rotası.',
  'glomoCheckout.config.sdk': 'Glomo Checkout seçeneklerini reddetti: {reason}',
  'glomoCheckout.error.order': 'Mağaza siparişi oluşturamadı ({reason}).',
  'glomoCheckout.error.orderFormat': 'Mağazanın sipariş uç noktası order_id olmadan yanıt verdi.',
  'glomoCheckout.error.open': 'Glomo Checkout penceresini açamadı: {reason}',
  'glomoCheckout.error.sdkExport': 'Glomo Checkout betiği {url} bir GlomoCheckoutApi sınıfı sağlamıyor.',
} satisfies Catalog<typeof glomoCheckoutMessages>;
