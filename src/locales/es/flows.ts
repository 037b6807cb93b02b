import type { Catalog } from '../../core/messages.js';
import type { flowsMessages } from '../../flows/flows.messages.js';

/** The flow primitives (modal, errors) in Spanish (Spain). */
export default {
  'flows.modal.title': 'Confirma tu pago',
  'flows.modal.close': 'Cerrar',
  'flows.url.invalid': 'no es una dirección válida',
  'flows.url.scheme': 'solo se pueden abrir direcciones https',
  'flows.url.credentials': 'la dirección incluye un nombre de usuario o una contraseña',
  'flows.url.host': '{host} no es uno de los hosts del proveedor de pagos',
  'flows.error.url': 'El proveedor de pagos ha devuelto una dirección que esta página no abrirá: {reason}.',
  'flows.error.message': 'El proveedor de pagos ha enviado un mensaje con un formato inesperado.',
  'flows.error.popupBlocked': 'El navegador ha bloqueado la ventana de pago. Permite las ventanas emergentes en este sitio o vuelve a intentarlo.',
  'flows.error.coopBlocked': 'La ventana de pago ha perdido el vínculo con esta página (Cross-Origin-Opener-Policy), así que el resultado del pago no puede llegar a ella.',
  'flows.error.timeout': 'El pago no se ha confirmado a tiempo.',
  'flows.error.status': 'No se ha podido leer el estado del pago ({reason}).',
  'flows.error.statusFormat': 'La respuesta con el estado del pago tiene un formato inesperado.',
  'flows.error.sdk': 'No se ha podido cargar el script del proveedor de pagos {url}: {reason}.',
  'flows.sdk.timeout': 'sin respuesta en {seconds} s',
  'flows.sdk.failed': 'falta, tiene un tipo de contenido incorrecto o no ha superado la comprobación de integridad',
  'flows.sdk.threw': 'ha fallado al iniciarse',
  'flows.sdk.missing': 'no proporciona {name}',
  'flows.sdk.notAllowed': 'no es una dirección de SDK configurada',
  'flows.sdk.trustedTypes': 'Trusted Types ha rechazado la dirección del script (permite la política "pay-elements")',
  'flows.config.modal': 'Una redirección dentro del modal con iframe necesita un contenedor donde mostrarlo.',
  'flows.config.sdkUrl': 'Se rechaza la dirección del SDK {url}: {reason}.',
  'flows.error.csp': 'La Content-Security-Policy del sitio ha bloqueado el script del proveedor de pagos {url}.',
} satisfies Catalog<typeof flowsMessages>;
