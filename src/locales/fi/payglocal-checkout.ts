import type { Catalog } from '../../core/messages.js';
import type { payglocalCheckoutMessages } from '../../components/payglocal-checkout/payglocal-checkout.messages.js';

/** `<pay-payglocal-checkout>` in Finnish. */
export default {
  'payglocalCheckout.pay': 'Maksa',
  'payglocalCheckout.preparing': 'Maksuasi valmistellaan…',
  'payglocalCheckout.leaving': 'Siirrytään PayGlocalin suojatulle maksusivulle…',
  'payglocalCheckout.error.http': 'Kauppa ei voinut aloittaa maksua ({reason}).',
  'payglocalCheckout.error.httpStatus': 'HTTP-tila {status}',
  'payglocalCheckout.error.network': 'Kauppaan ei saatu yhteyttä. Tarkista yhteytesi ja yritä uudelleen.',
  'payglocalCheckout.error.timeout': 'Kauppa ei vastannut ajoissa. Yritä uudelleen.',
  'payglocalCheckout.error.format': 'Kaupan vastauksesta ei selviä, missä maksu tehdään.',
  'payglocalCheckout.config.paymentUrl':
    '<pay-payglocal-checkout> payment-url on pakollinen: päätepisteesi, joka aloittaa maksun ja vastaa { redirectUrl }.',
  'payglocalCheckout.config.paymentUrlInvalid': '<pay-payglocal-checkout> payment-url {url} ei ole http(s)-osoite.',
  'payglocalCheckout.config.returnUrl': '<pay-payglocal-checkout> return-url {url} ei ole http(s)-osoite.',
  'payglocalCheckout.config.amount':
    '<pay-payglocal-checkout> amount-arvon on oltava kokonaisluku valuutan pienimpinä yksikköinä (15000, kun summa on 150,00).',
  'payglocalCheckout.config.currency':
    '<pay-payglocal-checkout> currency-arvon on oltava kolmikirjaiminen ISO 4217 -koodi, kuten INR.',
} satisfies Catalog<typeof payglocalCheckoutMessages>;
