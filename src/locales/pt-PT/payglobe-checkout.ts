import type { Catalog } from '../../core/messages.js';
import type { payglobeCheckoutMessages } from '../../components/payglobe-checkout/payglobe-checkout.messages.js';

/** `<pay-payglobe-checkout>` in European Portuguese. */
export default {
  'payglobeCheckout.pay': 'Pagar {amount}',
  'payglobeCheckout.payPlain': 'Pagar',
  'payglobeCheckout.payAgain': 'Tentar novamente',
  'payglobeCheckout.checkoutLabel': 'Pagamento PayGlobe',
  'payglobeCheckout.preparing': 'A preparar o pagamento…',
  'payglobeCheckout.opened': 'A página de pagamento PayGlobe está aberta abaixo. Conclua aí o pagamento.',
  'payglobeCheckout.redirecting': 'A redirecioná-lo para a página de pagamento PayGlobe…',
  'payglobeCheckout.confirming': 'A confirmar o pagamento…',
  'payglobeCheckout.succeeded': 'Pagamento aprovado: {amount}.',
  'payglobeCheckout.succeededPlain': 'Pagamento aprovado.',
  'payglobeCheckout.succeededSplit': 'Pagamento aprovado: {card} com cartão e {voucher} em vales de refeição.',
  'payglobeCheckout.failed': 'O pagamento falhou: {message}',
  'payglobeCheckout.cancelled': 'O pagamento foi cancelado.',
  'payglobeCheckout.error': 'Não foi possível concluir o pagamento: {message}',
  'payglobeCheckout.config.publishableKey': '<pay-payglobe-checkout> publishable-key tem de ser a sua chave publicável PayGlobe (pk_test_… ou pk_live_…).',
  'payglobeCheckout.config.secretKey': '<pay-payglobe-checkout> publishable-key contém uma chave secreta (sk_…). As chaves secretas nunca devem estar num browser: use a chave publicável (pk_…) e substitua já esta chave secreta.',
  'payglobeCheckout.config.amount': '<pay-payglobe-checkout> amount "{amount}" não é um número inteiro positivo de unidades menores de {currency} (15000 EUR são 150,00 €).',
  'payglobeCheckout.config.email': '<pay-payglobe-checkout> email tem de ser o endereço de e-mail do comprador (a PayGlobe envia o recibo para lá).',
  'payglobeCheckout.config.mode': '<pay-payglobe-checkout> mode "{mode}" não é "iframe" nem "redirect".',
  'payglobeCheckout.config.scriptUrl': '<pay-payglobe-checkout> script-url {url} foi recusado: {reason}.',
  'payglobeCheckout.error.sdk': 'payglobe.js não fornece um cliente PayGlobe utilizável ({reason}).',
  'payglobeCheckout.error.create': 'A PayGlobe não conseguiu criar o pagamento: {reason}',
  'payglobeCheckout.error.open': 'A PayGlobe não conseguiu abrir a página de pagamento: {reason}',
  'payglobeCheckout.error.retrieve': 'A PayGlobe não respondeu com o estado do pagamento: {reason}',
} satisfies Catalog<typeof payglobeCheckoutMessages>;
