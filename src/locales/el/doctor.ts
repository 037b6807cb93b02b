import type { Catalog } from '../../core/messages.js';
import type { doctorMessages } from '../../cli/doctor.messages.js';

/** The doctor’s terminal words, in Greek. */
export default {
  'doctor.title': 'Διάγνωση pay-elements (doctor): {url}',
  'doctor.label.pass': 'OK',
  'doctor.label.fail': 'ΟΧΙ',
  'doctor.label.warn': 'ΙΣΩΣ',
  'doctor.label.unknown': '????',
  'doctor.headersUnreadable': '(δεν ήταν δυνατή η ανάγνωση των κεφαλίδων της απόκρισης: οι έλεγχοι κεφαλίδων είναι άγνωστοι)',
  'doctor.note': 'σημείωση: {note}',
  'doctor.missing': 'λείπει από το {directive}: {sources}',
  'doctor.fix.title': 'Διόρθωση (συγχωνευμένη με την τρέχουσα πολιτική σας):',
  'doctor.coopFix.title': 'Διόρθωση COOP:',
  'doctor.how': 'Πώς: {summary}',
  'doctor.fetchFailed': 'Δεν ήταν δυνατή η λήψη του {url}: {reason}',
  'doctor.arg.unknown': 'Άγνωστη επιλογή {option}',
  'doctor.arg.unexpected': 'Μη αναμενόμενο όρισμα {argument}',
  'doctor.arg.missingUrl': 'Λείπει το <url>',
  'doctor.arg.timeout': 'Μη έγκυρο --timeout {value}: ακέραιος αριθμός χιλιοστών του δευτερολέπτου από 1 έως 120000',
  'doctor.arg.lang': 'Μη έγκυρο --lang {value}: μια ετικέτα γλώσσας όπως it, pt-PT ή zh-CN',
  'doctor.usage.summary': 'Ελέγχει την Cross-Origin-Opener-Policy και την Content-Security-Policy μιας σελίδας (κεφαλίδες και <meta http-equiv>) σε σχέση με όσα χρειάζεται κάθε πάροχος πληρωμών.',
  'doctor.usage.provider': '{names} (επαναλαμβανόμενο ή χωρισμένο με κόμματα· προεπιλογή: όλοι)',
  'doctor.usage.returnUrl': 'η σελίδα στην οποία επιστρέφει ένα αναδυόμενο παράθυρο πληρωμής (το callbackUrl της Glomo): ελέγχεται και το COOP της',
  'doctor.usage.timeout': 'εγκατάλειψη μιας σελίδας που δεν απαντά μέσα σε αυτό το διάστημα (προεπιλογή {ms})',
  'doctor.usage.json': 'εκτύπωση της αναφοράς ως JSON (για CI)',
  'doctor.usage.lang': 'η γλώσσα της αναφοράς (προεπιλογή: LC_ALL, LC_MESSAGES ή LANG, αλλιώς Αγγλικά)',
  'doctor.usage.exit': 'Κωδικοί εξόδου: 0 καμία αποτυχία, 1 ένας έλεγχος απέτυχε, 2 λάθος ορίσματα, 3 η σελίδα δεν ήταν δυνατό να διαβαστεί.',
} satisfies Catalog<typeof doctorMessages>;
