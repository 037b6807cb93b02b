import type { Catalog } from '../../core/messages.js';
import type { multibancoMessages } from '../../components/multibanco/multibanco.messages.js';

/** `<pay-multibanco>` in French (France). */
export default {
  'multibanco.intro': 'Payez avec une référence Multibanco dans n’importe quel distributeur Multibanco ou dans l’application de votre banque.',
  'multibanco.start': 'Obtenir une référence Multibanco',
  'multibanco.starting': 'Obtention de votre référence…',
  'multibanco.details.title': 'Informations de paiement Multibanco',
  'multibanco.details.intro': 'Sur un distributeur Multibanco ou dans l’application de votre banque, choisissez Paiement de services (Pagamento de serviços) et saisissez :',
  'multibanco.details.entity': 'Entité',
  'multibanco.details.reference': 'Référence',
  'multibanco.details.amount': 'Montant',
  'multibanco.details.expiry': 'Date limite de paiement',
  'multibanco.copy': 'Copier',
  'multibanco.copy.label': 'Copier {detail}',
  'multibanco.copy.done': 'Copié',
  'multibanco.copy.done.label': 'Copié : {detail}',
  'multibanco.copy.announce': 'Copié : {detail}.',
  'multibanco.copy.failed': 'Impossible de copier {detail}. Sélectionnez le texte et copiez-le vous-même.',
  'multibanco.issued.announce': 'Votre référence Multibanco est prête : entité {entity}, référence {reference}, {amount}, à payer avant le {expiry}.',
  'multibanco.waiting': 'En attente de votre paiement. Une fois le paiement effectué, votre banque peut mettre de quelques minutes à quelques jours pour le confirmer : inutile de garder cette page ouverte.',
  'multibanco.watching': 'Vérification de votre paiement…',
  'multibanco.stopped': 'Nous n’avons pas encore reçu la confirmation. C’est normal : cela peut prendre jusqu’à quelques jours. Revenez plus tard, ou vérifiez à nouveau maintenant.',
  'multibanco.checkAgain': 'Vérifier à nouveau',
  'multibanco.succeeded': 'Paiement reçu. Merci !',
  'multibanco.expired': 'Cette référence a expiré avant d’être payée. Vous pouvez en obtenir une nouvelle.',
  'multibanco.failed': 'Le paiement n’a pas pu aboutir ({reason}). Vous pouvez obtenir une nouvelle référence.',
  'multibanco.retry': 'Nous n’avons pas pu obtenir de référence Multibanco. Veuillez réessayer.',
  'multibanco.newReference': 'Obtenir une nouvelle référence',
  'multibanco.config.paymentUrl': '<pay-multibanco> a besoin de payment-url : l’endpoint de la boutique qui émet la référence (une URL http(s)).',
  'multibanco.config.statusUrl': '<pay-multibanco> a besoin de status-url : un modèle d’URL http(s) sur le serveur de la boutique contenant {paymentId}.',
  'multibanco.error.reference': 'L’endpoint de paiement de la boutique a répondu avec une référence Multibanco dont le montant ne peut pas être affiché ({amount}).',
} satisfies Catalog<typeof multibancoMessages>;
