import type { Catalog } from '../../core/messages.js';
import type { glomoMessages } from '../../providers/glomo/glomo.messages.js';

/** The Glomo adapter's messages in Brazilian Portuguese. */
export default {
  'glomo.callback.missing': 'Esta página foi aberta sem um resultado de pagamento Glomo.',
  'glomo.callback.invalid': 'O resultado de pagamento Glomo contido neste endereço é inválido.',
  'glomo.callback.refused': 'A loja não conseguiu verificar o resultado do pagamento ({reason}).',
  'glomo.payment.failed': 'O pagamento falhou.',
  'glomo.response.invalid': 'O servidor de pagamentos enviou uma resposta que não é um pagamento Glomo.',
  'glomo.event.invalid': 'O Glomo Checkout enviou um payload {event} inválido.',
} satisfies Catalog<typeof glomoMessages>;
