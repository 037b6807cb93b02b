import type { Catalog } from '../../core/messages.js';
import type { diagnosticsMessages } from '../../diagnostics/diagnostics.messages.js';

/** The diagnostics (report, `<pay-diagnostics>`, doctor) in Swedish. */
export default {
  'diagnostics.title': 'Kassadiagnostik',
  'diagnostics.status.pass': 'Godkänd',
  'diagnostics.status.fail': 'Underkänd',
  'diagnostics.status.warn': 'Varning',
  'diagnostics.status.unknown': 'Okänd',
  'diagnostics.running': 'Kontrollerar sidans säkerhetshuvuden…',
  'diagnostics.copy': 'Kopiera',
  'diagnostics.copied': 'Kopierat',
  'diagnostics.fix': 'Så åtgärdar du det',
  'diagnostics.cors.title': 'Ett CORS-fel i leverantörens API',
  'diagnostics.cors.body':
    'Ett CORS-fel i betalleverantörens API orsakas oftast av ett webbläsartillägg (annonsblockerare, integritetsverktyg, VPN) som skriver om förfrågningar, inte av din integration.',
  'diagnostics.cors.step1': 'Prova kassan i ett inkognito-/privat fönster, där de flesta tillägg är avstängda.',
  'diagnostics.cors.step2':
    'Om det fungerar där, stäng av tilläggen ett i taget (annonsblockerare, integritet, VPN, förfrågningsmodifierare) för att hitta boven.',
  'diagnostics.cors.link': 'Ser du ett CORS-fel i de här API-anropen?',
  'diagnostics.cors.step3':
    'Lägg till din webbplats i tilläggets tillåtelselista och be kunder som rapporterar felet att göra detsamma.',
  'diagnostics.provider.glomo': 'Glomo Checkout (Indien)',
  'diagnostics.provider.payglobe': 'PayGlobe (Italien)',
  'diagnostics.provider.payglocal': 'PayGlocal (Indien)',
  'diagnostics.provider.sibs': 'SIBS SPG (Portugal)',
  'diagnostics.kind.script': 'SDK-skriptet',
  'diagnostics.kind.frame': 'kassaramen',
  'diagnostics.kind.connect': 'API-anrop',
  'diagnostics.kind.form': 'formulärposter och deras omdirigeringar',
  'diagnostics.csp.pass': '{provider}: Content-Security-Policy tillåter {kind} ({directive}).',
  'diagnostics.csp.pass.unrestricted': '{provider}: inget Content-Security-Policy-direktiv begränsar {kind}.',
  'diagnostics.csp.fail': '{provider}: Content-Security-Policy blockerar {kind}. Saknas i {directive}: {sources}.',
  'diagnostics.csp.warn':
    '{provider}: en Content-Security-Policy i report-only-läge skulle blockera {kind}. Saknas i {directive}: {sources}.',
  'diagnostics.csp.observed':
    '{provider}: webbläsaren blockerade {kind} på den här sidan ({url}, {directive}), så en policy på sidan blockerar det.',
  'diagnostics.csp.unknown':
    '{provider}: sidans huvuden kunde inte läsas, så det är okänt om dess Content-Security-Policy tillåter {kind}.',
  'diagnostics.csp.strictDynamic':
    '{provider}: {directive} använder \'strict-dynamic\', så värdkällor ignoreras; SDK:n laddas eftersom pay-elements infogar den från ett betrott skript. En <script>-tagg som står i din HTML behöver din nonce.',
  'diagnostics.coop.pass': '{provider}: Cross-Origin-Opener-Policy {value} behåller länken till kassans popup-fönster.',
  'diagnostics.coop.fail':
    '{provider}: Cross-Origin-Opener-Policy {value} bryter länken mellan den här sidan och kassans popup-fönster; för sidan ser popup-fönstret stängt ut.',
  'diagnostics.coop.isolated':
    '{provider}: sidan är cross-origin-isolerad (COOP same-origin med COEP), vilket bryter länken till kassans popup-fönster.',
  'diagnostics.coop.noopener':
    '{provider}: Cross-Origin-Opener-Policy noopener-allow-popups behåller popup-fönstren som sidan öppnar, men varje sida från din webbplats som laddas i popup-fönstret (en callbackUrl-retursida) kopplas bort från den här sidan; skicka same-origin-allow-popups på retursidan eller slutför via serverstatusen.',
  'diagnostics.coop.reportOnly':
    '{provider}: en Cross-Origin-Opener-Policy same-origin i report-only-läge skulle bryta kassans popup-fönster när den tillämpas.',
  'diagnostics.coop.unknown':
    '{provider}: sidans huvuden kunde inte läsas, så dess Cross-Origin-Opener-Policy är okänd.',
  'diagnostics.fix.csp': 'Lägg till {sources} i {directive} och behåll resten av din policy.',
  'diagnostics.fix.meta': 'Uppdatera även din <meta http-equiv="Content-Security-Policy">-tagg.',
  'diagnostics.fix.coop':
    'Skicka Cross-Origin-Opener-Policy: same-origin-allow-popups: den håller din sida isolerad från andra webbplatsers fönster men låter kassans popup-fönster svara.',
  'diagnostics.explain': '{message} Åtgärd: {fix}',
  'diagnostics.violation': 'Webbläsaren blockerade {url} ({directive}).',
  'diagnostics.headers': 'Huvuden att skicka',
  'diagnostics.metaTag': 'Taggen <meta http-equiv="Content-Security-Policy">',
  'diagnostics.server.apache': 'Apache (.htaccess eller VirtualHost)',
  'diagnostics.server.nginx': 'Nginx (server- eller location-block)',
  'diagnostics.server.express': 'Node.js med Express',
  'diagnostics.server.nextjs': 'Next.js (filen next.config.js)',
  'diagnostics.server.django': 'Django (mellanprogram)',
  'diagnostics.server.rails': 'Ruby on Rails (filen config/application.rb)',
  'diagnostics.server.iis': 'IIS (filen web.config)',
  'diagnostics.server.aspnetcore': 'ASP.NET Core (filen Program.cs)',
  'diagnostics.copyLabel': 'Kopiera åtgärden för {server}',
  'diagnostics.copyFailed': 'Det gick inte att kopiera; markera texten och kopiera den själv.',
  'diagnostics.empty': 'Inga leverantörer att kontrollera.',
  'diagnostics.invalidProviders':
    '<pay-diagnostics>: okänd leverantör {providers} i attributet providers; använd {known}.',
  'diagnostics.tt.pass':
    '{provider}: direktivet trusted-types tillåter de Trusted Types-policyer som pay-elements skapar ({names}).',
  'diagnostics.tt.duplicates':
    'Om en andra kopia av Lit eller pay-elements laddas på sidan, lägg även till \'allow-duplicates\', annars kastar det ett fel när policyn skapas igen.',
  'diagnostics.tt.unrestricted':
    '{provider}: inget trusted-types-direktiv begränsar de Trusted Types-policyer som pay-elements skapar ({names}).',
  'diagnostics.tt.fail':
    '{provider}: direktivet trusted-types tillåter inte Trusted Types-policyn {names} som pay-elements skapar: utan lit-html renderas inget element, utan pay-elements laddas ingen leverantörs-SDK.',
  'diagnostics.tt.unknown':
    '{provider}: sidans huvuden kunde inte läsas, så det är okänt om dess Content-Security-Policy tillåter de Trusted Types-policyer som pay-elements skapar.',
  'diagnostics.tt.warn':
    '{provider}: ett trusted-types-direktiv i report-only-läge skulle neka Trusted Types-policyn {names} som pay-elements skapar.',
  'diagnostics.coop.return.pass':
    'Retursidan {url} har ingen Cross-Origin-Opener-Policy som kopplar bort popup-fönstret från den här sidan.',
  'diagnostics.coop.return.fail':
    'Retursidan {url} skickas med Cross-Origin-Opener-Policy {value}: ett kassafönster som hamnar där förlorar sin opener och kan inte rapportera till den här sidan.',
  'diagnostics.coop.return.warn':
    'En Cross-Origin-Opener-Policy {value} i report-only-läge på retursidan {url} skulle koppla bort popup-fönstret från den här sidan när den tillämpas.',
  'diagnostics.coop.return.unknown':
    'Huvudena för retursidan {url} kunde inte läsas, så det är okänt om den behåller popup-fönstrets opener.',
  'diagnostics.fix.coopReturn':
    'Skicka retursidan {url} utan Cross-Origin-Opener-Policy (eller med unsafe-none), eller slutför flödet via BroadcastChannel-returen (notifyOpener på retursidan), som COOP inte bryter.',
  'diagnostics.fix.tt': 'Lägg till {names} och \'allow-duplicates\' i trusted-types och behåll resten av din policy.',
  'diagnostics.fix.nonce':
    'Din policy tillåter skript via en nonce per svar, här visad som {placeholder}: sätt in den nya nonce som din server genererar för varje svar där; kopiera aldrig en nonce från ett svar till serverkonfigurationen.',
  'diagnostics.note.head':
    'Huvudena lästes med en HEAD-förfrågan till {url}: sidan begärdes inte igen, så en formulärpost eller engångslänk bakom den upprepas inte.',
  'diagnostics.note.query':
    'Sidans URL har en frågesträng: om den bär en engångstoken kan en server som besvarar HEAD som GET agera på den. Ange probeUrl (en URL med samma ursprung, samma huvuden och utan sidoeffekter) för att undvika även det.',
  'diagnostics.note.violation':
    'Sidans connect-src blockerade läsningen av dess egna huvuden; policyn återskapades från webbläsarens överträdelserapport ({count} policyer).',
  'diagnostics.note.violation.one': 'Sidans connect-src blockerade läsningen av dess egna huvuden; policyn återskapades från webbläsarens överträdelserapport ({count} policy).',
  'diagnostics.note.noReread':
    'Sidans huvuden kunde inte läsas utan att begära den igen ({reason}). Ange probeUrl, en URL med samma ursprung som skickas med samma huvuden och utan sidoeffekter, eller kör npx pay-elements doctor mot URL:en.',
  'diagnostics.note.unread': 'Huvudena för {url} kunde inte läsas ({reason}).',
  'diagnostics.config.invalid': 'Diagnostiken kan inte köras: {reason}',
  'diagnostics.config.url':
    '{name} ”{value}” är inte en absolut http(s)-URL; skriv den fullständigt, till exempel {example}.',
  'diagnostics.config.probeUrl': 'probeUrl ”{value}” har inte sidans ursprung ({origin}).',
  'diagnostics.config.providers': 'okänd leverantör {providers}; använd {known}.',
  'diagnostics.config.hosts':
    'hosts måste koppla leverantörsnamn ({known}) till förfrågningstyper (script, frame, connect, form), var och en en lista med URL:er.',
  'diagnostics.config.host':
    '{type}-värden ”{value}” för {provider} är inte en URL med schema; skriv den som https://{example}.',
  'diagnostics.config.timeout': 'timeoutMs måste vara ett antal millisekunder mellan 1 och 120000, inte {value}.',
  'diagnostics.config.noUrl': 'det finns ingen sida att kontrollera utanför en webbläsare; ange url.',
  'diagnostics.failed': 'Diagnosen kunde inte köras: {reason}',
  'diagnostics.summary': '{fail} underkända, {warn} varningar, {unknown} okända, {pass} godkända.',
} satisfies Catalog<typeof diagnosticsMessages>;
