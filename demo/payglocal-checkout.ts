/**
 * Demo of `<pay-payglocal-checkout>`: the shop's server initiates the payment on the local
 * PayGlocal sandbox, the page leaves for the hosted page, and the shop's callback sends the
 * shopper to payglocal-result.html. Every event the element fires before leaving is logged.
 */
import '../src/components/payglocal-checkout/pay-payglocal-checkout.js';

const checkout = document.querySelector('pay-payglocal-checkout')!;
const log = document.querySelector<HTMLOListElement>('#log')!;

for (const name of ['pay-pending', 'pay-redirect', 'pay-error'] as const) {
  checkout.addEventListener(name, (event) => {
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString()} ${name} ${JSON.stringify(event.detail)}`;
    log.prepend(item);
  });
}
