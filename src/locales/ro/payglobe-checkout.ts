import type { Catalog } from '../../core/messages.js';
import type { payglobeCheckoutMessages } from '../../components/payglobe-checkout/payglobe-checkout.messages.js';

/** `<pay-payglobe-checkout>` in Romanian. */
export default {
  'payglobeCheckout.pay': 'Plătește {amount}',
  'payglobeCheckout.payPlain': 'Plătește',
  'payglobeCheckout.payAgain': 'Încearcă din nou',
  'payglobeCheckout.checkoutLabel': 'Plată PayGlobe',
  'payglobeCheckout.preparing': 'Se pregătește plata…',
  'payglobeCheckout.opened': 'Pagina de plată PayGlobe este deschisă mai jos. Finalizează plata acolo.',
  'payglobeCheckout.redirecting': 'Te redirecționăm către pagina de plată PayGlobe…',
  'payglobeCheckout.confirming': 'Se confirmă plata…',
  'payglobeCheckout.succeeded': 'Plata a fost aprobată: {amount}.',
  'payglobeCheckout.succeededPlain': 'Plata a fost aprobată.',
  'payglobeCheckout.succeededSplit': 'Plata a fost aprobată: {card} cu cardul și {voucher} cu tichete de masă.',
  'payglobeCheckout.failed': 'Plata a eșuat: {message}',
  'payglobeCheckout.cancelled': 'Plata a fost anulată.',
  'payglobeCheckout.error': 'Plata nu a putut fi finalizată: {message}',
  'payglobeCheckout.config.publishableKey': '<pay-payglobe-checkout> publishable-key trebuie să fie cheia ta publicabilă PayGlobe (pk_test_… sau pk_live_…).',
  'payglobeCheckout.config.secretKey': '<pay-payglobe-checkout> publishable-key conține o cheie secretă (sk_…). Cheile secrete nu au ce căuta într-un browser: folosește cheia publicabilă (pk_…) și rotește imediat această cheie secretă.',
  'payglobeCheckout.config.amount': '<pay-payglobe-checkout> amount "{amount}" nu este un număr întreg pozitiv de subunități ale {currency} (15000 EUR înseamnă 150,00 €).',
  'payglobeCheckout.config.email': '<pay-payglobe-checkout> email trebuie să fie adresa de e-mail a cumpărătorului (PayGlobe trimite chitanța acolo).',
  'payglobeCheckout.config.mode': '<pay-payglobe-checkout> mode "{mode}" nu este "iframe" sau "redirect".',
  'payglobeCheckout.config.scriptUrl': '<pay-payglobe-checkout> script-url {url} este refuzat: {reason}.',
  'payglobeCheckout.error.sdk': 'payglobe.js nu oferă un client PayGlobe utilizabil ({reason}).',
  'payglobeCheckout.error.create': 'PayGlobe nu a putut crea plata: {reason}',
  'payglobeCheckout.error.open': 'PayGlobe nu a putut deschide pagina de plată: {reason}',
  'payglobeCheckout.error.retrieve': 'PayGlobe nu a răspuns cu starea plății: {reason}',
} satisfies Catalog<typeof payglobeCheckoutMessages>;
