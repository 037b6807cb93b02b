import type { TranslationLoader } from '../../core/catalogs.js';

/** Every visible string of `<pay-bank-transfer>`. English defaults; other locales through `registerMessages()`. */
export const bankTransferMessages = {
  'bank.details.title': 'Transfer details',
  'bank.details.intro': 'Send the amount below to this account, then tell us the account you paid from and the transfer’s reference.',
  'bank.details.accountName': 'Account name',
  'bank.details.accountNumber': 'Account number',
  'bank.details.iban': 'IBAN',
  'bank.details.bic': 'BIC / SWIFT',
  'bank.details.bankName': 'Bank',
  'bank.details.amount': 'Amount',
  'bank.details.reference': 'Reference to include',
  'bank.copy': 'Copy',
  'bank.copy.label': 'Copy {detail}',
  'bank.copy.done': 'Copied',
  'bank.copy.done.label': 'Copied {detail}',
  'bank.copy.failed': 'Couldn’t copy {detail}. Select it and copy it yourself.',
  'bank.sender.label': 'Your account number or IBAN',
  'bank.sender.hint': 'The account you sent the money from.',
  'bank.reference.label': 'Transfer reference (UTR)',
  'bank.reference.hint': 'The reference your bank gave the transfer: 6 to 35 letters, digits, - or /.',
  'bank.submit': 'I’ve made the transfer',
  'bank.pending': 'Sending your transfer details…',
  'bank.submitted.title': 'Transfer details received',
  'bank.submitted.body': 'Thank you. Your payment isn’t confirmed yet: it will be once the transfer reaches the account, which can take a few working days.',
  /** What is said once submitted: the notice's title and body. */
  'bank.submitted.announce': '{title}. {body}',
  'bank.unavailable': 'Bank transfer is unavailable right now. Please choose another way to pay, or try again later.',
  'bank.error.senderAccountNumber.required': 'Enter the account number or IBAN you paid from.',
  'bank.error.senderAccountNumber.invalid_characters': 'An account number has only letters and digits.',
  'bank.error.senderAccountNumber.too_short': 'An account number has at least 6 letters and digits.',
  'bank.error.senderAccountNumber.too_long': 'An account number has at most 34 letters and digits.',
  'bank.error.senderAccountNumber.iban_country': 'No IBAN starts with {country}: check the country code.',
  'bank.error.senderAccountNumber.iban_length': 'A {country} IBAN has {length} characters; this one has {actual}.',
  'bank.error.senderAccountNumber.iban_format': 'This IBAN doesn’t match the {country} format. Check it against your bank statement.',
  'bank.error.senderAccountNumber.iban_checksum': 'This IBAN is invalid: check the digits against your bank statement.',
  'bank.error.transactionReference.required': 'Enter the transfer’s reference.',
  'bank.error.transactionReference.invalid_characters': 'A reference has only letters, digits, - and /.',
  'bank.error.transactionReference.too_short': 'A reference has at least 6 characters.',
  'bank.error.transactionReference.too_long': 'A reference has at most 35 characters.',
  'bank.config.details': '<pay-bank-transfer> details: {problem}',
  'bank.config.orderId': '<pay-bank-transfer> needs an order-id: the Glomo order the transfer pays.',
} as const;

/** Loads the translations of this catalog (src/locales/bank-transfer.ts), once an element needs them. */
export const bankTransferTranslations: TranslationLoader = () => import('../../locales/bank-transfer.js');

declare module '../../core/messages.js' {
  interface PayMessages extends Record<keyof typeof bankTransferMessages, string> {}
}
