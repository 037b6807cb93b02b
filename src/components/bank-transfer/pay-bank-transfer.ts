import { defineElement } from '../../core/pay-element.js';
import { PayBankTransfer } from './bank-transfer.js';

export { PayBankTransfer } from './bank-transfer.js';
export type { BankTransferDetails } from './bank-details.js';

defineElement('pay-bank-transfer', PayBankTransfer);

declare global {
  interface HTMLElementTagNameMap {
    'pay-bank-transfer': PayBankTransfer;
  }
}
