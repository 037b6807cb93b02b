import type { Catalog } from '../../core/messages.js';
import type { diagnosticsMessages } from '../../diagnostics/diagnostics.messages.js';

/** The diagnostics (report, `<pay-diagnostics>`, doctor) in Danish. */
export default {
  'diagnostics.title': 'Checkout-diagnostik',
  'diagnostics.status.pass': 'Bestået',
  'diagnostics.status.fail': 'Fejlet',
  'diagnostics.status.warn': 'Advarsel',
  'diagnostics.status.unknown': 'Ukendt',
  'diagnostics.running': 'Tjekker sidens sikkerhedsheadere…',
  'diagnostics.copy': 'Kopiér',
  'diagnostics.copied': 'Kopieret',
  'diagnostics.fix': 'Sådan retter du det',
  'diagnostics.cors.title': 'En CORS-fejl i udbyderens API',
  'diagnostics.cors.body':
    'En CORS-fejl i betalingsudbyderens API skyldes oftest en browserudvidelse (annonceblokering, privatlivsværktøj, VPN), der omskriver forespørgsler, ikke din integration.',
  'diagnostics.cors.step1': 'Prøv betalingen i et inkognito-/privat vindue, hvor de fleste udvidelser er slået fra.',
  'diagnostics.cors.step2':
    'Hvis det virker der, så slå udvidelserne fra én ad gangen (annonceblokering, privatliv, VPN, forespørgselsændrende) for at finde synderen.',
  'diagnostics.cors.link': 'Ser du en CORS-fejl ved disse API-kald?',
  'diagnostics.cors.step3':
    'Tilføj dit websted til udvidelsens tilladelsesliste, og bed kunder, der melder fejlen, om at gøre det samme.',
  'diagnostics.provider.glomo': 'Glomo Checkout (Indien)',
  'diagnostics.provider.payglobe': 'PayGlobe (Italien)',
  'diagnostics.provider.payglocal': 'PayGlocal (Indien)',
  'diagnostics.provider.sibs': 'SIBS SPG (Portugal)',
  'diagnostics.kind.script': 'SDK-scriptet',
  'diagnostics.kind.frame': 'betalingsrammen',
  'diagnostics.kind.connect': 'API-kald',
  'diagnostics.kind.form': 'formularafsendelser og deres omdirigeringer',
  'diagnostics.csp.pass': '{provider}: Content-Security-Policy tillader {kind} ({directive}).',
  'diagnostics.csp.pass.unrestricted': '{provider}: intet Content-Security-Policy-direktiv begrænser {kind}.',
  'diagnostics.csp.fail': '{provider}: Content-Security-Policy blokerer {kind}. Mangler i {directive}: {sources}.',
  'diagnostics.csp.warn':
    '{provider}: en Content-Security-Policy i report-only-tilstand ville blokere {kind}. Mangler i {directive}: {sources}.',
  'diagnostics.csp.observed':
    '{provider}: browseren blokerede {kind} på denne side ({url}, {directive}), så en politik på siden blokerer det.',
  'diagnostics.csp.unknown':
    '{provider}: sidens headere kunne ikke læses, så det er ukendt, om dens Content-Security-Policy tillader {kind}.',
  'diagnostics.csp.strictDynamic':
    '{provider}: {directive} bruger \'strict-dynamic\', så værtskilder ignoreres; SDK’et indlæses, fordi pay-elements indsætter det fra et betroet script. Et <script>-tag skrevet i din HTML skal have din nonce.',
  'diagnostics.coop.pass':
    '{provider}: Cross-Origin-Opener-Policy {value} bevarer forbindelsen til betalingens popup-vindue.',
  'diagnostics.coop.fail':
    '{provider}: Cross-Origin-Opener-Policy {value} afbryder forbindelsen mellem denne side og betalingens popup-vindue; for siden ser popup-vinduet lukket ud.',
  'diagnostics.coop.isolated':
    '{provider}: siden er cross-origin-isoleret (COOP same-origin med COEP), hvilket afbryder forbindelsen til betalingens popup-vindue.',
  'diagnostics.coop.noopener':
    '{provider}: Cross-Origin-Opener-Policy noopener-allow-popups bevarer de popup-vinduer, siden åbner, men enhver side fra dit websted, der indlæses i popup-vinduet (en callbackUrl-returside), afskæres fra denne side; send same-origin-allow-popups på retursiden, eller afslut via serverstatus.',
  'diagnostics.coop.reportOnly':
    '{provider}: en Cross-Origin-Opener-Policy same-origin i report-only-tilstand ville afbryde betalingens popup-vindue, når den håndhæves.',
  'diagnostics.coop.unknown':
    '{provider}: sidens headere kunne ikke læses, så dens Cross-Origin-Opener-Policy er ukendt.',
  'diagnostics.fix.csp': 'Tilføj {sources} til {directive}, og bevar resten af din politik.',
  'diagnostics.fix.meta': 'Opdatér også dit <meta http-equiv="Content-Security-Policy">-tag.',
  'diagnostics.fix.coop':
    'Send Cross-Origin-Opener-Policy: same-origin-allow-popups: den holder din side isoleret fra andre websteders vinduer og lader samtidig betalingens popup-vindue svare tilbage.',
  'diagnostics.explain': '{message} Rettelse: {fix}',
  'diagnostics.violation': 'Browseren blokerede {url} ({directive}).',
  'diagnostics.headers': 'Headere, der skal sendes',
  'diagnostics.metaTag': 'Tagget <meta http-equiv="Content-Security-Policy">',
  'diagnostics.server.apache': 'Apache (.htaccess eller VirtualHost)',
  'diagnostics.server.nginx': 'Nginx (server- eller location-blok)',
  'diagnostics.server.express': 'Node.js med Express',
  'diagnostics.server.nextjs': 'Next.js (filen next.config.js)',
  'diagnostics.server.django': 'Django (middleware-lag)',
  'diagnostics.server.rails': 'Ruby on Rails (filen config/application.rb)',
  'diagnostics.server.iis': 'IIS (filen web.config)',
  'diagnostics.server.aspnetcore': 'ASP.NET Core (filen Program.cs)',
  'diagnostics.copyLabel': 'Kopiér rettelsen til {server}',
  'diagnostics.copyFailed': 'Kopieringen mislykkedes; markér teksten, og kopiér den selv.',
  'diagnostics.empty': 'Ingen udbydere at tjekke.',
  'diagnostics.invalidProviders':
    '<pay-diagnostics>: ukendt udbyder {providers} i attributten providers; brug {known}.',
  'diagnostics.tt.pass':
    '{provider}: direktivet trusted-types tillader de Trusted Types-politikker, som pay-elements opretter ({names}).',
  'diagnostics.tt.duplicates':
    'Hvis en ekstra kopi af Lit eller pay-elements indlæses på siden, så tilføj også \'allow-duplicates\', ellers kaster det en fejl, når politikken oprettes igen.',
  'diagnostics.tt.unrestricted':
    '{provider}: intet trusted-types-direktiv begrænser de Trusted Types-politikker, som pay-elements opretter ({names}).',
  'diagnostics.tt.fail':
    '{provider}: direktivet trusted-types tillader ikke Trusted Types-politikken {names}, som pay-elements opretter: uden lit-html vises intet element, uden pay-elements indlæses intet udbyder-SDK.',
  'diagnostics.tt.unknown':
    '{provider}: sidens headere kunne ikke læses, så det er ukendt, om dens Content-Security-Policy tillader de Trusted Types-politikker, som pay-elements opretter.',
  'diagnostics.tt.warn':
    '{provider}: et trusted-types-direktiv i report-only-tilstand ville afvise Trusted Types-politikken {names}, som pay-elements opretter.',
  'diagnostics.coop.return.pass':
    'Retursiden {url} har ingen Cross-Origin-Opener-Policy, der afskærer popup-vinduet fra denne side.',
  'diagnostics.coop.return.fail':
    'Retursiden {url} sendes med Cross-Origin-Opener-Policy {value}: et betalingsvindue, der lander på den, mister sin opener og kan ikke melde tilbage til denne side.',
  'diagnostics.coop.return.warn':
    'En Cross-Origin-Opener-Policy {value} i report-only-tilstand på retursiden {url} ville afskære popup-vinduet fra denne side, når den håndhæves.',
  'diagnostics.coop.return.unknown':
    'Headerne for retursiden {url} kunne ikke læses, så det er ukendt, om den bevarer popup-vinduets opener.',
  'diagnostics.fix.coopReturn':
    'Send retursiden {url} uden Cross-Origin-Opener-Policy (eller med unsafe-none), eller afslut forløbet via BroadcastChannel-returen (notifyOpener på retursiden), som COOP ikke afbryder.',
  'diagnostics.fix.tt': 'Tilføj {names} og \'allow-duplicates\' til trusted-types, og bevar resten af din politik.',
  'diagnostics.fix.nonce':
    'Din politik tillader scripts via en nonce pr. svar, her vist som {placeholder}: indsæt den nye nonce, din server genererer til hvert svar; kopiér aldrig en nonce fra et svar ind i serverkonfigurationen.',
  'diagnostics.note.head':
    'Headerne blev læst med en HEAD-forespørgsel til {url}: siden blev ikke hentet igen, så en formularafsendelse eller engangslink bag den gentages ikke.',
  'diagnostics.note.query':
    'Sidens URL har en forespørgselsstreng: hvis den indeholder et engangstoken, kan en server, der besvarer HEAD som GET, handle på den. Angiv probeUrl (en URL med samme oprindelse, samme headere og uden sideeffekter) for at undgå selv det.',
  'diagnostics.note.violation':
    'Sidens connect-src blokerede læsningen af dens egne headere; politikken blev genskabt fra browserens overtrædelsesrapport ({count} politikker).',
  'diagnostics.note.violation.one': 'Sidens connect-src blokerede læsningen af dens egne headere; politikken blev genskabt fra browserens overtrædelsesrapport ({count} politik).',
  'diagnostics.note.noReread':
    'Sidens headere kunne ikke læses uden at hente den igen ({reason}). Angiv probeUrl, en URL med samme oprindelse, der sendes med samme headere og uden sideeffekter, eller kør npx pay-elements doctor mod URL’en.',
  'diagnostics.note.unread': 'Headerne for {url} kunne ikke læses ({reason}).',
  'diagnostics.config.invalid': 'Diagnostikken kan ikke køre: {reason}',
  'diagnostics.config.url': '{name} »{value}« er ikke en absolut http(s)-URL; skriv den fuldt ud, f.eks. {example}.',
  'diagnostics.config.probeUrl': 'probeUrl »{value}« har ikke sidens oprindelse ({origin}).',
  'diagnostics.config.providers': 'ukendt udbyder {providers}; brug {known}.',
  'diagnostics.config.hosts':
    'hosts skal knytte udbydernavne ({known}) til forespørgselstyper (script, frame, connect, form), hver en liste af URL’er.',
  'diagnostics.config.host':
    '{type}-værten »{value}« for {provider} er ikke en URL med skema; skriv den som https://{example}.',
  'diagnostics.config.timeout': 'timeoutMs skal være et antal millisekunder mellem 1 og 120000, ikke {value}.',
  'diagnostics.config.noUrl': 'der er ingen side at tjekke uden for en browser; angiv url.',
  'diagnostics.failed': 'Diagnosen kunne ikke køre: {reason}',
  'diagnostics.summary': '{fail} fejlet, {warn} advarsler, {unknown} ukendte, {pass} bestået.',
} satisfies Catalog<typeof diagnosticsMessages>;
