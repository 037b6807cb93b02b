import type { Catalog } from '../../core/messages.js';
import type { doctorMessages } from '../../cli/doctor.messages.js';

/** `npx pay-elements doctor` in Brazilian Portuguese (labels at most 4 characters: fixed-width column). */
export default {
  'doctor.title': 'pay-elements doctor: análise de {url}',
  'doctor.label.pass': 'OK',
  'doctor.label.fail': 'ERRO',
  'doctor.label.warn': 'ATEN',
  'doctor.label.unknown': '????',
  'doctor.headersUnreadable': '(não foi possível ler os cabeçalhos da resposta: o resultado das verificações de cabeçalhos é desconhecido)',
  'doctor.note': 'observação: {note}',
  'doctor.missing': 'faltando em {directive}: {sources}',
  'doctor.fix.title': 'Correção (mesclada com a sua política atual):',
  'doctor.coopFix.title': 'Correção de COOP:',
  'doctor.how': 'Como: {summary}',
  'doctor.fetchFailed': 'Não foi possível buscar {url}: {reason}',
  'doctor.arg.unknown': 'Opção desconhecida {option}',
  'doctor.arg.unexpected': 'Argumento inesperado {argument}',
  'doctor.arg.missingUrl': 'Falta o <url>',
  'doctor.arg.timeout': '--timeout {value} inválido: um número inteiro de milissegundos de 1 a 120000',
  'doctor.arg.lang': '--lang {value} inválido: um código de idioma como it, pt-PT ou zh-CN',
  'doctor.usage.summary':
    'Verifica a Cross-Origin-Opener-Policy e a Content-Security-Policy de uma página (cabeçalhos e <meta http-equiv>) em relação ao que cada provedor de pagamento precisa.',
  'doctor.usage.provider': '{names} (repetível ou separado por vírgulas; padrão: todos)',
  'doctor.usage.returnUrl': 'a página para onde volta um checkout em pop-up (o callbackUrl da Glomo): a COOP dela também é verificada',
  'doctor.usage.timeout': 'desistir de uma página que não responder dentro desse tempo (padrão: {ms})',
  'doctor.usage.json': 'imprimir o relatório em JSON (para CI)',
  'doctor.usage.lang': 'o idioma do relatório (padrão: LC_ALL, LC_MESSAGES ou LANG; caso contrário, inglês)',
  'doctor.usage.exit': 'Códigos de saída: 0 nenhuma falha, 1 uma verificação falhou, 2 argumentos inválidos, 3 não foi possível ler a página.',
} satisfies Catalog<typeof doctorMessages>;
