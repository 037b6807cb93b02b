import type { Catalog } from '../../core/messages.js';
import type { cspNotesMessages } from '../../diagnostics/csp-notes.messages.js';

/** The Chromium notes of the CSP verdicts in Spanish (Spain). */
export default {
  'diagnostics.chromium.upgradeKeepsPort': 'Chromium no deja que una fuente http:// con puerto permita https:// en ese puerto (solo actualiza los puertos por defecto, y para marcos y envíos de formularios ni siquiera un :443 explícito); la especificación CSP lo permite, y otros navegadores también pueden hacerlo. Indica la propia fuente https://.',
  'diagnostics.chromium.upgrade80To443': 'Chromium deja que una fuente http://host:80 permita https://host (puerto 443), como Firefox y Safari, pero la especificación CSP no, así que un navegador más estricto puede bloquearlo. Indica la propia fuente https://.',
  'diagnostics.chromium.sourceQueryIgnored': 'Chromium ignora la consulta o el fragmento de una fuente ({directive}); la especificación CSP considera no válida esa fuente, y otros navegadores pueden ignorar la fuente entera. Quita la parte ?… o #….',
  'diagnostics.chromium.metaCommaSplit': 'Chromium interpreta la coma de tu Content-Security-Policy en <meta> como el inicio de una segunda política; la especificación CSP y los demás navegadores leen una sola política. Usa una etiqueta <meta> por política, sin comas.',
} satisfies Catalog<typeof cspNotesMessages>;
