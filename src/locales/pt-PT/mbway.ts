import type { Catalog } from '../../core/messages.js';
import type { mbwayMessages } from '../../components/mbway/mbway.messages.js';

/** `<pay-mbway>` in European Portuguese. */
export default {
  'mbway.phone.label': 'Número de telemóvel MB WAY',
  'mbway.phone.hint': 'O número de telemóvel português associado à sua app MB WAY, p. ex. 912 345 678.',
  'mbway.phone.prefix': '+351',
  'mbway.submit': 'Pagar com MB WAY',
  'mbway.pending': 'A enviar o pedido para o seu telemóvel…',
  'mbway.error.phone.required': 'Introduza o seu número de telemóvel MB WAY.',
  'mbway.error.phone.invalid_characters': 'Um número de telemóvel tem apenas dígitos, espaços e um + inicial.',
  'mbway.error.phone.country': 'O MB WAY requer um número de telemóvel português (+351).',
  'mbway.error.phone.not_mobile': 'Um número de telemóvel português começa por 9.',
  'mbway.error.phone.too_short': 'Um número de telemóvel português tem 9 dígitos.',
  'mbway.error.phone.too_long': 'Um número de telemóvel português tem 9 dígitos; este tem mais.',
  'mbway.waiting.title': 'Aprove o pagamento na app MB WAY',
  'mbway.waiting.body': 'Enviámos um pedido de pagamento para {phone}. Abra a app MB WAY nesse telemóvel e aprove-o.',
  'mbway.waiting.time': 'Tempo restante para aprovar:',
  'mbway.waiting.announce': 'Pedido de pagamento enviado para {phone}. Aprove-o na app MB WAY no prazo de {time}.',
  'mbway.countdown.left': 'Tempo restante para aprovar o pagamento: {time}.',
  'mbway.checking': 'A verificar se o pagamento foi aprovado…',
  'mbway.succeeded': 'Pagamento aprovado. Obrigado!',
  'mbway.refused': 'O pagamento foi recusado na app MB WAY. Pode enviar um novo pedido.',
  'mbway.expired': 'O pedido de pagamento expirou antes de ser aprovado. Pode enviar um novo pedido.',
  'mbway.failed': 'Não foi possível concluir o pagamento ({reason}). Pode enviar um novo pedido.',
  'mbway.retry': 'Não foi possível enviar o pedido de pagamento. Tente novamente.',
  'mbway.config.paymentUrl': '<pay-mbway> precisa de payment-url: o endpoint da loja que inicia o pagamento (um URL http(s)).',
  'mbway.config.statusUrl': '<pay-mbway> precisa de status-url: um modelo de URL http(s) no servidor da loja que contenha {paymentId}.',
  'mbway.config.timeout': '<pay-mbway> timeout="{value}" não é um número de segundos entre 1 e 3600.',
} satisfies Catalog<typeof mbwayMessages>;
