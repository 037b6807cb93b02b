import type { Catalog } from '../../core/messages.js';
import type { mbwayMessages } from '../../components/mbway/mbway.messages.js';

/** `<pay-mbway>` in Brazilian Portuguese. */
export default {
  'mbway.phone.label': 'Número de celular MB WAY',
  'mbway.phone.hint': 'O número de celular português vinculado ao seu aplicativo MB WAY, por exemplo 912 345 678.',
  'mbway.phone.prefix': '+351',
  'mbway.submit': 'Pagar com MB WAY',
  'mbway.pending': 'Enviando a solicitação para o seu celular…',
  'mbway.error.phone.required': 'Informe seu número de celular MB WAY.',
  'mbway.error.phone.invalid_characters': 'Um número de celular tem apenas dígitos, espaços e um + no início.',
  'mbway.error.phone.country': 'O MB WAY exige um número de celular português (+351).',
  'mbway.error.phone.not_mobile': 'Um número de celular português começa com 9.',
  'mbway.error.phone.too_short': 'Um número de celular português tem 9 dígitos.',
  'mbway.error.phone.too_long': 'Um número de celular português tem 9 dígitos; este tem mais.',
  'mbway.waiting.title': 'Aprove o pagamento no aplicativo MB WAY',
  'mbway.waiting.body': 'Enviamos uma solicitação de pagamento para {phone}. Abra o aplicativo MB WAY nesse celular e aprove-a.',
  'mbway.waiting.time': 'Tempo restante para aprovar:',
  'mbway.waiting.announce': 'Solicitação de pagamento enviada para {phone}. Aprove-a no aplicativo MB WAY em até {time}.',
  'mbway.countdown.left': 'Tempo restante para aprovar o pagamento: {time}.',
  'mbway.checking': 'Verificando se o pagamento foi aprovado…',
  'mbway.succeeded': 'Pagamento aprovado. Obrigado!',
  'mbway.refused': 'O pagamento foi recusado no aplicativo MB WAY. Você pode enviar uma nova solicitação.',
  'mbway.expired': 'A solicitação de pagamento expirou antes de ser aprovada. Você pode enviar uma nova solicitação.',
  'mbway.failed': 'Não foi possível concluir o pagamento ({reason}). Você pode enviar uma nova solicitação.',
  'mbway.retry': 'Não foi possível enviar a solicitação de pagamento. Tente novamente.',
  'mbway.config.paymentUrl': '<pay-mbway> precisa de payment-url: o endpoint da loja que inicia o pagamento (uma URL http(s)).',
  'mbway.config.statusUrl': '<pay-mbway> precisa de status-url: um modelo de URL http(s) no servidor da loja contendo {paymentId}.',
  'mbway.config.timeout': '<pay-mbway> timeout="{value}" não é um número de segundos entre 1 e 3600.',
} satisfies Catalog<typeof mbwayMessages>;
