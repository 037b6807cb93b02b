/**
 * The words `<pay-voucher-choice>` shows for its state: error messages with their amounts in
 * the shopper's locale. Pure, given a catalog lookup (`t`) and a locale.
 */
import type { MessageKey, MessageParams, Translator } from '../../core/messages.js';
import { currencyExponent, formatMoney, toMajorString } from '../../core/money.js';
import { numberSymbols } from './locale-amount.js';
import type { VoucherConfig } from './voucher-config.js';
import type { AmountError, MethodError, VoucherField } from './voucher-state.js';

/** Minor units of the configured currency for people ("€50.00", "50,00 €"); "" without a configuration. */
export function moneyText(config: VoucherConfig, amount: number, locale: string): string {
  return config.status === 'ok' ? formatMoney({ amount, currency: config.total.currency }, locale) : '';
}

/**
 * What the legend, the reasons and the errors fill in, one set for every message: the total,
 * the balance, the currency, its decimals and an example amount, in the shopper's locale.
 */
export function voucherParams(config: VoucherConfig, locale: string): MessageParams {
  if (config.status !== 'ok') return {};
  const { currency } = config.total;
  const exponent = currencyExponent(currency);
  return {
    total: moneyText(config, config.total.amount, locale),
    balance: moneyText(config, config.balance ?? 0, locale),
    currency,
    count: exponent,
    // 12.50 written the locale's way, with the currency's decimals: "12,50", "12", "12.500".
    example: toMajorString({ amount: Math.trunc(12.5 * 10 ** exponent), currency }, numberSymbols(locale).decimal),
  };
}

/** A field's error in words, with the total, balance, currency and an example amount filled in. */
export function voucherErrorText(t: Translator, locale: string, config: VoucherConfig, field: VoucherField, code: MethodError | AmountError): string {
  if (code === 'misconfigured') return t('voucher.misconfigured');
  const params = voucherParams(config, locale);
  const key = code === 'decimals' && params.count === 0 ? 'decimals.none' : code;
  return t(`voucher.error.${field}.${key}` as MessageKey, params);
}
