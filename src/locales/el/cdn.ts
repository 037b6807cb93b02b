import type { Catalog } from '../../core/messages.js';
import type { cdnMessages } from '../../cdn/cdn.messages.js';

/** The script-tag loader, in Greek. */
export default {
  'cdn.error.load': 'Δεν ήταν δυνατή η φόρτωση του <{tag}> από {url}: {reason}.',
  'cdn.error.unknownTag': 'Το <{tag}> δεν είναι στοιχείο του pay-elements.',
  'cdn.reason.failed': 'το αρχείο δεν φορτώθηκε ή δεν αντιστοιχεί στο hash ακεραιότητάς του',
  'cdn.reason.csp': 'το μπλόκαρε η Content-Security-Policy του ιστότοπου (επιτρέψτε το {origin} στο script-src)',
  'cdn.reason.refused': 'φορτώνονται μόνο διευθύνσεις https (ή loopback)',
  'cdn.reason.unregistered': 'το αρχείο εκτελέστηκε αλλά δεν όρισε τίποτα (μήπως είναι από άλλη έκδοση του pay-elements;)',
  'cdn.reason.noBase': 'η διεύθυνση του pay-elements.iife.js είναι άγνωστη (φορτώστε το με <script src>)',
} satisfies Catalog<typeof cdnMessages>;
