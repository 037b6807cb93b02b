import type { Catalog } from '../../core/messages.js';
import type { glomoCheckoutMessages } from '../../components/glomo-checkout/glomo-checkout.messages.js';

/** `<pay-glomo-checkout>` in European Portuguese. */
export default {
  'glomoCheckout.pay': 'Pagar',
  'glomoCheckout.preparing': 'A preparar o pagamento…',
  'glomoCheckout.opened': 'A janela de pagamento está aberta. Conclua o pagamento nessa janela.',
  'glomoCheckout.retry': 'Abrir a janela de pagamento',
  'glomoCheckout.redirect': 'Continuar em modo de redirecionamento',
  'glomoCheckout.succeeded': 'Pagamento aprovado.',
  'glomoCheckout.failed': 'O pagamento falhou: {message}',
  'glomoCheckout.pending': 'Dados da transferência recebidos. O pagamento ainda não está confirmado.',
  'glomoCheckout.cancelled': 'O pagamento foi cancelado.',
  'glomoCheckout.coop.offer': 'Pode continuar em modo de redirecionamento: o resultado regressa então através da página de retorno da loja.',
  'glomoCheckout.coop.callbackHint': 'Ou utilize o modo de redirecionamento (callback-url e mode="redirect"), para que o resultado regresse através da página de retorno da loja.',
  'glomoCheckout.config.publicKey': '<pay-glomo-checkout> public-key é obrigatório: a chave pública do painel da Glomo.',
  'glomoCheckout.config.secretKey': '<pay-glomo-checkout> public-key contém uma chave secreta (sk_…). As chaves secretas nunca devem estar num browser: use a chave pública e substitua já esta chave secreta.',
  'glomoCheckout.config.orderId': '<pay-glomo-checkout> precisa de order-id (a encomenda criada pelo seu servidor) ou order-url (o seu endpoint que a cria).',
  'glomoCheckout.config.orderUrl': '<pay-glomo-checkout> order-url {url} não é um endereço http(s).',
  'glomoCheckout.config.callbackUrl': '<pay-glomo-checkout> callback-url {url} tem de ser um endereço https (http apenas num host de loopback).',
  'glomoCheckout.config.mode': '<pay-glomo-checkout> mode="redirect" precisa de callback-url: a rota da loja que verifica o resultado.',
  'glomoCheckout.config.sdk': 'O Glomo Checkout recusou as suas opções: {reason}',
  'glomoCheckout.error.order': 'A loja não conseguiu criar a encomenda ({reason}).',
  'glomoCheckout.error.orderFormat': 'O endpoint de encomendas da loja respondeu sem order_id.',
  'glomoCheckout.error.open': 'O Glomo Checkout não conseguiu abrir a sua janela: {reason}',
  'glomoCheckout.error.sdkExport': 'O script do Glomo Checkout {url} não fornece uma classe GlomoCheckoutApi.',
} satisfies Catalog<typeof glomoCheckoutMessages>;
