import type { Catalog } from '../../core/messages.js';
import type { payglobeCheckoutMessages } from '../../components/payglobe-checkout/payglobe-checkout.messages.js';

/** `<pay-payglobe-checkout>` in Brazilian Portuguese. */
export default {
  'payglobeCheckout.pay': 'Pagar {amount}',
  'payglobeCheckout.payPlain': 'Pagar',
  'payglobeCheckout.payAgain': 'Tentar novamente',
  'payglobeCheckout.checkoutLabel': 'Pagamento PayGlobe',
  'payglobeCheckout.preparing': 'Preparando o pagamento…',
  'payglobeCheckout.opened': 'A página de pagamento PayGlobe está aberta abaixo. Conclua o pagamento nela.',
  'payglobeCheckout.redirecting': 'Redirecionando você para a página de pagamento PayGlobe…',
  'payglobeCheckout.confirming': 'Confirmando o pagamento…',
  'payglobeCheckout.succeeded': 'Pagamento aprovado: {amount}.',
  'payglobeCheckout.succeededPlain': 'Pagamento aprovado.',
  'payglobeCheckout.succeededSplit': 'Pagamento aprovado: {card} no cartão e {voucher} no vale-refeição.',
  'payglobeCheckout.failed': 'O pagamento falhou: {message}',
  'payglobeCheckout.cancelled': 'O pagamento foi cancelado.',
  'payglobeCheckout.error': 'Não foi possível concluir o pagamento: {message}',
  'payglobeCheckout.config.publishableKey': '<pay-payglobe-checkout> publishable-key deve ser a sua chave publicável PayGlobe (pk_test_… ou pk_live_…).',
  'payglobeCheckout.config.secretKey': '<pay-payglobe-checkout> publishable-key contém uma chave secreta (sk_…). Chaves secretas nunca devem ficar em um navegador: use a chave publicável (pk_…) e troque esta chave secreta agora.',
  'payglobeCheckout.config.amount': '<pay-payglobe-checkout> amount "{amount}" não é um número inteiro positivo de unidades menores de {currency} (15000 EUR são € 150,00).',
  'payglobeCheckout.config.email': '<pay-payglobe-checkout> email deve ser o endereço de e-mail do comprador (a PayGlobe envia o recibo para ele).',
  'payglobeCheckout.config.mode': '<pay-payglobe-checkout> mode "{mode}" não é "iframe" nem "redirect".',
  'payglobeCheckout.config.scriptUrl': '<pay-payglobe-checkout> script-url {url} foi recusada: {reason}.',
  'payglobeCheckout.error.sdk': 'payglobe.js não fornece um cliente PayGlobe utilizável ({reason}).',
  'payglobeCheckout.error.create': 'A PayGlobe não conseguiu criar o pagamento: {reason}',
  'payglobeCheckout.error.open': 'A PayGlobe não conseguiu abrir a página de pagamento: {reason}',
  'payglobeCheckout.error.retrieve': 'A PayGlobe não respondeu com o status do pagamento: {reason}',
} satisfies Catalog<typeof payglobeCheckoutMessages>;
