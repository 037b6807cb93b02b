import type { Catalog } from '../../core/messages.js';
import type { payglobeCheckoutMessages } from '../../components/payglobe-checkout/payglobe-checkout.messages.js';

/** `<pay-payglobe-checkout>` in Czech. */
export default {
  'payglobeCheckout.pay': 'Zaplatit {amount}',
  'payglobeCheckout.payPlain': 'Zaplatit',
  'payglobeCheckout.payAgain': 'Zkusit znovu',
  'payglobeCheckout.checkoutLabel': 'Platební brána PayGlobe',
  'payglobeCheckout.preparing': 'Připravujeme platbu…',
  'payglobeCheckout.opened': 'Platební brána PayGlobe je otevřená níže. Dokončete platbu v ní.',
  'payglobeCheckout.redirecting': 'Přesměrováváme vás na platební bránu PayGlobe…',
  'payglobeCheckout.confirming': 'Potvrzujeme platbu…',
  'payglobeCheckout.succeeded': 'Platba schválena: {amount}.',
  'payglobeCheckout.succeededPlain': 'Platba schválena.',
  'payglobeCheckout.succeededSplit': 'Platba schválena: {card} kartou a {voucher} stravenkami.',
  'payglobeCheckout.failed': 'Platba se nezdařila: {message}',
  'payglobeCheckout.cancelled': 'Platba byla zrušena.',
  'payglobeCheckout.error': 'Platbu se nepodařilo dokončit: {message}',
  'payglobeCheckout.config.publishableKey': '<pay-payglobe-checkout> publishable-key musí být váš publikovatelný klíč PayGlobe (pk_test_… nebo pk_live_…).',
  'payglobeCheckout.config.secretKey': '<pay-payglobe-checkout> publishable-key obsahuje tajný klíč (sk_…). Tajné klíče do prohlížeče nikdy nepatří: použijte publikovatelný klíč (pk_…) a tento tajný klíč hned vyměňte.',
  'payglobeCheckout.config.amount': '<pay-payglobe-checkout> amount "{amount}" není kladné celé číslo v nejmenších jednotkách měny {currency} (15000 EUR je 150,00 €).',
  'payglobeCheckout.config.email': '<pay-payglobe-checkout> email musí být e-mailová adresa nakupujícího (PayGlobe na ni pošle účtenku).',
  'payglobeCheckout.config.mode': '<pay-payglobe-checkout> mode "{mode}" není "iframe" ani "redirect".',
  'payglobeCheckout.config.scriptUrl': '<pay-payglobe-checkout> script-url {url} je odmítnuta: {reason}.',
  'payglobeCheckout.error.sdk': 'payglobe.js neposkytuje použitelného klienta PayGlobe ({reason}).',
  'payglobeCheckout.error.create': 'PayGlobe nemohl vytvořit platbu: {reason}',
  'payglobeCheckout.error.open': 'PayGlobe nemohl otevřít svou platební bránu: {reason}',
  'payglobeCheckout.error.retrieve': 'PayGlobe neodpověděl stavem platby: {reason}',
} satisfies Catalog<typeof payglobeCheckoutMessages>;
