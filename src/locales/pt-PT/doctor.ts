import type { Catalog } from '../../core/messages.js';
import type { doctorMessages } from '../../cli/doctor.messages.js';

/** `npx pay-elements doctor` in European Portuguese (labels at most 4 characters: fixed-width column). */
export default {
  'doctor.title': 'pay-elements doctor: análise de {url}',
  'doctor.label.pass': 'OK',
  'doctor.label.fail': 'ERRO',
  'doctor.label.warn': 'ATEN',
  'doctor.label.unknown': '????',
  'doctor.headersUnreadable': '(não foi possível ler os cabeçalhos da resposta: o resultado das verificações de cabeçalhos é desconhecido)',
  'doctor.note': 'nota: {note}',
  'doctor.missing': 'em falta em {directive}: {sources}',
  'doctor.fix.title': 'Correção (integrada na sua política atual):',
  'doctor.coopFix.title': 'Correção COOP:',
  'doctor.how': 'Como: {summary}',
  'doctor.fetchFailed': 'Não foi possível obter {url}: {reason}',
  'doctor.arg.unknown': 'Opção desconhecida {option}',
  'doctor.arg.unexpected': 'Argumento inesperado {argument}',
  'doctor.arg.missingUrl': '<url> em falta',
  'doctor.arg.timeout': '--timeout {value} inválido: um número inteiro de milissegundos de 1 a 120000',
  'doctor.arg.lang': '--lang {value} inválido: uma etiqueta de idioma como it, pt-PT ou zh-CN',
  'doctor.usage.summary':
    'Verifica a Cross-Origin-Opener-Policy e a Content-Security-Policy de uma página (cabeçalhos e <meta http-equiv>) face ao que cada prestador de pagamentos precisa.',
  'doctor.usage.provider': '{names} (repetível ou separado por vírgulas; predefinição: todos)',
  'doctor.usage.returnUrl': 'a página para onde regressa um checkout em popup (o callbackUrl da Glomo): a sua COOP também é verificada',
  'doctor.usage.timeout': 'desistir de uma página que não responda dentro deste tempo (predefinição: {ms})',
  'doctor.usage.json': 'imprimir o relatório em JSON (para CI)',
  'doctor.usage.lang': 'o idioma do relatório (predefinição: LC_ALL, LC_MESSAGES ou LANG; caso contrário, inglês)',
  'doctor.usage.exit': 'Códigos de saída: 0 sem falhas, 1 uma verificação falhou, 2 argumentos inválidos, 3 não foi possível ler a página.',
} satisfies Catalog<typeof doctorMessages>;
