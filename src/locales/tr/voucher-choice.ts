import type { Catalog } from '../../core/messages.js';
import type { voucherChoiceMessages } from '../../components/voucher-choice/voucher-choice.messages.js';

/** `<pay-voucher-choice>` in Turkish. */
export default {
  'voucher.legend': '{total} tutarını nasıl ödemek istersiniz?',
  'voucher.legend.no_total': 'Nasıl ödemek istersiniz?',
  'voucher.method.CARD_ONLY': 'Yalnızca kartla',
  'voucher.method.CARD_AND_VOUCHER': 'Bir kısmı yemek çekiyle, kalanı kartla',
  'voucher.method.VOUCHER_ONLY': 'Tamamı yemek çekiyle',
  'voucher.unavailable.no_balance': 'Yemek çeklerinizde bakiye kalmadı.',
  'voucher.unavailable.balance_below_total': 'Yemek çekleriniz {balance} tutarını karşılıyor; bu, {total} tutarından az.',
  'voucher.unavailable.total_too_small': 'Bu tutar bölünemeyecek kadar küçük.',
  'voucher.amount.label': 'Yemek çekiyle ödenecek tutar ({currency})',
  'voucher.amount.hint': '{min} ile {max} arası',
  'voucher.breakdown': 'Yemek çeki {voucher} · Kart {card}',
  'voucher.submit': 'Onayla',
  'voucher.pending': 'Ödeme işleniyor…',
  'voucher.misconfigured': 'Ödeme seçenekleri gösterilemiyor. Lütfen daha sonra tekrar deneyin.',
  'voucher.error.method.required': 'Nasıl ödemek istediğinizi seçin.',
  'voucher.error.method.unavailable': 'Bu seçenek kullanılamıyor.',
  'voucher.error.method.unconfigured': 'Ödenecek tutar henüz belli değil.',
  'voucher.error.amount.required': 'Yemek çekiyle ödenecek tutarı girin.',
  'voucher.error.amount.invalid': '{example} gibi bir tutar girin.',
  'voucher.error.amount.negative': 'Tutar negatif olamaz.',
  'voucher.error.amount.decimals': '{currency} için en fazla {count} ondalık basamak kullanın.',
  'voucher.error.amount.decimals.none': 'Küsuratsız bir tutar girin: {currency} ondalık basamak kullanmaz.',
  'voucher.error.amount.zero': 'Sıfırdan büyük bir tutar girin veya “Yalnızca kartla” seçeneğini seçin.',
  'voucher.error.amount.not_below_total': '{total} tutarından az bir tutar girin veya “Tamamı yemek çekiyle” seçeneğini seçin.',
  'voucher.error.amount.over_balance': 'Yemek çekleriniz en fazla {balance} tutarını karşılıyor.',
  'voucher.config': '<pay-voucher-choice> {attribute}="{value}" geçersiz. total, voucher-balance: en küçük para birimi cinsinden ≥ 0 tam sayı; currency: ISO 4217; method: CARD_ONLY, CARD_AND_VOUCHER veya VOUCHER_ONLY ve kullanılabilir olmalı; voucher-amount: 0’dan büyük, total değerinden küçük ve voucher-balance dahilinde.',
} satisfies Catalog<typeof voucherChoiceMessages>;
