/** pay-elements: classes, types and functions. Importing this registers no element. */
export * from './core/types.js';
export * from './core/events.js';
export * from './core/money.js';
export { translate, registerMessages, type MessageKey, type Messages, type PayMessages } from './core/messages.js';
export { cardFormMessages } from './components/card-form/card-form.messages.js';
export { diagnosticsMessages } from './diagnostics/diagnostics.messages.js';
export { PayElement, defineElement } from './core/pay-element.js';
export { PayCardForm } from './components/card-form/card-form.js';
export { PayVoucherChoice } from './components/voucher-choice/voucher-choice.js';
export { voucherChoiceMessages } from './components/voucher-choice/voucher-choice.messages.js';
export { PayBankTransfer } from './components/bank-transfer/bank-transfer.js';
export type { BankTransferDetails } from './components/bank-transfer/bank-details.js';
export { bankTransferMessages } from './components/bank-transfer/bank-transfer.messages.js';
export { toPayGlobeAmount, fromPayGlobeAmount } from './providers/payglobe/amount.js';
export { formControlMessages } from './core/form-control.messages.js';
export { PayDiagnostics } from './components/diagnostics/diagnostics.js';
export { diagnose, explainFailure, watchViolations } from './diagnostics/index.js';
export type { DiagnosticCheck, DiagnosticReport, DiagnoseOptions, FailureKind, FailureExplanation } from './diagnostics/index.js';
