import type { Catalog } from '../../core/messages.js';
import type { cardPaymentMessages } from '../../components/card-payment/card-payment.messages.js';

/** `<pay-card-payment>` in Czech. */
export default {
  'cardPayment.modal.title': 'Potvrďte platbu ve své bance',
  'cardPayment.waiting.newTab': 'Dokončete platbu v nové záložce. Tato stránka se aktualizuje sama.',
  'cardPayment.waiting.host': 'Čekáme na potvrzení od vaší banky…',
  'cardPayment.succeeded': 'Platba proběhla. Děkujeme!',
  'cardPayment.cancelled': 'Platba zrušena. Údaje o kartě zůstaly vyplněné, pokud to chcete zkusit znovu.',
  'cardPayment.declined': 'Platba byla zamítnuta: {reason}',
  'cardPayment.declined.generic': 'Platba byla zamítnuta. Zkuste to znovu nebo použijte jinou kartu.',
  'cardPayment.retry': 'Platbu se nepodařilo dokončit. Zkuste to prosím znovu.',
  'cardPayment.error.network': '<pay-card-payment> se nemůže spojit s payment-url {url}: {reason}.',
  'cardPayment.error.http': '<pay-card-payment> payment-url {url} odpověděla HTTP {status}{detail}.',
  'cardPayment.error.json': '<pay-card-payment> payment-url {url} neodpověděla ve formátu JSON.',
  'cardPayment.error.response': '<pay-card-payment> payment-url {url} neodpověděla platbou Glomo ({reason}).',
  'cardPayment.error.action': '<pay-card-payment> SIBS požaduje krok 3-D Secure, který tato stránka neumí provést ({type}).',
  'cardPayment.config.provider': '<pay-card-payment> provider="{provider}" není podporován: použijte "glomo" nebo "sibs".',
  'cardPayment.config.paymentUrl': '<pay-card-payment> potřebuje payment-url: endpoint obchodu, který zahajuje platbu (URL http(s)).',
  'cardPayment.config.statusUrl': '<pay-card-payment> potřebuje status-url: šablonu URL http(s) na serveru obchodu obsahující {paymentId}.',
  'cardPayment.config.redirect': '<pay-card-payment> redirect="{value}" není žádná z hodnot iframe, new-tab, same-tab, host.',
} satisfies Catalog<typeof cardPaymentMessages>;
