import type { Catalog } from '../../core/messages.js';
import type { sibsMessages } from '../../providers/sibs/sibs.messages.js';

/** The SIBS adapter’s messages, in Turkish. */
export default {
  'sibs.error.network': 'Mağazanın ödeme uç noktasına ({url}) ulaşılamadı: {reason}.',
  'sibs.error.timeout': 'Mağazanın ödeme uç noktası ({url}) {seconds} sn içinde yanıt vermedi.',
  'sibs.error.http': 'Mağazanın ödeme uç noktası ({url}) HTTP {status}{detail} ile yanıt verdi.',
  'sibs.error.json': 'Mağazanın ödeme uç noktası ({url}) JSON ile yanıt vermedi.',
  'sibs.error.response': 'Mağazanın ödeme uç noktası ({url}) geçerli bir SIBS yanıtı döndürmedi: {what} ({reason}).',
  'sibs.what.mbway': 'MB WAY alışverişi',
  'sibs.what.multibanco': 'Multibanco referansı',
  'sibs.what.card': 'kartla alışveriş',
  'sibs.declined': 'Ödeme reddedildi.',
  'sibs.refused': 'Ödeme MB WAY uygulamasında reddedildi.',
  'sibs.expired': 'Ödeme isteğinin süresi doldu.',
  'sibs.referenceExpired': 'Multibanco referansının süresi ödenmeden doldu.',
  'sibs.failed': 'Ödeme başarısız oldu ({status}).',
  'sibs.config.paymentUrl': '{element} için payment-url gerekli: mağazanın ödemeyi başlatan uç noktası (bir http(s) URL’si).',
  'sibs.config.statusUrl': '{element} için status-url gerekli: mağaza sunucusunda {paymentId} içeren bir http(s) URL şablonu.',
} satisfies Catalog<typeof sibsMessages>;
