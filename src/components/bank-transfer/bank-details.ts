/**
 * The beneficiary details `<pay-bank-transfer>` shows, as the merchant (or provider) hands them
 * over: parsed with zod/mini, never trusted. An IBAN or BIC that fails its own checks is a
 * configuration error — a shopper must never be shown a mistyped account to pay into.
 */
import * as z from 'zod/mini';
import { isCurrency } from '../../core/money.js';
import { describeIssues } from '../../core/zod-issues.js';
import type { Money } from '../../core/types.js';
import { compactIban, isValidBic, isValidIban } from './iban.js';

/** The account to pay into, as given to the `details` property. */
export interface BankTransferDetails {
  /** The beneficiary's name. */
  accountName: string;
  /** A domestic account number (given, or `iban`, or both). */
  accountNumber?: string;
  /** The beneficiary's IBAN, in any spacing or case. */
  iban?: string;
  bic?: string;
  bankName?: string;
  /** What to transfer, in integer minor units. */
  amount: Money;
  /** The reference the shopper must include in the transfer. */
  reference?: string;
}

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

const detailsSchema = z.object({
  accountName: text(200),
  accountNumber: z.optional(text(64)),
  iban: z.optional(z.string().check(z.refine((iban) => isValidIban(compactIban(iban)), { message: 'not a valid IBAN' }))),
  bic: z.optional(z.string().check(z.trim(), z.refine((bic) => isValidBic(bic.toUpperCase()), { message: 'not a valid BIC' }))),
  bankName: z.optional(text(200)),
  amount: z.object({
    amount: z.number().check(z.int(), z.positive(), z.refine(Number.isSafeInteger, { message: 'not a safe integer' })),
    currency: z.string().check(z.refine(isCurrency, { message: 'not an ISO 4217 currency code' })),
  }),
  reference: z.optional(text(140)),
}).check(z.refine((details) => Boolean(details.accountNumber ?? details.iban), { message: 'accountNumber or iban is required' }));

export type ParsedDetails = { ok: true; details: BankTransferDetails } | { ok: false; problem: string };

/** Parses `details`; on failure says what is wrong, path by path, for the `invalid_config` message. */
export function parseBankTransferDetails(value: unknown): ParsedDetails {
  if (value == null) return { ok: false, problem: 'missing' };
  const result = detailsSchema.safeParse(value);
  if (result.success) return { ok: true, details: result.data };
  return { ok: false, problem: describeIssues(result.error.issues, 'details') };
}

export type DetailKey = 'accountName' | 'bankName' | 'iban' | 'accountNumber' | 'bic' | 'amount' | 'reference';

/** One detail as shown: what it is, how it reads, what its copy button copies. */
export interface DetailRow {
  key: DetailKey;
  /** Shown as written (grouped IBAN) or a formatted amount. */
  display: string;
  /** What goes on the clipboard: the IBAN without spaces, the amount as a plain decimal. */
  copy: string;
  /** Account numbers, IBANs, BICs and references read left to right on every page. */
  ltr: boolean;
}

/** An IBAN in groups of four, as printed on statements: "DE89 3704 0044 0532 0130 00". */
export const groupIban = (iban: string): string => iban.replace(/(.{4})(?=.)/g, '$1 ');

/** A detail shown and copied as written. */
const row = (key: DetailKey, value: string, ltr = false): DetailRow => ({ key, display: value, copy: value, ltr });

/** The rows shown, in reading order; `amount` is formatted by the caller (it knows the locale). */
export function detailRows(details: BankTransferDetails, amount: { display: string; copy: string }): DetailRow[] {
  const iban = details.iban && compactIban(details.iban);
  const bic = details.bic?.toUpperCase();
  const rows: (DetailRow | false | undefined | '')[] = [
    row('accountName', details.accountName),
    details.bankName && row('bankName', details.bankName),
    iban && { key: 'iban', display: groupIban(iban), copy: iban, ltr: true },
    details.accountNumber && row('accountNumber', details.accountNumber, true),
    bic && row('bic', bic, true),
    { key: 'amount', ...amount, ltr: false },
    details.reference && row('reference', details.reference, true),
  ];
  return rows.filter((value): value is DetailRow => Boolean(value));
}
