import type { Catalog } from '../../core/messages.js';
import type { multibancoMessages } from '../../components/multibanco/multibanco.messages.js';

/** `<pay-multibanco>` in European Portuguese. */
export default {
  'multibanco.intro': 'Pague com uma referência Multibanco em qualquer caixa Multibanco ou na app do seu banco.',
  'multibanco.start': 'Gerar referência Multibanco',
  'multibanco.starting': 'A gerar a sua referência…',
  'multibanco.details.title': 'Dados para pagamento Multibanco',
  'multibanco.details.intro': 'Numa caixa Multibanco ou na app do seu banco, escolha «Pagamento de serviços» e introduza:',
  'multibanco.details.entity': 'Entidade',
  'multibanco.details.reference': 'Referência',
  'multibanco.details.amount': 'Montante',
  'multibanco.details.expiry': 'Pagar até',
  'multibanco.copy': 'Copiar',
  'multibanco.copy.label': 'Copiar {detail}',
  'multibanco.copy.done': 'Copiado',
  'multibanco.copy.done.label': 'Copiado: {detail}',
  'multibanco.copy.announce': 'Copiado: {detail}.',
  'multibanco.copy.failed': 'Não foi possível copiar {detail}. Selecione o texto e copie-o manualmente.',
  'multibanco.issued.announce': 'A sua referência Multibanco está pronta: entidade {entity}, referência {reference}, {amount}, a pagar até {expiry}.',
  'multibanco.waiting': 'A aguardar o seu pagamento. Depois de pagar, o seu banco pode demorar de alguns minutos a alguns dias a confirmá-lo: não precisa de manter esta página aberta.',
  'multibanco.watching': 'A verificar o seu pagamento…',
  'multibanco.stopped': 'Ainda não recebemos a confirmação. É normal: pode demorar até alguns dias. Volte mais tarde ou verifique novamente agora.',
  'multibanco.checkAgain': 'Verificar novamente',
  'multibanco.succeeded': 'Pagamento recebido. Obrigado!',
  'multibanco.expired': 'Esta referência expirou antes de ser paga. Pode gerar uma nova.',
  'multibanco.failed': 'Não foi possível concluir o pagamento ({reason}). Pode gerar uma nova referência.',
  'multibanco.retry': 'Não foi possível gerar uma referência Multibanco. Tente novamente.',
  'multibanco.newReference': 'Gerar nova referência',
  'multibanco.config.paymentUrl': '<pay-multibanco> precisa de payment-url: o endpoint da loja que emite a referência (um URL http(s)).',
  'multibanco.config.statusUrl': '<pay-multibanco> precisa de status-url: um modelo de URL http(s) no servidor da loja que contenha {paymentId}.',
  'multibanco.error.reference': 'O endpoint de pagamento da loja respondeu com uma referência Multibanco cujo montante não pode ser apresentado ({amount}).',
} satisfies Catalog<typeof multibancoMessages>;
