import type { Catalog } from '../../core/messages.js';
import type { payglocalCheckoutMessages } from '../../components/payglocal-checkout/payglocal-checkout.messages.js';

/** `<pay-payglocal-checkout>` in Dutch. */
export default {
  'payglocalCheckout.pay': 'Betalen',
  'payglocalCheckout.preparing': 'Je betaling wordt voorbereid…',
  'payglocalCheckout.leaving': 'Je wordt doorgestuurd naar de beveiligde betaalpagina van PayGlocal…',
  'payglocalCheckout.error.http': 'De shop kon de betaling niet starten ({reason}).',
  'payglocalCheckout.error.httpStatus': 'HTTP-status {status}',
  'payglocalCheckout.error.network': 'De shop is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
  'payglocalCheckout.error.timeout': 'De shop antwoordde niet op tijd. Probeer het opnieuw.',
  'payglocalCheckout.error.format': 'Het antwoord van de shop zegt niet waar je moet betalen.',
  'payglocalCheckout.config.paymentUrl': '<pay-payglocal-checkout> payment-url is verplicht: je endpoint dat de betaling start en antwoordt met { redirectUrl }.',
  'payglocalCheckout.config.paymentUrlInvalid': '<pay-payglocal-checkout> payment-url {url} is geen http(s)-adres.',
  'payglocalCheckout.config.returnUrl': '<pay-payglocal-checkout> return-url {url} is geen http(s)-adres.',
  'payglocalCheckout.config.amount': '<pay-payglocal-checkout> amount moet een geheel aantal kleinste munteenheden zijn (15000 voor 150,00).',
  'payglocalCheckout.config.currency': '<pay-payglocal-checkout> currency moet een ISO 4217-code van drie letters zijn, zoals INR.',
} satisfies Catalog<typeof payglocalCheckoutMessages>;
