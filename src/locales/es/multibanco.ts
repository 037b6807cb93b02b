import type { Catalog } from '../../core/messages.js';
import type { multibancoMessages } from '../../components/multibanco/multibanco.messages.js';

/** `<pay-multibanco>` in Spanish (Spain). */
export default {
  'multibanco.intro': 'Paga con una referencia Multibanco en cualquier cajero Multibanco o en la app de tu banco.',
  'multibanco.start': 'Obtener una referencia Multibanco',
  'multibanco.starting': 'Obteniendo tu referencia…',
  'multibanco.details.title': 'Datos de pago Multibanco',
  'multibanco.details.intro': 'En un cajero Multibanco o en la app de tu banco, elige Pago de servicios (Pagamento de serviços) e introduce:',
  'multibanco.details.entity': 'Entidad',
  'multibanco.details.reference': 'Referencia',
  'multibanco.details.amount': 'Importe',
  'multibanco.details.expiry': 'Fecha límite de pago',
  'multibanco.copy': 'Copiar',
  'multibanco.copy.label': 'Copiar {detail}',
  'multibanco.copy.done': 'Copiado',
  'multibanco.copy.done.label': 'Copiado: {detail}',
  'multibanco.copy.announce': 'Copiado: {detail}.',
  'multibanco.copy.failed': 'No se ha podido copiar {detail}. Selecciona el texto y cópialo manualmente.',
  'multibanco.issued.announce': 'Tu referencia Multibanco está lista: entidad {entity}, referencia {reference}, {amount}, a pagar antes del {expiry}.',
  'multibanco.waiting': 'Esperando tu pago. Una vez que hayas pagado, tu banco puede tardar desde unos minutos hasta unos días en confirmarlo: no hace falta que mantengas esta página abierta.',
  'multibanco.watching': 'Comprobando tu pago…',
  'multibanco.stopped': 'Aún no hemos recibido la confirmación. Es normal: puede tardar hasta unos días. Vuelve más tarde o compruébalo de nuevo ahora.',
  'multibanco.checkAgain': 'Comprobar de nuevo',
  'multibanco.succeeded': 'Pago recibido. ¡Gracias!',
  'multibanco.expired': 'Esta referencia ha caducado sin pagarse. Puedes obtener una nueva.',
  'multibanco.failed': 'No se ha podido completar el pago ({reason}). Puedes obtener una nueva referencia.',
  'multibanco.retry': 'No hemos podido obtener una referencia Multibanco. Vuelve a intentarlo.',
  'multibanco.newReference': 'Obtener una nueva referencia',
  'multibanco.config.paymentUrl': '<pay-multibanco> necesita payment-url: el endpoint de la tienda que emite la referencia (una URL http(s)).',
  'multibanco.config.statusUrl': '<pay-multibanco> necesita status-url: una plantilla de URL http(s) en el servidor de la tienda que contenga {paymentId}.',
  'multibanco.error.reference': 'El endpoint de pago de la tienda ha respondido con una referencia Multibanco cuyo importe no se puede mostrar ({amount}).',
} satisfies Catalog<typeof multibancoMessages>;
