import type { Catalog } from '../../core/messages.js';
import type { flowsMessages } from '../../flows/flows.messages.js';

/** The flow primitives (modal, errors) in European Portuguese. */
export default {
  'flows.modal.title': 'Confirme o seu pagamento',
  'flows.modal.close': 'Fechar',
  'flows.url.invalid': 'não é um endereço válido',
  'flows.url.scheme': 'só podem ser abertos endereços https',
  'flows.url.credentials': 'o endereço contém um nome de utilizador ou uma palavra-passe',
  'flows.url.host': '{host} não é um dos hosts do prestador de pagamentos',
  'flows.error.url': 'O prestador de pagamentos devolveu um endereço que esta página não vai abrir: {reason}.',
  'flows.error.message': 'O prestador de pagamentos enviou uma mensagem num formato inesperado.',
  'flows.error.popupBlocked': 'O browser bloqueou a janela de pagamento. Permita pop-ups para este site ou tente novamente.',
  'flows.error.coopBlocked': 'A janela de pagamento perdeu a ligação a esta página (Cross-Origin-Opener-Policy), pelo que o resultado do pagamento não lhe consegue chegar.',
  'flows.error.timeout': 'O pagamento não foi confirmado a tempo.',
  'flows.error.status': 'Não foi possível ler o estado do pagamento ({reason}).',
  'flows.error.statusFormat': 'A resposta com o estado do pagamento tem um formato inesperado.',
  'flows.error.sdk': 'Não foi possível carregar o script do prestador de pagamentos {url}: {reason}.',
  'flows.sdk.timeout': 'sem resposta em {seconds} s',
  'flows.sdk.failed': 'está em falta, tem o content type errado ou falhou a verificação de integridade',
  'flows.sdk.threw': 'falhou ao iniciar',
  'flows.sdk.missing': 'não fornece {name}',
  'flows.sdk.notAllowed': 'não é um endereço de SDK configurado',
  'flows.sdk.trustedTypes': 'Trusted Types recusou o endereço do script (permita a política "pay-elements")',
  'flows.config.modal': 'Um redirecionamento para o modal iframe precisa de um contentor onde ser apresentado.',
  'flows.config.sdkUrl': 'O endereço de SDK {url} foi recusado: {reason}.',
  'flows.error.csp': 'A Content-Security-Policy do site bloqueou o script do prestador de pagamentos {url}.',
} satisfies Catalog<typeof flowsMessages>;
