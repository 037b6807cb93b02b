import type { Catalog } from '../../core/messages.js';
import type { cdnMessages } from '../../cdn/cdn.messages.js';

/** The script-tag loader's messages in Brazilian Portuguese. */
export default {
  'cdn.error.load': 'Não foi possível carregar <{tag}> de {url}: {reason}.',
  'cdn.error.unknownTag': '<{tag}> não é um elemento do pay-elements.',
  'cdn.reason.failed': 'o arquivo não carregou ou não corresponde ao seu hash de integridade',
  'cdn.reason.csp': 'a Content-Security-Policy do site o bloqueou (permita {origin} em script-src)',
  'cdn.reason.refused': 'só são carregados endereços https (ou de loopback)',
  'cdn.reason.unregistered': 'o arquivo foi executado, mas não definiu nada (ele é de outra versão do pay-elements?)',
  'cdn.reason.noBase': 'o endereço de pay-elements.iife.js é desconhecido (carregue-o com <script src>)',
} satisfies Catalog<typeof cdnMessages>;
