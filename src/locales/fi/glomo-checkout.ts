import type { Catalog } from '../../core/messages.js';
import type { glomoCheckoutMessages } from '../../components/glomo-checkout/glomo-checkout.messages.js';

/** `<pay-glomo-checkout>` in Finnish. */
export default {
  'glomoCheckout.pay': 'Maksa',
  'glomoCheckout.preparing': 'Maksua valmistellaan…',
  'glomoCheckout.opened': 'Maksuikkuna on auki. Viimeistele maksu siellä.',
  'glomoCheckout.retry': 'Avaa maksuikkuna',
  'glomoCheckout.redirect': 'Jatka uudelleenohjauksella',
  'glomoCheckout.succeeded': 'Maksu hyväksytty.',
  'glomoCheckout.failed': 'Maksu epäonnistui: {message}',
  'glomoCheckout.pending': 'Tilisiirron tiedot vastaanotettu. Maksua ei ole vielä vahvistettu.',
  'glomoCheckout.cancelled': 'Maksu peruttiin.',
  'glomoCheckout.coop.offer': 'Voit jatkaa uudelleenohjauksella: tulos palaa silloin kaupan paluusivun kautta.',
  'glomoCheckout.coop.callbackHint':
    'Tai käytä uudelleenohjaustilaa (callback-url ja mode="redirect"), jolloin tulos palaa kaupan paluusivun kautta.',
  'glomoCheckout.config.publicKey':
    '<pay-glomo-checkout> public-key on pakollinen: julkinen avain Glomon hallintapaneelista.',
  'glomoCheckout.config.secretKey':
    '<pay-glomo-checkout> public-key sisältää salaisen avaimen (sk_…). Salaiset avaimet eivät koskaan kuulu selaimeen: käytä julkista avainta ja vaihda tämä salainen avain heti.',
  'glomoCheckout.config.orderId':
    '<pay-glomo-checkout> tarvitsee order-id:n (palvelimesi luoma tilaus) tai order-url:n (päätepisteesi, joka luo sen).',
  'glomoCheckout.config.orderUrl': '<pay-glomo-checkout> order-url {url} ei ole http(s)-osoite.',
  'glomoCheckout.config.callbackUrl':
    '<pay-glomo-checkout> callback-url {url} on oltava https-osoite (http vain loopback-isännällä).',
  'glomoCheckout.config.mode':
    '<pay-glomo-checkout> mode="redirect" tarvitsee callback-url:n: kaupan reitin, joka tarkistaa tuloksen.',
  'glomoCheckout.config.sdk': 'Glomo Checkout hylkäsi asetuksensa: {reason}',
  'glomoCheckout.error.order': 'Kauppa ei voinut luoda tilausta ({reason}).',
  'glomoCheckout.error.orderFormat': 'Kaupan tilauspäätepiste vastasi ilman order_id-kenttää.',
  'glomoCheckout.error.open': 'Glomo Checkout ei pystynyt avaamaan ikkunaansa: {reason}',
  'glomoCheckout.error.sdkExport': 'Glomo Checkout -skripti {url} ei tarjoa GlomoCheckoutApi-luokkaa.',
} satisfies Catalog<typeof glomoCheckoutMessages>;
