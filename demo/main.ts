import '../src/define.js';
import type { PayBankTransfer, PayCardForm, PayCardSubmitDetail, PayVoucherChoice } from '../src/index.js';

const log = document.querySelector<HTMLOListElement>('#log')!;
const card = document.querySelector<PayCardForm>('#card')!;

/** The log shows what a merchant's code receives, but never prints a full card number or CVC. */
function masked(detail: unknown): unknown {
  const submit = detail as PayCardSubmitDetail;
  if (!submit?.card) return detail;
  return { ...submit, card: { ...submit.card, number: `•••• ${submit.last4}`, cvv: '•••' } };
}

function record(name: string, detail: unknown): void {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} ${name} ${JSON.stringify(masked(detail))}`;
  log.prepend(item);
}

const LOGGED = [
  'pay-card-change', 'pay-card-submit', 'pay-voucher-change', 'pay-voucher-submit', 'pay-bank-transfer-submitted',
  'pay-error', 'pay-success', 'pay-failure', 'pay-pending', 'pay-cancel', 'pay-redirect',
] as const;
for (const name of LOGGED) {
  document.addEventListener(name, (event) => record(name, event.detail));
}

// A real integration would send the card to its server here; the demo shows the pending state,
// then ends the attempt the way a decline would.
card.addEventListener('pay-card-submit', () => {
  setTimeout(() => card.endSubmit({ error: 'Demo: nothing was charged. A real shop would send the card to its server.' }), 1500);
});

const nativeForm = document.querySelector<HTMLFormElement>('#native-form')!;
nativeForm.addEventListener('submit', (event) => {
  event.preventDefault();
  record('form submit', Object.fromEntries(new FormData(nativeForm)));
  // The form's card element went pending when the form submitted: end it, as the shop's answer would.
  setTimeout(() => nativeForm.querySelector<PayCardForm>('pay-card-form')!.endSubmit(), 1000);
});

const voucher = document.querySelector<PayVoucherChoice>('#voucher')!;
voucher.addEventListener('pay-voucher-submit', () => setTimeout(() => voucher.endSubmit(), 1000));
document.querySelector<HTMLSelectElement>('#voucher-lang')!.addEventListener('change', (event) => {
  document.querySelector('#voucher-wrapper')!.setAttribute('lang', (event.target as HTMLSelectElement).value);
});

const transfer = document.querySelector<PayBankTransfer>('#transfer')!;
transfer.details = {
  accountName: 'Pay Elements Demo Shop GmbH',
  iban: 'DE89370400440532013000',
  bic: 'COBADEFFXXX',
  bankName: 'Commerzbank',
  amount: { amount: 15000, currency: 'EUR' },
  reference: 'ORDER-DEMO-1',
};
document.querySelector('#clear-log')!.addEventListener('click', () => log.replaceChildren());
document.querySelector<HTMLInputElement>('#pending-toggle')!.addEventListener('change', (e) => {
  card.pending = (e.target as HTMLInputElement).checked;
});
document.querySelector<HTMLInputElement>('#disabled-toggle')!.addEventListener('change', (e) => {
  card.disabled = (e.target as HTMLInputElement).checked;
});
document.querySelector<HTMLInputElement>('#brands')!.addEventListener('change', (e) => {
  const value = (e.target as HTMLInputElement).value.trim();
  if (value) card.setAttribute('brands', value);
  else card.removeAttribute('brands');
});

// The page's language: the elements below follow their closest lang (and dir), loading the translation on first use.
document.querySelector<HTMLSelectElement>('#page-lang')!.addEventListener('change', (event) => {
  const lang = (event.target as HTMLSelectElement).value;
  for (const section of document.querySelectorAll<HTMLElement>('main > section')) {
    section.lang = lang;
    section.dir = lang === 'ar' || lang === 'he' ? 'rtl' : 'ltr';
  }
});
