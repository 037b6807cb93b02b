import type { Catalog } from '../../core/messages.js';
import type { voucherChoiceMessages } from '../../components/voucher-choice/voucher-choice.messages.js';

/** `<pay-voucher-choice>` in Polish. */
export default {
  'voucher.legend': 'Jak chcesz zapłacić {total}?',
  'voucher.legend.no_total': 'Jak chcesz zapłacić?',
  'voucher.method.CARD_ONLY': 'Tylko kartą',
  'voucher.method.CARD_AND_VOUCHER': 'Część bonami żywieniowymi, reszta kartą',
  'voucher.method.VOUCHER_ONLY': 'Całość bonami żywieniowymi',
  'voucher.unavailable.no_balance': 'Na Twoich bonach żywieniowych nie ma już środków.',
  'voucher.unavailable.balance_below_total': 'Twoje bony żywieniowe pokrywają {balance}, czyli mniej niż {total}.',
  'voucher.unavailable.total_too_small': 'Ta kwota jest za mała, aby ją podzielić.',
  'voucher.amount.label': 'Kwota płacona bonami żywieniowymi ({currency})',
  'voucher.amount.hint': 'Od {min} do {max}',
  'voucher.breakdown': 'Bony {voucher} · Karta {card}',
  'voucher.submit': 'Potwierdź',
  'voucher.pending': 'Przetwarzamy płatność…',
  'voucher.misconfigured': 'Nie można wyświetlić opcji płatności. Spróbuj ponownie później.',
  'voucher.error.method.required': 'Wybierz sposób płatności.',
  'voucher.error.method.unavailable': 'Ta opcja jest niedostępna.',
  'voucher.error.method.unconfigured': 'Kwota do zapłaty nie jest jeszcze znana.',
  'voucher.error.amount.required': 'Wpisz kwotę, którą chcesz zapłacić bonami żywieniowymi.',
  'voucher.error.amount.invalid': 'Wpisz kwotę w formacie {example}.',
  'voucher.error.amount.negative': 'Kwota nie może być ujemna.',
  'voucher.error.amount.decimals': 'Maksymalna liczba miejsc po przecinku dla {currency}: {count}.',
  'voucher.error.amount.decimals.none': 'Wpisz kwotę bez części dziesiętnej: {currency} nie ma miejsc po przecinku.',
  'voucher.error.amount.zero': 'Wpisz kwotę większą od zera lub wybierz „Tylko kartą”.',
  'voucher.error.amount.not_below_total': 'Wpisz mniej niż {total} lub wybierz „Całość bonami żywieniowymi”.',
  'voucher.error.amount.over_balance': 'Twoje bony żywieniowe pokrywają najwyżej {balance}.',
  'voucher.config': '<pay-voucher-choice> {attribute}="{value}" jest nieprawidłowe. total, voucher-balance: liczba całkowita ≥ 0 w najmniejszych jednostkach waluty; currency: ISO 4217; method: CARD_ONLY, CARD_AND_VOUCHER lub VOUCHER_ONLY i dostępna; voucher-amount: powyżej 0, poniżej total, w granicach voucher-balance.',
} satisfies Catalog<typeof voucherChoiceMessages>;
