/**
 * Everything `<pay-bank-transfer>`'s form shows and reports, derived from what its two fields
 * hold by one pure function: no DOM, callable from tests. The element derives it once per
 * change and reads it everywhere (render, validity, the submitted event, FormData).
 */
import type { PayBankTransferSubmittedDetail } from '../../core/events.js';
import {
  normaliseAccount, normaliseReference, validateAccount, validateReference,
  type AccountError, type NormalisedAccount, type ReferenceError,
} from './validate.js';

/** The fields in tab order: the first invalid one gets focus on submit. */
export const BANK_TRANSFER_FIELDS = ['senderAccountNumber', 'transactionReference'] as const;
export type BankTransferField = (typeof BANK_TRANSFER_FIELDS)[number];

export type BankTransferValues = Record<BankTransferField, string>;
export type BankTransferFieldError = AccountError | ReferenceError;
export type BankTransferErrors = Partial<Record<BankTransferField, BankTransferFieldError>>;

export const emptyBankTransferValues = (): BankTransferValues => ({ senderAccountNumber: '', transactionReference: '' });

export interface BankTransferInputs {
  /** What each field holds, as typed. */
  values: BankTransferValues;
  /** Fields showing their final errors (left after an edit, or all after a submit). */
  showing: ReadonlySet<BankTransferField>;
}

export interface BankTransferState {
  account: NormalisedAccount;
  reference: string;
  /** Final errors: what stops the form being submitted. */
  errors: BankTransferErrors;
  /** Errors showing now: final ones for fields showing them, typing ones for the rest. */
  visible: BankTransferErrors;
  complete: boolean;
  /** The normalised values handed out on submit, once complete. */
  submission: Omit<PayBankTransferSubmittedDetail, 'orderId'> | null;
}

function fieldErrors(account: NormalisedAccount, reference: string, final: boolean): BankTransferErrors {
  const errors: BankTransferErrors = {};
  const accountError = validateAccount(account, final);
  const referenceError = validateReference(reference, final);
  if (accountError) errors.senderAccountNumber = accountError;
  if (referenceError) errors.transactionReference = referenceError;
  return errors;
}

export function deriveBankTransferState({ values, showing }: BankTransferInputs): BankTransferState {
  const account = normaliseAccount(values.senderAccountNumber);
  const reference = normaliseReference(values.transactionReference);
  const errors = fieldErrors(account, reference, true);
  const typing = fieldErrors(account, reference, false);
  const visible: BankTransferErrors = {};
  for (const field of BANK_TRANSFER_FIELDS) {
    const code = showing.has(field) ? errors[field] : typing[field];
    if (code) visible[field] = code;
  }
  const complete = Object.keys(errors).length === 0;
  return {
    account,
    reference,
    errors,
    visible,
    complete,
    submission: complete ? { senderAccountNumber: account.value, transactionReference: reference } : null,
  };
}

/** The entries that go into FormData under `name` once complete: the submitted event's detail. */
export function bankTransferFormEntries(state: BankTransferState, name: string, orderId: string): [string, string][] | null {
  if (!name || !state.submission) return null;
  return Object.entries({ orderId, ...state.submission }).map(([key, value]) => [`${name}[${key}]`, value]);
}
