import type { Catalog } from '../../core/messages.js';
import type { multibancoMessages } from '../../components/multibanco/multibanco.messages.js';

/** `<pay-multibanco>` in Brazilian Portuguese. */
export default {
  'multibanco.intro': 'Pague com uma referência Multibanco em qualquer caixa eletrônico Multibanco ou no aplicativo do seu banco.',
  'multibanco.start': 'Gerar referência Multibanco',
  'multibanco.starting': 'Gerando sua referência…',
  'multibanco.details.title': 'Dados para pagamento Multibanco',
  'multibanco.details.intro': 'Em um caixa eletrônico Multibanco ou no aplicativo do seu banco, escolha “Pagamento de serviços” e informe:',
  'multibanco.details.entity': 'Entidade',
  'multibanco.details.reference': 'Referência',
  'multibanco.details.amount': 'Valor',
  'multibanco.details.expiry': 'Pagar até',
  'multibanco.copy': 'Copiar',
  'multibanco.copy.label': 'Copiar {detail}',
  'multibanco.copy.done': 'Copiado',
  'multibanco.copy.done.label': 'Copiado: {detail}',
  'multibanco.copy.announce': 'Copiado: {detail}.',
  'multibanco.copy.failed': 'Não foi possível copiar {detail}. Selecione o texto e copie manualmente.',
  'multibanco.issued.announce': 'Sua referência Multibanco está pronta: entidade {entity}, referência {reference}, {amount}, a pagar até {expiry}.',
  'multibanco.waiting': 'Aguardando seu pagamento. Depois que você pagar, seu banco pode levar de alguns minutos a alguns dias para confirmá-lo: não é preciso manter esta página aberta.',
  'multibanco.watching': 'Verificando seu pagamento…',
  'multibanco.stopped': 'Ainda não recebemos a confirmação. Isso é normal: pode levar até alguns dias. Volte mais tarde ou verifique novamente agora.',
  'multibanco.checkAgain': 'Verificar novamente',
  'multibanco.succeeded': 'Pagamento recebido. Obrigado!',
  'multibanco.expired': 'Esta referência expirou antes de ser paga. Você pode gerar uma nova.',
  'multibanco.failed': 'Não foi possível concluir o pagamento ({reason}). Você pode gerar uma nova referência.',
  'multibanco.retry': 'Não foi possível gerar uma referência Multibanco. Tente novamente.',
  'multibanco.newReference': 'Gerar nova referência',
  'multibanco.config.paymentUrl': '<pay-multibanco> precisa de payment-url: o endpoint da loja que emite a referência (uma URL http(s)).',
  'multibanco.config.statusUrl': '<pay-multibanco> precisa de status-url: um modelo de URL http(s) no servidor da loja contendo {paymentId}.',
  'multibanco.error.reference': 'O endpoint de pagamento da loja respondeu com uma referência Multibanco cujo valor não pode ser exibido ({amount}).',
} satisfies Catalog<typeof multibancoMessages>;
