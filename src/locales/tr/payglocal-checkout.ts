import type { Catalog } from '../../core/messages.js';
import type { payglocalCheckoutMessages } from '../../components/payglocal-checkout/payglocal-checkout.messages.js';

/** `<pay-payglocal-checkout>` in Turkish. */
export default {
  'payglocalCheckout.pay': 'Ödeme yap',
  'payglocalCheckout.preparing': 'Ödemeniz hazırlanıyor…',
  'payglocalCheckout.leaving': 'PayGlocal’ın güvenli ödeme sayfasına yönlendiriliyorsunuz…',
  'payglocalCheckout.error.http': 'Mağaza ödemeyi başlatamadı ({reason}).',
  'payglocalCheckout.error.httpStatus': 'HTTP hatası {status}',
  'payglocalCheckout.error.network': 'Mağazaya ulaşılamadı. Bağlantınızı kontrol edip tekrar deneyin.',
  'payglocalCheckout.error.timeout': 'Mağaza zamanında yanıt vermedi. Tekrar deneyin.',
  'payglocalCheckout.error.format': 'Mağazanın yanıtında ödemenin nerede yapılacağı belirtilmiyor.',
  'payglocalCheckout.config.paymentUrl': '<pay-payglocal-checkout> için payment-url gerekli: ödemeyi başlatan ve { redirectUrl } ile yanıt veren uç noktanız.',
  'payglocalCheckout.config.paymentUrlInvalid': '<pay-payglocal-checkout> payment-url {url} bir http(s) adresi değil.',
  'payglocalCheckout.config.returnUrl': '<pay-payglocal-checkout> return-url {url} bir http(s) adresi değil.',
  'payglocalCheckout.config.amount': '<pay-payglocal-checkout> amount, en küçük para birimi cinsinden bir tam sayı olmalıdır (150,00 için 15000).',
  'payglocalCheckout.config.currency': '<pay-payglocal-checkout> currency, INR gibi üç harfli bir ISO 4217 kodu olmalıdır.',
} satisfies Catalog<typeof payglocalCheckoutMessages>;
