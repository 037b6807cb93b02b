import type { Catalog } from '../../core/messages.js';
import type { flowsMessages } from '../../flows/flows.messages.js';

/** The flow primitives (modal, errors) in Brazilian Portuguese. */
export default {
  'flows.modal.title': 'Confirme seu pagamento',
  'flows.modal.close': 'Fechar',
  'flows.url.invalid': 'não é um endereço válido',
  'flows.url.scheme': 'só é possível abrir endereços https',
  'flows.url.credentials': 'o endereço contém um nome de usuário ou senha',
  'flows.url.host': '{host} não é um dos hosts do provedor de pagamento',
  'flows.error.url': 'O provedor de pagamento retornou um endereço que esta página não vai abrir: {reason}.',
  'flows.error.message': 'O provedor de pagamento enviou uma mensagem em um formato inesperado.',
  'flows.error.popupBlocked': 'O navegador bloqueou a janela de pagamento. Permita pop-ups para este site ou tente novamente.',
  'flows.error.coopBlocked': 'A janela de pagamento perdeu a conexão com esta página (Cross-Origin-Opener-Policy), então o resultado do pagamento não consegue chegar até ela.',
  'flows.error.timeout': 'O pagamento não foi confirmado a tempo.',
  'flows.error.status': 'Não foi possível ler o status do pagamento ({reason}).',
  'flows.error.statusFormat': 'A resposta de status do pagamento tem um formato inesperado.',
  'flows.error.sdk': 'Não foi possível carregar o script do provedor de pagamento {url}: {reason}.',
  'flows.sdk.timeout': 'sem resposta em {seconds} s',
  'flows.sdk.failed': 'está ausente, tem o content type errado ou falhou na verificação de integridade',
  'flows.sdk.threw': 'falhou ao iniciar',
  'flows.sdk.missing': 'não fornece {name}',
  'flows.sdk.notAllowed': 'não é um endereço de SDK configurado',
  'flows.sdk.trustedTypes': 'Trusted Types recusou o endereço do script (permita a política "pay-elements")',
  'flows.config.modal': 'Um redirecionamento para o modal iframe precisa de um contêiner onde ser exibido.',
  'flows.config.sdkUrl': 'O endereço de SDK {url} foi recusado: {reason}.',
  'flows.error.csp': 'A Content-Security-Policy do site bloqueou o script do provedor de pagamento {url}.',
} satisfies Catalog<typeof flowsMessages>;
