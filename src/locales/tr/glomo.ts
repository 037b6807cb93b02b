import type { Catalog } from '../../core/messages.js';
import type { glomoMessages } from '../../providers/glomo/glomo.messages.js';

/** The Glomo adapter’s messages, in Turkish. */
export default {
  'glomo.callback.missing': 'Bu sayfa bir Glomo ödeme sonucu olmadan açıldı.',
  'glomo.callback.invalid': 'Bu adresteki Glomo ödeme sonucu bozuk.',
  'glomo.callback.refused': 'Ödeme sonucu mağaza tarafından doğrulanamadı ({reason}).',
  'glomo.payment.failed': 'Ödeme başarısız oldu.',
  'glomo.response.invalid': 'Ödeme sunucusu Glomo ödemesi olmayan bir yanıt gönderdi.',
  'glomo.event.invalid': 'Glomo Checkout bozuk bir {event} verisi gönderdi.',
} satisfies Catalog<typeof glomoMessages>;
