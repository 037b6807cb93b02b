import type { Catalog } from '../../core/messages.js';
import type { glomoCheckoutMessages } from '../../components/glomo-checkout/glomo-checkout.messages.js';

/** `<pay-glomo-checkout>` in Romanian. */
export default {
  'glomoCheckout.pay': 'Plătește',
  'glomoCheckout.preparing': 'Se pregătește plata…',
  'glomoCheckout.opened': 'Fereastra de plată este deschisă. Finalizează plata acolo.',
  'glomoCheckout.retry': 'Deschide fereastra de plată',
  'glomoCheckout.redirect': 'Continuă prin redirecționare',
  'glomoCheckout.succeeded': 'Plata a fost aprobată.',
  'glomoCheckout.failed': 'Plata a eșuat: {message}',
  'glomoCheckout.pending': 'Detaliile transferului au fost primite. Plata nu este încă confirmată.',
  'glomoCheckout.cancelled': 'Plata a fost anulată.',
  'glomoCheckout.coop.offer': 'Poți continua prin redirecționare: rezultatul revine apoi prin pagina de revenire a magazinului.',
  'glomoCheckout.coop.callbackHint': 'Sau folosește modul de redirecționare (callback-url și mode="redirect"), astfel încât rezultatul să revină prin pagina de revenire a magazinului.',
  'glomoCheckout.config.publicKey': '<pay-glomo-checkout> public-key este obligatoriu: cheia publică din dashboardul Glomo.',
  'glomoCheckout.config.secretKey': '<pay-glomo-checkout> public-key conține o cheie secretă (sk_…). Cheile secrete nu au ce căuta într-un browser: folosește cheia publică și rotește imediat această cheie secretă.',
  'glomoCheckout.config.orderId': '<pay-glomo-checkout> are nevoie de order-id (comanda creată de serverul tău) sau de order-url (endpointul tău care o creează).',
  'glomoCheckout.config.orderUrl': '<pay-glomo-checkout> order-url {url} nu este o adresă http(s).',
  'glomoCheckout.config.callbackUrl': '<pay-glomo-checkout> callback-url {url} trebuie să fie o adresă https (http doar pe un host loopback).',
  'glomoCheckout.config.mode': '<pay-glomo-checkout> mode="redirect" are nevoie de callback-url: ruta magazinului care verifică rezultatul.',
  'glomoCheckout.config.sdk': 'Glomo Checkout i-a refuzat opțiunile: {reason}',
  'glomoCheckout.error.order': 'Magazinul nu a putut crea comanda ({reason}).',
  'glomoCheckout.error.orderFormat': 'Endpointul de comenzi al magazinului a răspuns fără order_id.',
  'glomoCheckout.error.open': 'Glomo Checkout nu a putut deschide fereastra: {reason}',
  'glomoCheckout.error.sdkExport': 'Scriptul Glomo Checkout {url} nu oferă o clasă GlomoCheckoutApi.',
} satisfies Catalog<typeof glomoCheckoutMessages>;
