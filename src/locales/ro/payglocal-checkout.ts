import type { Catalog } from '../../core/messages.js';
import type { payglocalCheckoutMessages } from '../../components/payglocal-checkout/payglocal-checkout.messages.js';

/** `<pay-payglocal-checkout>` in Romanian. */
export default {
  'payglocalCheckout.pay': 'Plătește',
  'payglocalCheckout.preparing': 'Se pregătește plata…',
  'payglocalCheckout.leaving': 'Te redirecționăm către pagina de plată securizată PayGlocal…',
  'payglocalCheckout.error.http': 'Magazinul nu a putut iniția plata ({reason}).',
  'payglocalCheckout.error.httpStatus': 'eroare HTTP {status}',
  'payglocalCheckout.error.network': 'Magazinul nu a putut fi contactat. Verifică-ți conexiunea și încearcă din nou.',
  'payglocalCheckout.error.timeout': 'Magazinul nu a răspuns la timp. Încearcă din nou.',
  'payglocalCheckout.error.format': 'Răspunsul magazinului nu indică unde să plătești.',
  'payglocalCheckout.config.paymentUrl': '<pay-payglocal-checkout> payment-url este obligatoriu: endpointul tău care inițiază plata și răspunde { redirectUrl }.',
  'payglocalCheckout.config.paymentUrlInvalid': '<pay-payglocal-checkout> payment-url {url} nu este o adresă http(s).',
  'payglocalCheckout.config.returnUrl': '<pay-payglocal-checkout> return-url {url} nu este o adresă http(s).',
  'payglocalCheckout.config.amount': '<pay-payglocal-checkout> amount trebuie să fie un număr întreg de subunități (15000 pentru 150,00).',
  'payglocalCheckout.config.currency': '<pay-payglocal-checkout> currency trebuie să fie un cod ISO 4217 din trei litere, de exemplu INR.',
} satisfies Catalog<typeof payglocalCheckoutMessages>;
