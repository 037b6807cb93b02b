import type { Catalog } from '../../core/messages.js';
import type { mbwayMessages } from '../../components/mbway/mbway.messages.js';

/** `<pay-mbway>` in Spanish (Spain). */
export default {
  'mbway.phone.label': 'Número de teléfono de MB WAY',
  'mbway.phone.hint': 'El número de móvil portugués vinculado a tu app MB WAY, p. ej., 912 345 678.',
  'mbway.phone.prefix': '+351',
  'mbway.submit': 'Pagar con MB WAY',
  'mbway.pending': 'Enviando la solicitud a tu teléfono…',
  'mbway.error.phone.required': 'Introduce tu número de teléfono de MB WAY.',
  'mbway.error.phone.invalid_characters': 'Un número de teléfono solo contiene dígitos, espacios y un + inicial.',
  'mbway.error.phone.country': 'MB WAY necesita un número de móvil portugués (+351).',
  'mbway.error.phone.not_mobile': 'Un número de móvil portugués empieza por 9.',
  'mbway.error.phone.too_short': 'Un número de móvil portugués tiene 9 dígitos.',
  'mbway.error.phone.too_long': 'Un número de móvil portugués tiene 9 dígitos; este tiene más.',
  'mbway.waiting.title': 'Aprueba el pago en tu app MB WAY',
  'mbway.waiting.body': 'Hemos enviado una solicitud de pago al {phone}. Abre la app MB WAY en ese teléfono y apruébala.',
  'mbway.waiting.time': 'Tiempo restante para aprobarlo:',
  'mbway.waiting.announce': 'Solicitud de pago enviada al {phone}. Apruébala en la app MB WAY en un plazo de {time}.',
  'mbway.countdown.left': 'Tiempo restante para aprobar el pago: {time}.',
  'mbway.checking': 'Comprobando si se ha aprobado el pago…',
  'mbway.succeeded': 'Pago aprobado. ¡Gracias!',
  'mbway.refused': 'El pago se ha rechazado en la app MB WAY. Puedes enviar una nueva solicitud.',
  'mbway.expired': 'La solicitud de pago ha caducado antes de aprobarse. Puedes enviar una nueva solicitud.',
  'mbway.failed': 'No se ha podido completar el pago ({reason}). Puedes enviar una nueva solicitud.',
  'mbway.retry': 'No se ha podido enviar la solicitud de pago. Vuelve a intentarlo.',
  'mbway.config.paymentUrl': '<pay-mbway> necesita payment-url: el endpoint de la tienda que inicia el pago (una URL http(s)).',
  'mbway.config.statusUrl': '<pay-mbway> necesita status-url: una plantilla de URL http(s) en el servidor de la tienda que contenga {paymentId}.',
  'mbway.config.timeout': '<pay-mbway> timeout="{value}" no es un número de segundos entre 1 y 3600.',
} satisfies Catalog<typeof mbwayMessages>;
