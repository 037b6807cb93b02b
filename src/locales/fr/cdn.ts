import type { Catalog } from '../../core/messages.js';
import type { cdnMessages } from '../../cdn/cdn.messages.js';

/** The script-tag loader’s messages in French (France). */
export default {
  'cdn.error.load': '<{tag}> n’a pas pu être chargé depuis {url} : {reason}.',
  'cdn.error.unknownTag': '<{tag}> n’est pas un élément pay-elements.',
  'cdn.reason.failed': 'le fichier ne s’est pas chargé, ou il ne correspond pas à son empreinte d’intégrité',
  'cdn.reason.csp': 'la Content-Security-Policy du site l’a bloqué (autorisez {origin} dans script-src)',
  'cdn.reason.refused': 'seules les adresses https (ou loopback) sont chargées',
  'cdn.reason.unregistered': 'le fichier s’est exécuté mais n’a rien défini (provient-il d’une autre version de pay-elements ?)',
  'cdn.reason.noBase': 'l’adresse de pay-elements.iife.js est inconnue (chargez-le avec <script src>)',
} satisfies Catalog<typeof cdnMessages>;
