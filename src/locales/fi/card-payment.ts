import type { Catalog } from '../../core/messages.js';
import type { cardPaymentMessages } from '../../components/card-payment/card-payment.messages.js';

/** `<pay-card-payment>` in Finnish. */
export default {
  'cardPayment.modal.title': 'Vahvista maksu pankissasi',
  'cardPayment.waiting.newTab': 'Viimeistele maksu uudessa välilehdessä. Tämä sivu päivittyy itsestään.',
  'cardPayment.waiting.host': 'Odotetaan pankkisi vahvistusta…',
  'cardPayment.succeeded': 'Maksu on suoritettu. Kiitos!',
  'cardPayment.cancelled': 'Maksu peruttiin. Korttitietosi ovat yhä tallessa, jos haluat yrittää uudelleen.',
  'cardPayment.declined': 'Maksu hylättiin: {reason}',
  'cardPayment.declined.generic': 'Maksu hylättiin. Yritä uudelleen tai käytä toista korttia.',
  'cardPayment.retry': 'Maksua ei voitu suorittaa. Yritä uudelleen.',
  'cardPayment.error.network': '<pay-card-payment> ei saanut yhteyttä payment-url-osoitteeseen {url}: {reason}.',
  'cardPayment.error.http': '<pay-card-payment> payment-url {url} vastasi HTTP {status}{detail}.',
  'cardPayment.error.json': '<pay-card-payment> payment-url {url} ei vastannut JSON-muodossa.',
  'cardPayment.error.response': '<pay-card-payment> payment-url {url} ei vastannut Glomo-maksulla ({reason}).',
  'cardPayment.error.action':
    '<pay-card-payment> SIBS pyysi 3-D Secure -vaihetta, jota tämä sivu ei voi suorittaa ({type}).',
  'cardPayment.config.provider':
    '<pay-card-payment> provider="{provider}" ei ole tuettu: käytä arvoa "glomo" tai "sibs".',
  'cardPayment.config.paymentUrl':
    '<pay-card-payment> tarvitsee payment-url-osoitteen: kaupan päätepisteen, joka aloittaa maksun (http(s)-URL).',
  'cardPayment.config.statusUrl':
    '<pay-card-payment> tarvitsee status-url-osoitteen: kaupan palvelimella olevan http(s)-URL-mallin, joka sisältää kohdan {paymentId}.',
  'cardPayment.config.redirect':
    '<pay-card-payment> redirect="{value}" ei ole mikään arvoista iframe, new-tab, same-tab, host.',
} satisfies Catalog<typeof cardPaymentMessages>;
