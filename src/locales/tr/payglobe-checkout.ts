import type { Catalog } from '../../core/messages.js';
import type { payglobeCheckoutMessages } from '../../components/payglobe-checkout/payglobe-checkout.messages.js';

/** `<pay-payglobe-checkout>` in Turkish. */
export default {
  'payglobeCheckout.pay': '{amount} öde',
  'payglobeCheckout.payPlain': 'Ödeme yap',
  'payglobeCheckout.payAgain': 'Tekrar dene',
  'payglobeCheckout.checkoutLabel': 'PayGlobe ödeme sayfası',
  'payglobeCheckout.preparing': 'Ödeme hazırlanıyor…',
  'payglobeCheckout.opened': 'PayGlobe ödeme sayfası aşağıda açık. Ödemeyi orada tamamlayın.',
  'payglobeCheckout.redirecting': 'PayGlobe ödeme sayfasına yönlendiriliyorsunuz…',
  'payglobeCheckout.confirming': 'Ödeme onaylanıyor…',
  'payglobeCheckout.succeeded': 'Ödeme onaylandı: {amount}.',
  'payglobeCheckout.succeededPlain': 'Ödeme onaylandı.',
  'payglobeCheckout.succeededSplit': 'Ödeme onaylandı: {card} kartla ve {voucher} yemek çekiyle.',
  'payglobeCheckout.failed': 'Ödeme başarısız oldu: {message}',
  'payglobeCheckout.cancelled': 'Ödeme iptal edildi.',
  'payglobeCheckout.error': 'Ödeme tamamlanamadı: {message}',
  'payglobeCheckout.config.publishableKey': '<pay-payglobe-checkout> publishable-key, PayGlobe yayımlanabilir anahtarınız olmalıdır (pk_test_… veya pk_live_…).',
  'payglobeCheckout.config.secretKey': '<pay-payglobe-checkout> publishable-key bir gizli anahtar (sk_…) içeriyor. Gizli anahtarların tarayıcıda yeri yoktur: yayımlanabilir anahtarı (pk_…) kullanın ve bu gizli anahtarı hemen yenileyin.',
  'payglobeCheckout.config.amount': '<pay-payglobe-checkout> amount "{amount}", {currency} için en küçük birim cinsinden pozitif bir tam sayı değil (15000 EUR, 150,00 € demektir).',
  'payglobeCheckout.config.email': '<pay-payglobe-checkout> email, alışverişçinin e-posta adresi olmalıdır (PayGlobe makbuzu oraya gönderir).',
  'payglobeCheckout.config.mode': '<pay-payglobe-checkout> mode "{mode}", "iframe" veya "redirect" değil.',
  'payglobeCheckout.config.scriptUrl': '<pay-payglobe-checkout> script-url {url} reddedildi: {reason}.',
  'payglobeCheckout.error.sdk': 'payglobe.js kullanılabilir bir PayGlobe istemcisi sağlamıyor ({reason}).',
  'payglobeCheckout.error.create': 'PayGlobe ödemeyi oluşturamadı: {reason}',
  'payglobeCheckout.error.open': 'PayGlobe ödeme sayfasını açamadı: {reason}',
  'payglobeCheckout.error.retrieve': 'PayGlobe ödeme durumuyla yanıt vermedi: {reason}',
} satisfies Catalog<typeof payglobeCheckoutMessages>;
