import type { Catalog } from '../../core/messages.js';
import type { cspNotesMessages } from '../../diagnostics/csp-notes.messages.js';

/** The Chromium notes of the CSP verdicts in French (France). */
export default {
  'diagnostics.chromium.upgradeKeepsPort': 'Chromium ne laisse pas une source http:// avec un port autoriser https:// sur ce port (il ne met à niveau que les ports par défaut, et pour les cadres et les envois de formulaires pas même un :443 explicite) ; la spécification CSP le permet, et d’autres navigateurs peuvent le permettre aussi. Indiquez directement la source https://.',
  'diagnostics.chromium.upgrade80To443': 'Chromium laisse une source http://host:80 autoriser https://host (port 443), comme Firefox et Safari, mais la spécification CSP ne le permet pas : un navigateur plus strict peut donc le bloquer. Indiquez directement la source https://.',
  'diagnostics.chromium.sourceQueryIgnored': 'Chromium ignore la requête ou le fragment d’une source ({directive}) ; la spécification CSP rend une telle source invalide, et d’autres navigateurs peuvent ignorer toute la source. Supprimez la partie ?… ou #….',
  'diagnostics.chromium.metaCommaSplit': 'Chromium lit la virgule de votre Content-Security-Policy en <meta> comme le début d’une seconde politique ; la spécification CSP et les autres navigateurs lisent une seule politique. Utilisez une balise <meta> par politique, sans virgules.',
} satisfies Catalog<typeof cspNotesMessages>;
