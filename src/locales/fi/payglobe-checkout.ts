import type { Catalog } from '../../core/messages.js';
import type { payglobeCheckoutMessages } from '../../components/payglobe-checkout/payglobe-checkout.messages.js';

/** `<pay-payglobe-checkout>` in Finnish. */
export default {
  'payglobeCheckout.pay': 'Maksa {amount}',
  'payglobeCheckout.payPlain': 'Maksa',
  'payglobeCheckout.payAgain': 'Yritä uudelleen',
  'payglobeCheckout.checkoutLabel': 'PayGlobe-maksu',
  'payglobeCheckout.preparing': 'Maksua valmistellaan…',
  'payglobeCheckout.opened': 'PayGlobe-maksusivu on auki alla. Viimeistele maksu siellä.',
  'payglobeCheckout.redirecting': 'Siirrytään PayGlobe-maksusivulle…',
  'payglobeCheckout.confirming': 'Maksua vahvistetaan…',
  'payglobeCheckout.succeeded': 'Maksu hyväksytty: {amount}.',
  'payglobeCheckout.succeededPlain': 'Maksu hyväksytty.',
  'payglobeCheckout.succeededSplit': 'Maksu hyväksytty: {card} kortilla ja {voucher} lounasseteleillä.',
  'payglobeCheckout.failed': 'Maksu epäonnistui: {message}',
  'payglobeCheckout.cancelled': 'Maksu peruttiin.',
  'payglobeCheckout.error': 'Maksua ei voitu suorittaa: {message}',
  'payglobeCheckout.config.publishableKey':
    '<pay-payglobe-checkout> publishable-key-arvon on oltava PayGloben julkaistava avaimesi (pk_test_… tai pk_live_…).',
  'payglobeCheckout.config.secretKey':
    '<pay-payglobe-checkout> publishable-key sisältää salaisen avaimen (sk_…). Salaiset avaimet eivät koskaan kuulu selaimeen: käytä julkaistavaa avainta (pk_…) ja vaihda tämä salainen avain heti.',
  'payglobeCheckout.config.amount':
    '<pay-payglobe-checkout> amount ”{amount}” ei ole positiivinen kokonaisluku valuutan {currency} pienimpinä yksikköinä (15000 EUR on 150,00 €).',
  'payglobeCheckout.config.email':
    '<pay-payglobe-checkout> email-arvon on oltava asiakkaan sähköpostiosoite (PayGlobe lähettää kuitin sinne).',
  'payglobeCheckout.config.mode': '<pay-payglobe-checkout> mode ”{mode}” ei ole ”iframe” eikä ”redirect”.',
  'payglobeCheckout.config.scriptUrl': '<pay-payglobe-checkout> script-url {url} hylätään: {reason}.',
  'payglobeCheckout.error.sdk': 'payglobe.js ei tarjoa käyttökelpoista PayGlobe-asiakasta ({reason}).',
  'payglobeCheckout.error.create': 'PayGlobe ei voinut luoda maksua: {reason}',
  'payglobeCheckout.error.open': 'PayGlobe ei voinut avata maksusivuaan: {reason}',
  'payglobeCheckout.error.retrieve': 'PayGlobe ei palauttanut maksun tilaa: {reason}',
} satisfies Catalog<typeof payglobeCheckoutMessages>;
