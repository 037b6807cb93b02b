import type { Catalog } from '../../core/messages.js';
import type { payglobeMessages } from '../../providers/payglobe/payglobe.messages.js';

/** The PayGlobe adapter’s messages, in Turkish. */
export default {
  'payglobe.response.invalid': 'PayGlobe beklenmeyen biçimde bir ödeme gönderdi.',
  'payglobe.response.amounts': 'PayGlobe, tam {currency} tutarları olmayan veya toplamı tutmayan tutarlar gönderdi.',
  'payglobe.response.mismatch': 'PayGlobe, bu sayfanın başlattığından farklı bir ödemeyle yanıt verdi ({reason}).',
  'payglobe.return.invalid': 'Bu sayfa bozuk bir PayGlobe ödeme referansıyla açıldı.',
  'payglobe.message.invalid': 'PayGlobe ödeme sayfası bozuk bir mesaj gönderdi.',
  'payglobe.failed.CARD_PREAUTH_FAILED': 'Kart reddedildi.',
  'payglobe.failed.VOUCHER_FAILED': 'Yemek çekleri kullanılamadı.',
  'payglobe.failed.CARD_CAPTURE_FAILED': 'Karttan tahsilat yapılamadı. Karttaki olası bloke kaldırılacak.',
  'payglobe.failed.FAILED': 'Ödeme başarısız oldu.',
  'payglobe.failed.EXPIRED': 'Ödeme bağlantısının süresi doldu.',
} satisfies Catalog<typeof payglobeMessages>;
