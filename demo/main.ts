import '../src/define.js';
import type { PayCardForm, PayCardSubmitDetail } from '../src/index.js';

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

for (const name of ['pay-card-change', 'pay-card-submit', 'pay-error', 'pay-success', 'pay-failure', 'pay-cancel'] as const) {
  document.addEventListener(name, (event) => record(name, event.detail));
}

// A real integration would send the card to its server here; the demo shows the pending state.
card.addEventListener('pay-card-submit', () => {
  card.pending = true;
  setTimeout(() => (card.pending = false), 1500);
});

document.querySelector('#native-form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  record('form submit', Object.fromEntries(new FormData(event.target as HTMLFormElement)));
});
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
