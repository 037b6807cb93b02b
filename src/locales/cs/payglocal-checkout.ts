import type { Catalog } from '../../core/messages.js';
import type { payglocalCheckoutMessages } from '../../components/payglocal-checkout/payglocal-checkout.messages.js';

/** `<pay-payglocal-checkout>` in Czech. */
export default {
  'payglocalCheckout.pay': 'Zaplatit',
  'payglocalCheckout.preparing': 'Připravujeme vaši platbu…',
  'payglocalCheckout.leaving': 'Přesměrováváme vás na zabezpečenou platební stránku PayGlocal…',
  'payglocalCheckout.error.http': 'Obchod nemohl zahájit platbu ({reason}).',
  'payglocalCheckout.error.httpStatus': 'Chyba HTTP {status}',
  'payglocalCheckout.error.network': 'Nepodařilo se spojit s obchodem. Zkontrolujte připojení a zkuste to znovu.',
  'payglocalCheckout.error.timeout': 'Obchod neodpověděl včas. Zkuste to znovu.',
  'payglocalCheckout.error.format': 'Odpověď obchodu neuvádí, kde zaplatit.',
  'payglocalCheckout.config.paymentUrl': '<pay-payglocal-checkout> vyžaduje payment-url: váš endpoint, který zahájí platbu a odpoví { redirectUrl }.',
  'payglocalCheckout.config.paymentUrlInvalid': '<pay-payglocal-checkout> payment-url {url} není adresa http(s).',
  'payglocalCheckout.config.returnUrl': '<pay-payglocal-checkout> return-url {url} není adresa http(s).',
  'payglocalCheckout.config.amount': '<pay-payglocal-checkout> amount musí být celé číslo v nejmenších jednotkách měny (15000 pro 150,00).',
  'payglocalCheckout.config.currency': '<pay-payglocal-checkout> currency musí být třípísmenný kód ISO 4217, například INR.',
} satisfies Catalog<typeof payglocalCheckoutMessages>;
