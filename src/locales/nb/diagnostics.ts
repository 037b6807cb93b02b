import type { Catalog } from '../../core/messages.js';
import type { diagnosticsMessages } from '../../diagnostics/diagnostics.messages.js';

/** The diagnostics (report, `<pay-diagnostics>`, doctor) in Norwegian Bokmål. */
export default {
  'diagnostics.title': 'Diagnostikk for betalingen',
  'diagnostics.status.pass': 'Bestått',
  'diagnostics.status.fail': 'Feilet',
  'diagnostics.status.warn': 'Advarsel',
  'diagnostics.status.unknown': 'Ukjent',
  'diagnostics.running': 'Sjekker sikkerhetshodene på denne siden…',
  'diagnostics.copy': 'Kopier',
  'diagnostics.copied': 'Kopiert',
  'diagnostics.fix': 'Slik retter du det',
  'diagnostics.cors.title': 'En CORS-feil i leverandørens API',
  'diagnostics.cors.body':
    'En CORS-feil i betalingsleverandørens API skyldes oftest en nettleserutvidelse (annonseblokkering, personvernverktøy, VPN) som skriver om forespørsler, ikke integrasjonen din.',
  'diagnostics.cors.step1': 'Prøv betalingen i et inkognito-/privat vindu, der de fleste utvidelser er slått av.',
  'diagnostics.cors.step2':
    'Hvis det fungerer der, slå av utvidelsene én etter én (annonseblokkering, personvern, VPN, forespørselsendrende) for å finne synderen.',
  'diagnostics.cors.link': 'Ser du en CORS-feil i disse API-kallene?',
  'diagnostics.cors.step3':
    'Legg nettstedet ditt til i utvidelsens godkjenningsliste, og be kunder som melder feilen, om å gjøre det samme.',
  'diagnostics.provider.glomo': 'Glomo Checkout (India)',
  'diagnostics.provider.payglobe': 'PayGlobe (Italia)',
  'diagnostics.provider.payglocal': 'PayGlocal (India)',
  'diagnostics.provider.sibs': 'SIBS SPG (Portugal)',
  'diagnostics.kind.script': 'SDK-skriptet',
  'diagnostics.kind.frame': 'betalingsrammen',
  'diagnostics.kind.connect': 'API-kall',
  'diagnostics.kind.form': 'skjemainnsendinger og omdirigeringene deres',
  'diagnostics.csp.pass': '{provider}: Content-Security-Policy tillater {kind} ({directive}).',
  'diagnostics.csp.pass.unrestricted': '{provider}: ingen Content-Security-Policy-direktiv begrenser {kind}.',
  'diagnostics.csp.fail': '{provider}: Content-Security-Policy blokkerer {kind}. Mangler i {directive}: {sources}.',
  'diagnostics.csp.warn':
    '{provider}: en Content-Security-Policy i report-only-modus ville blokkert {kind}. Mangler i {directive}: {sources}.',
  'diagnostics.csp.observed':
    '{provider}: nettleseren blokkerte {kind} på denne siden ({url}, {directive}), så en policy på siden blokkerer det.',
  'diagnostics.csp.unknown':
    '{provider}: hodene på denne siden kunne ikke leses, så det er ukjent om Content-Security-Policy tillater {kind}.',
  'diagnostics.csp.strictDynamic':
    '{provider}: {directive} bruker \'strict-dynamic\', så vertskilder ignoreres; SDK-en lastes fordi pay-elements setter den inn fra et klarert skript. En <script>-tagg skrevet i HTML-en din trenger din nonce.',
  'diagnostics.coop.pass':
    '{provider}: Cross-Origin-Opener-Policy {value} beholder koblingen til betalingens popup-vindu.',
  'diagnostics.coop.fail':
    '{provider}: Cross-Origin-Opener-Policy {value} bryter koblingen mellom denne siden og betalingens popup-vindu; for siden ser popup-vinduet lukket ut.',
  'diagnostics.coop.isolated':
    '{provider}: siden er cross-origin-isolert (COOP same-origin med COEP), noe som bryter koblingen til betalingens popup-vindu.',
  'diagnostics.coop.noopener':
    '{provider}: Cross-Origin-Opener-Policy noopener-allow-popups beholder popup-vinduene denne siden åpner, men enhver side fra nettstedet ditt som lastes i popup-vinduet (en callbackUrl-returside), kobles fra denne siden; send same-origin-allow-popups på retursiden, eller fullfør via serverstatusen.',
  'diagnostics.coop.reportOnly':
    '{provider}: en Cross-Origin-Opener-Policy same-origin i report-only-modus ville brutt betalingens popup-vindu når den håndheves.',
  'diagnostics.coop.unknown':
    '{provider}: hodene på denne siden kunne ikke leses, så Cross-Origin-Opener-Policy er ukjent.',
  'diagnostics.fix.csp': 'Legg til {sources} i {directive}, og behold resten av policyen.',
  'diagnostics.fix.meta': 'Oppdater også <meta http-equiv="Content-Security-Policy">-taggen.',
  'diagnostics.fix.coop':
    'Send Cross-Origin-Opener-Policy: same-origin-allow-popups: den holder siden din isolert fra andre nettsteders vinduer og lar samtidig betalingens popup-vindu svare tilbake.',
  'diagnostics.explain': '{message} Retting: {fix}',
  'diagnostics.violation': 'Nettleseren blokkerte {url} ({directive}).',
  'diagnostics.headers': 'Hoder som skal sendes',
  'diagnostics.metaTag': 'Taggen <meta http-equiv="Content-Security-Policy">',
  'diagnostics.server.apache': 'Apache (.htaccess eller VirtualHost)',
  'diagnostics.server.nginx': 'Nginx (server- eller location-blokk)',
  'diagnostics.server.express': 'Node.js med Express',
  'diagnostics.server.nextjs': 'Next.js (filen next.config.js)',
  'diagnostics.server.django': 'Django (mellomvare)',
  'diagnostics.server.rails': 'Ruby on Rails (filen config/application.rb)',
  'diagnostics.server.iis': 'IIS (filen web.config)',
  'diagnostics.server.aspnetcore': 'ASP.NET Core (filen Program.cs)',
  'diagnostics.copyLabel': 'Kopier rettingen for {server}',
  'diagnostics.copyFailed': 'Kopieringen mislyktes; merk teksten og kopier den selv.',
  'diagnostics.empty': 'Ingen leverandører å sjekke.',
  'diagnostics.invalidProviders':
    '<pay-diagnostics>: ukjent leverandør {providers} i attributtet providers; bruk {known}.',
  'diagnostics.tt.pass':
    '{provider}: direktivet trusted-types tillater Trusted Types-policyene som pay-elements oppretter ({names}).',
  'diagnostics.tt.duplicates':
    'Hvis en ekstra kopi av Lit eller pay-elements lastes på siden, legg også til \'allow-duplicates\', ellers kastes en feil når policyen opprettes på nytt.',
  'diagnostics.tt.unrestricted':
    '{provider}: ingen trusted-types-direktiv begrenser Trusted Types-policyene som pay-elements oppretter ({names}).',
  'diagnostics.tt.fail':
    '{provider}: direktivet trusted-types tillater ikke Trusted Types-policyen {names} som pay-elements oppretter: uten lit-html vises ingen elementer, uten pay-elements lastes ingen leverandør-SDK.',
  'diagnostics.tt.unknown':
    '{provider}: hodene på denne siden kunne ikke leses, så det er ukjent om Content-Security-Policy tillater Trusted Types-policyene som pay-elements oppretter.',
  'diagnostics.tt.warn':
    '{provider}: et trusted-types-direktiv i report-only-modus ville avvist Trusted Types-policyen {names} som pay-elements oppretter.',
  'diagnostics.coop.return.pass':
    'Retursiden {url} har ingen Cross-Origin-Opener-Policy som kobler popup-vinduet fra denne siden.',
  'diagnostics.coop.return.fail':
    'Retursiden {url} sendes med Cross-Origin-Opener-Policy {value}: et betalingsvindu som havner der, mister sin opener og kan ikke rapportere til denne siden.',
  'diagnostics.coop.return.warn':
    'En Cross-Origin-Opener-Policy {value} i report-only-modus på retursiden {url} ville koblet popup-vinduet fra denne siden når den håndheves.',
  'diagnostics.coop.return.unknown':
    'Hodene på retursiden {url} kunne ikke leses, så det er ukjent om den beholder popup-vinduets opener.',
  'diagnostics.fix.coopReturn':
    'Send retursiden {url} uten Cross-Origin-Opener-Policy (eller med unsafe-none), eller fullfør flyten via BroadcastChannel-returen (notifyOpener på retursiden), som COOP ikke bryter.',
  'diagnostics.fix.tt': 'Legg til {names} og \'allow-duplicates\' i trusted-types, og behold resten av policyen.',
  'diagnostics.fix.nonce':
    'Policyen din tillater skript via en nonce per svar, vist her som {placeholder}: sett inn den nye nonce-verdien serveren genererer for hvert svar; kopier aldri en nonce fra ett svar inn i serverkonfigurasjonen.',
  'diagnostics.note.head':
    'Hodene ble lest med en HEAD-forespørsel til {url}: siden ble ikke hentet på nytt, så en skjemainnsending eller engangslenke bak den gjentas ikke.',
  'diagnostics.note.query':
    'URL-en til denne siden har en spørrestreng: hvis den inneholder et engangstoken, kan en server som besvarer HEAD som GET, handle på den. Oppgi probeUrl (en URL med samme opprinnelse, samme hoder og uten sideeffekter) for å unngå selv det.',
  'diagnostics.note.violation':
    'Sidens connect-src blokkerte lesingen av dens egne hoder; policyen ble gjenskapt fra nettleserens bruddrapport ({count} policyer).',
  'diagnostics.note.violation.one': 'Sidens connect-src blokkerte lesingen av dens egne hoder; policyen ble gjenskapt fra nettleserens bruddrapport ({count} policy).',
  'diagnostics.note.noReread':
    'Hodene på denne siden kunne ikke leses uten å hente den på nytt ({reason}). Oppgi probeUrl, en URL med samme opprinnelse som sendes med samme hoder og uten sideeffekter, eller kjør npx pay-elements doctor mot URL-en.',
  'diagnostics.note.unread': 'Hodene til {url} kunne ikke leses ({reason}).',
  'diagnostics.config.invalid': 'Diagnostikken kan ikke kjøre: {reason}',
  'diagnostics.config.url':
    '{name} «{value}» er ikke en absolutt http(s)-URL; skriv den fullt ut, for eksempel {example}.',
  'diagnostics.config.probeUrl': 'probeUrl «{value}» har ikke sidens opprinnelse ({origin}).',
  'diagnostics.config.providers': 'ukjent leverandør {providers}; bruk {known}.',
  'diagnostics.config.hosts':
    'hosts må knytte leverandørnavn ({known}) til forespørselstyper (script, frame, connect, form), hver en liste med URL-er.',
  'diagnostics.config.host':
    '{type}-verten «{value}» for {provider} er ikke en URL med skjema; skriv den som https://{example}.',
  'diagnostics.config.timeout': 'timeoutMs må være et antall millisekunder mellom 1 og 120000, ikke {value}.',
  'diagnostics.config.noUrl': 'det finnes ingen side å sjekke utenfor en nettleser; oppgi url.',
  'diagnostics.failed': 'Diagnosen kunne ikke kjøres: {reason}',
  'diagnostics.summary': '{fail} feilet, {warn} advarsler, {unknown} ukjente, {pass} bestått.',
} satisfies Catalog<typeof diagnosticsMessages>;
