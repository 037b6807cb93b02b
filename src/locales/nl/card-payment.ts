import type { Catalog } from '../../core/messages.js';
import type { cardPaymentMessages } from '../../components/card-payment/card-payment.messages.js';

/** `<pay-card-payment>` in Dutch. */
export default {
  'cardPayment.modal.title': 'Bevestig je betaling bij je bank',
  'cardPayment.waiting.newTab': 'Rond de betaling af in het nieuwe tabblad. Deze pagina wordt vanzelf bijgewerkt.',
  'cardPayment.waiting.host': 'Wachten op de bevestiging van je bank…',
  'cardPayment.succeeded': 'Betaling voltooid. Bedankt!',
  'cardPayment.cancelled': 'Betaling geannuleerd. Je kaartgegevens staan er nog als je het opnieuw wilt proberen.',
  'cardPayment.declined': 'De betaling is geweigerd: {reason}',
  'cardPayment.declined.generic': 'De betaling is geweigerd. Probeer het opnieuw of gebruik een andere kaart.',
  'cardPayment.retry': 'De betaling kon niet worden voltooid. Probeer het opnieuw.',
  'cardPayment.error.network': '<pay-card-payment> kon payment-url {url} niet bereiken: {reason}.',
  'cardPayment.error.http': '<pay-card-payment> payment-url {url} antwoordde met HTTP {status}{detail}.',
  'cardPayment.error.json': '<pay-card-payment> payment-url {url} antwoordde niet met JSON.',
  'cardPayment.error.response': '<pay-card-payment> payment-url {url} antwoordde niet met een Glomo-betaling ({reason}).',
  'cardPayment.error.action': '<pay-card-payment> SIBS vroeg om een stap voor 3-D Secure die deze pagina niet kan uitvoeren ({type}).',
  'cardPayment.config.provider': '<pay-card-payment> provider="{provider}" wordt niet ondersteund: gebruik "glomo" of "sibs".',
  'cardPayment.config.paymentUrl': '<pay-card-payment> heeft payment-url nodig: het endpoint van de shop dat de betaling start (een http(s)-URL).',
  'cardPayment.config.statusUrl': '<pay-card-payment> heeft status-url nodig: een http(s)-URL-sjabloon op de server van de shop dat {paymentId} bevat.',
  'cardPayment.config.redirect': '<pay-card-payment> redirect="{value}" is geen van iframe, new-tab, same-tab, host.',
} satisfies Catalog<typeof cardPaymentMessages>;
