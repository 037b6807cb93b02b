import type { TranslationLoader } from '../../core/catalogs.js';

/** Every visible string of `<pay-voucher-choice>`. English defaults; other locales through `registerMessages()`. */
export const voucherChoiceMessages = {
  'voucher.legend': 'How do you want to pay {total}?',
  'voucher.legend.no_total': 'How do you want to pay?',
  'voucher.method.CARD_ONLY': 'Card only',
  'voucher.method.CARD_AND_VOUCHER': 'Part with meal vouchers, the rest by card',
  'voucher.method.VOUCHER_ONLY': 'All with meal vouchers',
  'voucher.unavailable.no_balance': 'Your meal vouchers have no balance left.',
  'voucher.unavailable.balance_below_total': 'Your meal vouchers cover {balance}, less than {total}.',
  'voucher.unavailable.total_too_small': 'This amount is too small to split.',
  'voucher.amount.label': 'Amount on meal vouchers ({currency})',
  'voucher.amount.hint': 'From {min} to {max}',
  'voucher.breakdown': 'Vouchers {voucher} · Card {card}',
  'voucher.submit': 'Confirm',
  'voucher.pending': 'Processing payment…',
  'voucher.misconfigured': 'Payment options can’t be shown. Please try again later.',
  'voucher.error.method.required': 'Choose how you want to pay.',
  'voucher.error.method.unavailable': 'This choice is not available.',
  'voucher.error.method.unconfigured': 'The amount to pay is not known yet.',
  'voucher.error.amount.required': 'Enter the amount to pay with meal vouchers.',
  'voucher.error.amount.invalid': 'Enter an amount like {example}.',
  'voucher.error.amount.negative': 'The amount can’t be negative.',
  'voucher.error.amount.decimals': 'Use at most {count} decimals for {currency}.',
  'voucher.error.amount.decimals.none': 'Enter a whole amount: {currency} has no decimals.',
  'voucher.error.amount.zero': 'Enter an amount above zero, or choose “Card only”.',
  'voucher.error.amount.not_below_total': 'Enter less than {total}, or choose “All with meal vouchers”.',
  'voucher.error.amount.over_balance': 'Your meal vouchers cover at most {balance}.',
  'voucher.config': '<pay-voucher-choice> {attribute}="{value}" is invalid. total, voucher-balance: integer minor units ≥ 0; currency: ISO 4217; method: CARD_ONLY, CARD_AND_VOUCHER or VOUCHER_ONLY, and available; voucher-amount: above 0, below total, within voucher-balance.',
} as const;

/** Loads the translations of this catalog (src/locales/voucher-choice.ts), once an element needs them. */
export const voucherChoiceTranslations: TranslationLoader = () => import('../../locales/voucher-choice.js');

declare module '../../core/messages.js' {
  interface PayMessages extends Record<keyof typeof voucherChoiceMessages, string> {}
}
