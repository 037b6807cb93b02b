import type { Catalog } from '../../core/messages.js';
import type { doctorMessages } from '../../cli/doctor.messages.js';

/** The doctor’s own terminal words in French (France). */
export default {
  'doctor.title': 'pay-elements doctor : analyse de {url}',
  'doctor.label.pass': 'OK',
  'doctor.label.fail': 'ÉCH',
  'doctor.label.warn': 'ATT',
  'doctor.label.unknown': '????',
  'doctor.headersUnreadable': '(impossible de lire les en-têtes de la réponse : le résultat des vérifications d’en-têtes est inconnu)',
  'doctor.note': 'remarque : {note}',
  'doctor.missing': 'manquant dans {directive} : {sources}',
  'doctor.fix.title': 'Correction (fusionnée avec votre politique actuelle) :',
  'doctor.coopFix.title': 'Correction COOP :',
  'doctor.how': 'Comment : {summary}',
  'doctor.fetchFailed': 'Impossible de récupérer {url} : {reason}',
  'doctor.arg.unknown': 'Option inconnue {option}',
  'doctor.arg.unexpected': 'Argument inattendu {argument}',
  'doctor.arg.missingUrl': '<url> manquante',
  'doctor.arg.timeout': '--timeout {value} invalide : un nombre entier de millisecondes de 1 à 120000',
  'doctor.arg.lang': '--lang {value} invalide : une étiquette de langue comme it, pt-PT ou zh-CN',
  'doctor.usage.summary': 'Vérifie la Cross-Origin-Opener-Policy et la Content-Security-Policy d’une page (en-têtes et <meta http-equiv>) par rapport aux besoins de chaque prestataire de paiement.',
  'doctor.usage.provider': '{names} (répétable ou séparé par des virgules ; par défaut : tous)',
  'doctor.usage.returnUrl': 'la page sur laquelle revient un paiement en pop-up (la callbackUrl de Glomo) : sa COOP est aussi vérifiée',
  'doctor.usage.timeout': 'abandonner une page qui ne répond pas dans ce délai (par défaut {ms})',
  'doctor.usage.json': 'afficher le rapport en JSON (pour la CI)',
  'doctor.usage.lang': 'la langue du rapport (par défaut : LC_ALL, LC_MESSAGES ou LANG, sinon l’anglais)',
  'doctor.usage.exit': 'Codes de sortie : 0 aucun échec, 1 une vérification a échoué, 2 arguments invalides, 3 la page n’a pas pu être lue.',
} satisfies Catalog<typeof doctorMessages>;
