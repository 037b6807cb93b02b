/**
 * The words `<pay-voucher-choice>` shows for its state: error messages with their amounts in
 * the shopper's locale. Pure, given a catalog lookup (`t`) and a locale.
 */
import type { MessageKey, Translator } from '../../core/messages.js';
import { currencyExponent, formatMoney, toMajorString } from '../../core/money.js';
import { numberSymbols } from './locale-amount.js';
import type { VoucherConfig } from './voucher-config.js';
import type { AmountError, MethodError, VoucherField } from './voucher-state.js';

/** Minor units of the configured currency for people ("€50.00", "50,00 €"); "" without a configuration. */
export function moneyText(config: VoucherConfig, amount: number, locale: string): string {
  return config.status === 'ok' ? formatMoney({ amount, currency: config.total.currency }, locale) : '';
}

/** A field's error in words, with the total, balance, currency and an example amount filled in. */
export function voucherErrorText(t: Translator, locale: string, config: VoucherConfig, field: VoucherField, code: MethodError | AmountError): string {
  if (code === 'misconfigured') return t('voucher.misconfigured');
  if (config.status !== 'ok') return t(`voucher.error.${field}.${code}` as MessageKey);
  const { currency } = config.total;
  const exponent = currencyExponent(currency);
  const key = code === 'decimals' && exponent === 0 ? 'decimals.none' : code;
  return t(`voucher.error.${field}.${key}` as MessageKey, {
    total: moneyText(config, config.total.amount, locale),
    balance: moneyText(config, config.balance ?? 0, locale),
    currency,
    count: exponent,
    // 12.50 written the locale's way, with the currency's decimals: "12,50", "12", "12.500".
    example: toMajorString({ amount: Math.trunc(12.5 * 10 ** exponent), currency }, numberSymbols(locale).decimal),
  });
}
