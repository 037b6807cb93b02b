import type { Catalog } from '../../core/messages.js';
import type { cardPaymentMessages } from '../../components/card-payment/card-payment.messages.js';

/** `<pay-card-payment>` in European Portuguese. */
export default {
  'cardPayment.modal.title': 'Confirme o pagamento junto do seu banco',
  'cardPayment.waiting.newTab': 'Conclua o pagamento no novo separador. Esta página atualiza-se automaticamente.',
  'cardPayment.waiting.host': 'A aguardar a confirmação do seu banco…',
  'cardPayment.succeeded': 'Pagamento concluído. Obrigado!',
  'cardPayment.cancelled': 'Pagamento cancelado. Os dados do cartão continuam aqui, caso queira tentar novamente.',
  'cardPayment.declined': 'O pagamento foi recusado: {reason}',
  'cardPayment.declined.generic': 'O pagamento foi recusado. Tente novamente ou utilize outro cartão.',
  'cardPayment.retry': 'Não foi possível concluir o pagamento. Tente novamente.',
  'cardPayment.error.network': '<pay-card-payment> não conseguiu contactar o payment-url {url}: {reason}.',
  'cardPayment.error.http': '<pay-card-payment> o payment-url {url} respondeu HTTP {status}{detail}.',
  'cardPayment.error.json': '<pay-card-payment> o payment-url {url} não respondeu com JSON.',
  'cardPayment.error.response': '<pay-card-payment> o payment-url {url} não respondeu com um pagamento Glomo ({reason}).',
  'cardPayment.error.action': '<pay-card-payment> a SIBS pediu um passo 3-D Secure que esta página não consegue executar ({type}).',
  'cardPayment.config.provider': '<pay-card-payment> provider="{provider}" não é suportado: use "glomo" ou "sibs".',
  'cardPayment.config.paymentUrl': '<pay-card-payment> precisa de payment-url: o endpoint da loja que inicia o pagamento (um URL http(s)).',
  'cardPayment.config.statusUrl': '<pay-card-payment> precisa de status-url: um modelo de URL http(s) no servidor da loja que contenha {paymentId}.',
  'cardPayment.config.redirect': '<pay-card-payment> redirect="{value}" não é nenhum dos valores iframe, new-tab, same-tab, host.',
} satisfies Catalog<typeof cardPaymentMessages>;
