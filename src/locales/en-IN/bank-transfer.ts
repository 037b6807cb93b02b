import type { Catalog } from '../../core/messages.js';
import type { bankTransferMessages } from '../../components/bank-transfer/bank-transfer.messages.js';

/** `<pay-bank-transfer>` in Indian English (only where it differs from the English default). */
export default {
  'bank.details.intro': 'Send the amount below to this account, then tell us the account you paid from and the transfer’s UTR number.',
  'bank.details.accountName': 'Beneficiary name',
  'bank.details.bic': 'SWIFT code (BIC)',
  'bank.details.reference': 'Reference to add in remarks',
  'bank.reference.label': 'UTR / transaction reference number',
  'bank.reference.hint': 'The UTR or transaction reference number your bank gave the transfer: 6 to 35 letters, digits, - or /.',
  'bank.error.transactionReference.required': 'Enter the transfer’s UTR / transaction reference number.',
} satisfies Partial<Catalog<typeof bankTransferMessages>>;
