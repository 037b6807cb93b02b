import type { Catalog } from '../../core/messages.js';
import type { mbwayMessages } from '../../components/mbway/mbway.messages.js';

/** `<pay-mbway>` in Turkish. */
export default {
  'mbway.phone.label': 'MB WAY telefon numarası',
  'mbway.phone.hint': 'MB WAY uygulamanıza bağlı Portekiz cep telefonu numarası, ör. 912 345 678.',
  'mbway.phone.prefix': '+351',
  'mbway.submit': 'MB WAY ile öde',
  'mbway.pending': 'İstek telefonunuza gönderiliyor…',
  'mbway.error.phone.required': 'MB WAY telefon numaranızı girin.',
  'mbway.error.phone.invalid_characters': 'Telefon numarası yalnızca rakam, boşluk ve baştaki + işaretini içerir.',
  'mbway.error.phone.country': 'MB WAY için bir Portekiz cep telefonu numarası (+351) gerekir.',
  'mbway.error.phone.not_mobile': 'Portekiz cep telefonu numaraları 9 ile başlar.',
  'mbway.error.phone.too_short': 'Portekiz cep telefonu numaraları 9 hanelidir.',
  'mbway.error.phone.too_long': 'Portekiz cep telefonu numaraları 9 hanelidir; bu numara daha uzun.',
  'mbway.waiting.title': 'Ödemeyi MB WAY uygulamanızda onaylayın',
  'mbway.waiting.body': '{phone} numarasına bir ödeme isteği gönderdik. O telefonda MB WAY uygulamasını açıp isteği onaylayın.',
  'mbway.waiting.time': 'Onay için kalan süre:',
  'mbway.waiting.announce': 'Ödeme isteği {phone} numarasına gönderildi. {time} içinde MB WAY uygulamasında onaylayın.',
  'mbway.countdown.left': 'Ödemeyi onaylamak için kalan süre: {time}.',
  'mbway.checking': 'Ödemenin onaylanıp onaylanmadığı kontrol ediliyor…',
  'mbway.succeeded': 'Ödeme onaylandı. Teşekkürler!',
  'mbway.refused': 'Ödeme MB WAY uygulamasında reddedildi. Yeni bir istek gönderebilirsiniz.',
  'mbway.expired': 'Ödeme isteğinin süresi onaylanmadan doldu. Yeni bir istek gönderebilirsiniz.',
  'mbway.failed': 'Ödeme tamamlanamadı ({reason}). Yeni bir istek gönderebilirsiniz.',
  'mbway.retry': 'Ödeme isteği gönderilemedi. Lütfen tekrar deneyin.',
  'mbway.config.paymentUrl': '<pay-mbway> için payment-url gerekli: mağazanın ödemeyi başlatan uç noktası (bir http(s) URL’si).',
  'mbway.config.statusUrl': '<pay-mbway> için status-url gerekli: mağaza sunucusunda {paymentId} içeren bir http(s) URL şablonu.',
  'mbway.config.timeout': '<pay-mbway> timeout="{value}", 1 ile 3600 arasında bir saniye sayısı değil.',
} satisfies Catalog<typeof mbwayMessages>;
