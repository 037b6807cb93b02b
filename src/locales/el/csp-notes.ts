import type { Catalog } from '../../core/messages.js';
import type { cspNotesMessages } from '../../diagnostics/csp-notes.messages.js';

/** The notes on where Chromium departs from CSP3, in Greek. */
export default {
  'diagnostics.chromium.upgradeKeepsPort': 'Το Chromium δεν επιτρέπει σε μια πηγή http:// με θύρα να επιτρέψει το https:// στην ίδια θύρα (αναβαθμίζει μόνο τις προεπιλεγμένες θύρες, και για πλαίσια και υποβολές φορμών ούτε καν ένα ρητό :443)· η προδιαγραφή CSP το επιτρέπει, και άλλα προγράμματα περιήγησης ίσως επίσης. Δηλώστε απευθείας την πηγή https://.',
  'diagnostics.chromium.upgrade80To443': 'Το Chromium επιτρέπει σε μια πηγή http://host:80 να επιτρέψει το https://host (θύρα 443), όπως ο Firefox και το Safari, αλλά η προδιαγραφή CSP όχι, οπότε ένα αυστηρότερο πρόγραμμα περιήγησης μπορεί να το μπλοκάρει. Δηλώστε απευθείας την πηγή https://.',
  'diagnostics.chromium.sourceQueryIgnored': 'Το Chromium αγνοεί το query ή το fragment μιας πηγής ({directive})· η προδιαγραφή CSP θεωρεί μια τέτοια πηγή άκυρη, και άλλα προγράμματα περιήγησης μπορεί να αγνοήσουν ολόκληρη την πηγή. Αφαιρέστε το τμήμα ?… ή #….',
  'diagnostics.chromium.metaCommaSplit': 'Το Chromium διαβάζει το κόμμα στην <meta> Content-Security-Policy σας ως αρχή μιας δεύτερης πολιτικής· η προδιαγραφή CSP και τα άλλα προγράμματα περιήγησης διαβάζουν μία πολιτική. Χρησιμοποιήστε μία ετικέτα <meta> ανά πολιτική, χωρίς κόμματα.',
} satisfies Catalog<typeof cspNotesMessages>;
