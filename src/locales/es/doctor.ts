import type { Catalog } from '../../core/messages.js';
import type { doctorMessages } from '../../cli/doctor.messages.js';

/** The doctor’s own terminal words in Spanish (Spain). */
export default {
  'doctor.title': 'pay-elements doctor: comprobación de {url}',
  'doctor.label.pass': 'OK',
  'doctor.label.fail': 'ERR',
  'doctor.label.warn': 'ADV',
  'doctor.label.unknown': '????',
  'doctor.headersUnreadable': '(no se han podido leer las cabeceras de la respuesta: el resultado de las comprobaciones de cabeceras es desconocido)',
  'doctor.note': 'nota: {note}',
  'doctor.missing': 'falta en {directive}: {sources}',
  'doctor.fix.title': 'Solución (combinada con tu política actual):',
  'doctor.coopFix.title': 'Solución para COOP:',
  'doctor.how': 'Cómo: {summary}',
  'doctor.fetchFailed': 'No se ha podido obtener {url}: {reason}',
  'doctor.arg.unknown': 'Opción desconocida {option}',
  'doctor.arg.unexpected': 'Argumento inesperado {argument}',
  'doctor.arg.missingUrl': 'Falta <url>',
  'doctor.arg.timeout': '--timeout {value} no válido: un número entero de milisegundos de 1 a 120000',
  'doctor.arg.lang': '--lang {value} no válido: una etiqueta de idioma como it, pt-PT o zh-CN',
  'doctor.usage.summary': 'Comprueba la Cross-Origin-Opener-Policy y la Content-Security-Policy de una página (cabeceras y <meta http-equiv>) frente a lo que necesita cada proveedor de pagos.',
  'doctor.usage.provider': '{names} (repetible o separado por comas; por defecto: todos)',
  'doctor.usage.returnUrl': 'la página a la que vuelve un pago en ventana emergente (la callbackUrl de Glomo): también se comprueba su COOP',
  'doctor.usage.timeout': 'abandonar una página que no responda en este tiempo (por defecto {ms})',
  'doctor.usage.json': 'mostrar el informe en JSON (para CI)',
  'doctor.usage.lang': 'el idioma del informe (por defecto: LC_ALL, LC_MESSAGES o LANG; si no, inglés)',
  'doctor.usage.exit': 'Códigos de salida: 0 ningún fallo, 1 ha fallado una comprobación, 2 argumentos incorrectos, 3 no se ha podido leer la página.',
} satisfies Catalog<typeof doctorMessages>;
