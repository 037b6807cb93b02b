import type { Catalog } from '../../core/messages.js';
import type { mbwayMessages } from '../../components/mbway/mbway.messages.js';

/** `<pay-mbway>` in French (France). */
export default {
  'mbway.phone.label': 'Numéro de téléphone MB WAY',
  'mbway.phone.hint': 'Le numéro de mobile portugais associé à votre application MB WAY, par ex. 912 345 678.',
  'mbway.phone.prefix': '+351',
  'mbway.submit': 'Payer avec MB WAY',
  'mbway.pending': 'Envoi de la demande sur votre téléphone…',
  'mbway.error.phone.required': 'Saisissez votre numéro de téléphone MB WAY.',
  'mbway.error.phone.invalid_characters': 'Un numéro de téléphone ne contient que des chiffres, des espaces et un + initial.',
  'mbway.error.phone.country': 'MB WAY nécessite un numéro de mobile portugais (+351).',
  'mbway.error.phone.not_mobile': 'Un numéro de mobile portugais commence par 9.',
  'mbway.error.phone.too_short': 'Un numéro de mobile portugais compte 9 chiffres.',
  'mbway.error.phone.too_long': 'Un numéro de mobile portugais compte 9 chiffres ; celui-ci en compte davantage.',
  'mbway.waiting.title': 'Validez le paiement dans votre application MB WAY',
  'mbway.waiting.body': 'Nous avons envoyé une demande de paiement au {phone}. Ouvrez l’application MB WAY sur ce téléphone et validez-la.',
  'mbway.waiting.time': 'Temps restant pour valider :',
  'mbway.waiting.announce': 'Demande de paiement envoyée au {phone}. Validez-la dans l’application MB WAY d’ici {time}.',
  'mbway.countdown.left': 'Il reste {time} pour valider le paiement.',
  'mbway.checking': 'Vérification de la validation du paiement…',
  'mbway.succeeded': 'Paiement validé. Merci !',
  'mbway.refused': 'Le paiement a été refusé dans l’application MB WAY. Vous pouvez envoyer une nouvelle demande.',
  'mbway.expired': 'La demande de paiement a expiré avant d’être validée. Vous pouvez envoyer une nouvelle demande.',
  'mbway.failed': 'Le paiement n’a pas pu aboutir ({reason}). Vous pouvez envoyer une nouvelle demande.',
  'mbway.retry': 'La demande de paiement n’a pas pu être envoyée. Veuillez réessayer.',
  'mbway.config.paymentUrl': '<pay-mbway> a besoin de payment-url : l’endpoint de la boutique qui lance le paiement (une URL http(s)).',
  'mbway.config.statusUrl': '<pay-mbway> a besoin de status-url : un modèle d’URL http(s) sur le serveur de la boutique contenant {paymentId}.',
  'mbway.config.timeout': '<pay-mbway> timeout="{value}" n’est pas un nombre de secondes entre 1 et 3600.',
} satisfies Catalog<typeof mbwayMessages>;
