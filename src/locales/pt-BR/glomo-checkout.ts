import type { Catalog } from '../../core/messages.js';
import type { glomoCheckoutMessages } from '../../components/glomo-checkout/glomo-checkout.messages.js';

/** `<pay-glomo-checkout>` in Brazilian Portuguese. */
export default {
  'glomoCheckout.pay': 'Pagar',
  'glomoCheckout.preparing': 'Preparando o pagamento…',
  'glomoCheckout.opened': 'A janela de pagamento está aberta. Conclua o pagamento nela.',
  'glomoCheckout.retry': 'Abrir a janela de pagamento',
  'glomoCheckout.redirect': 'Continuar no modo de redirecionamento',
  'glomoCheckout.succeeded': 'Pagamento aprovado.',
  'glomoCheckout.failed': 'O pagamento falhou: {message}',
  'glomoCheckout.pending': 'Dados da transferência recebidos. O pagamento ainda não foi confirmado.',
  'glomoCheckout.cancelled': 'O pagamento foi cancelado.',
  'glomoCheckout.coop.offer': 'Você pode continuar no modo de redirecionamento: o resultado então volta pela página de retorno da loja.',
  'glomoCheckout.coop.callbackHint': 'Ou use o modo de redirecionamento (callback-url e mode="redirect") para que o resultado volte pela página de retorno da loja.',
  'glomoCheckout.config.publicKey': '<pay-glomo-checkout> public-key é obrigatório: a chave pública do painel da Glomo.',
  'glomoCheckout.config.secretKey': '<pay-glomo-checkout> public-key contém uma chave secreta (sk_…). Chaves secretas nunca devem ficar em um navegador: use a chave pública e troque esta chave secreta agora.',
  'glomoCheckout.config.orderId': '<pay-glomo-checkout> precisa de order-id (o pedido criado pelo seu servidor) ou order-url (o seu endpoint que cria o pedido).',
  'glomoCheckout.config.orderUrl': '<pay-glomo-checkout> order-url {url} não é um endereço http(s).',
  'glomoCheckout.config.callbackUrl': '<pay-glomo-checkout> callback-url {url} deve ser um endereço https (http só em um host de loopback).',
  'glomoCheckout.config.mode': '<pay-glomo-checkout> mode="redirect" precisa de callback-url: a rota da loja que verifica o resultado.',
  'glomoCheckout.config.sdk': 'O Glomo Checkout recusou as opções: {reason}',
  'glomoCheckout.error.order': 'A loja não conseguiu criar o pedido ({reason}).',
  'glomoCheckout.error.orderFormat': 'O endpoint de pedidos da loja respondeu sem order_id.',
  'glomoCheckout.error.open': 'O Glomo Checkout não conseguiu abrir a janela: {reason}',
  'glomoCheckout.error.sdkExport': 'O script do Glomo Checkout {url} não fornece uma classe GlomoCheckoutApi.',
} satisfies Catalog<typeof glomoCheckoutMessages>;
