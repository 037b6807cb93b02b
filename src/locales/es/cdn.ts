import type { Catalog } from '../../core/messages.js';
import type { cdnMessages } from '../../cdn/cdn.messages.js';

/** The script-tag loader’s messages in Spanish (Spain). */
export default {
  'cdn.error.load': 'No se ha podido cargar <{tag}> desde {url}: {reason}.',
  'cdn.error.unknownTag': '<{tag}> no es un elemento de pay-elements.',
  'cdn.reason.failed': 'el archivo no se ha cargado o no coincide con su hash de integridad',
  'cdn.reason.csp': 'la Content-Security-Policy del sitio lo ha bloqueado (permite {origin} en script-src)',
  'cdn.reason.refused': 'solo se cargan direcciones https (o de loopback)',
  'cdn.reason.unregistered': 'el archivo se ha ejecutado pero no ha definido nada (¿es de otra versión de pay-elements?)',
  'cdn.reason.noBase': 'se desconoce la dirección de pay-elements.iife.js (cárgalo con <script src>)',
} satisfies Catalog<typeof cdnMessages>;
