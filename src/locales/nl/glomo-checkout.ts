import type { Catalog } from '../../core/messages.js';
import type { glomoCheckoutMessages } from '../../components/glomo-checkout/glomo-checkout.messages.js';

/** `<pay-glomo-checkout>` in Dutch. */
export default {
  'glomoCheckout.pay': 'Betalen',
  'glomoCheckout.preparing': 'Betaling wordt voorbereid…',
  'glomoCheckout.opened': 'Het betaalvenster is geopend. Rond de betaling daar af.',
  'glomoCheckout.retry': 'Betaalvenster openen',
  'glomoCheckout.redirect': 'Doorgaan via doorverwijzing',
  'glomoCheckout.succeeded': 'Betaling geslaagd.',
  'glomoCheckout.failed': 'De betaling is mislukt: {message}',
  'glomoCheckout.pending': 'Overboekingsgegevens ontvangen. De betaling is nog niet bevestigd.',
  'glomoCheckout.cancelled': 'De betaling is geannuleerd.',
  'glomoCheckout.coop.offer': 'Je kunt doorgaan via doorverwijzing: het resultaat komt dan terug via de retourpagina van de shop.',
  'glomoCheckout.coop.callbackHint': 'Of gebruik doorverwijzing (callback-url en mode="redirect"), zodat het resultaat terugkomt via de retourpagina van de shop.',
  'glomoCheckout.config.publicKey': '<pay-glomo-checkout> public-key is verplicht: de publieke sleutel uit het Glomo-dashboard.',
  'glomoCheckout.config.secretKey': '<pay-glomo-checkout> public-key bevat een geheime sleutel (sk_…). Geheime sleutels horen nooit in een browser: gebruik de publieke sleutel en vervang deze geheime sleutel nu.',
  'glomoCheckout.config.orderId': '<pay-glomo-checkout> heeft order-id (de bestelling die je server heeft aangemaakt) of order-url (je endpoint dat die aanmaakt) nodig.',
  'glomoCheckout.config.orderUrl': '<pay-glomo-checkout> order-url {url} is geen http(s)-adres.',
  'glomoCheckout.config.callbackUrl': '<pay-glomo-checkout> callback-url {url} moet een https-adres zijn (http alleen op een loopback-host).',
  'glomoCheckout.config.mode': '<pay-glomo-checkout> mode="redirect" heeft callback-url nodig: de route van de shop die het resultaat verifieert.',
  'glomoCheckout.config.sdk': 'Glomo Checkout heeft zijn opties geweigerd: {reason}',
  'glomoCheckout.error.order': 'De shop kon de bestelling niet aanmaken ({reason}).',
  'glomoCheckout.error.orderFormat': 'Het bestel-endpoint van de shop antwoordde zonder order_id.',
  'glomoCheckout.error.open': 'Glomo Checkout kon zijn venster niet openen: {reason}',
  'glomoCheckout.error.sdkExport': 'Het script {url} van Glomo Checkout biedt geen klasse GlomoCheckoutApi.',
} satisfies Catalog<typeof glomoCheckoutMessages>;
