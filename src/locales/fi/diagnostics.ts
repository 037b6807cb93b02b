import type { Catalog } from '../../core/messages.js';
import type { diagnosticsMessages } from '../../diagnostics/diagnostics.messages.js';

/** The diagnostics (report, `<pay-diagnostics>`, doctor) in Finnish. */
export default {
  'diagnostics.title': 'Kassan diagnostiikka',
  'diagnostics.status.pass': 'OK',
  'diagnostics.status.fail': 'Virhe',
  'diagnostics.status.warn': 'Varoitus',
  'diagnostics.status.unknown': 'Tuntematon',
  'diagnostics.running': 'Tarkistetaan tämän sivun tietoturvaotsakkeita…',
  'diagnostics.copy': 'Kopioi',
  'diagnostics.copied': 'Kopioitu',
  'diagnostics.fix': 'Näin korjaat',
  'diagnostics.cors.title': 'CORS-virhe palveluntarjoajan rajapinnassa',
  'diagnostics.cors.body':
    'Maksupalveluntarjoajan rajapinnan CORS-virheen aiheuttaa useimmiten pyyntöjä muokkaava selainlaajennus (mainosten esto, tietosuojatyökalu, VPN), ei integraatiosi.',
  'diagnostics.cors.step1':
    'Kokeile maksamista incognito- tai yksityisessä ikkunassa, jossa useimmat laajennukset ovat pois päältä.',
  'diagnostics.cors.step2':
    'Jos se toimii siellä, poista laajennukset käytöstä yksi kerrallaan (mainosten esto, tietosuoja, VPN, pyyntöjen muokkaajat) löytääksesi syyllisen.',
  'diagnostics.cors.link': 'Näkyykö näissä rajapintakutsuissa CORS-virhe?',
  'diagnostics.cors.step3':
    'Lisää sivustosi laajennuksen sallittujen luetteloon ja pyydä virheestä ilmoittavia asiakkaita tekemään samoin.',
  'diagnostics.provider.glomo': 'Glomo Checkout (Intia)',
  'diagnostics.provider.payglobe': 'PayGlobe (Italia)',
  'diagnostics.provider.payglocal': 'PayGlocal (Intia)',
  'diagnostics.provider.sibs': 'SIBS SPG (Portugali)',
  'diagnostics.kind.script': 'SDK-skripti',
  'diagnostics.kind.frame': 'maksukehys',
  'diagnostics.kind.connect': 'rajapintakutsut',
  'diagnostics.kind.form': 'lomakkeiden lähetykset ja niiden uudelleenohjaukset',
  'diagnostics.csp.pass': '{provider}: Content-Security-Policy sallii kohteen {kind} ({directive}).',
  'diagnostics.csp.pass.unrestricted':
    '{provider}: mikään Content-Security-Policy-direktiivi ei rajoita kohdetta {kind}.',
  'diagnostics.csp.fail':
    '{provider}: Content-Security-Policy estää kohteen {kind}. Puuttuu direktiivistä {directive}: {sources}.',
  'diagnostics.csp.warn':
    '{provider}: report-only-tilassa oleva Content-Security-Policy estäisi kohteen {kind}. Puuttuu direktiivistä {directive}: {sources}.',
  'diagnostics.csp.observed':
    '{provider}: selain esti kohteen {kind} tällä sivulla ({url}, {directive}), joten jokin tämän sivun käytäntö estää sen.',
  'diagnostics.csp.unknown':
    '{provider}: tämän sivun otsakkeita ei voitu lukea, joten ei tiedetä, salliiko sen Content-Security-Policy kohteen {kind}.',
  'diagnostics.csp.strictDynamic':
    '{provider}: {directive} käyttää arvoa \'strict-dynamic\', joten isäntälähteet ohitetaan; SDK latautuu, koska pay-elements lisää sen luotetusta skriptistä. HTML-koodiisi kirjoitettu <script>-tagi tarvitsee noncesi.',
  'diagnostics.coop.pass':
    '{provider}: Cross-Origin-Opener-Policy {value} säilyttää yhteyden maksun ponnahdusikkunaan.',
  'diagnostics.coop.fail':
    '{provider}: Cross-Origin-Opener-Policy {value} katkaisee yhteyden tämän sivun ja maksun ponnahdusikkunan väliltä; sivun kannalta ponnahdusikkuna näyttää suljetulta.',
  'diagnostics.coop.isolated':
    '{provider}: tämä sivu on cross-origin-eristetty (COOP same-origin ja COEP), mikä katkaisee yhteyden maksun ponnahdusikkunaan.',
  'diagnostics.coop.noopener':
    '{provider}: Cross-Origin-Opener-Policy noopener-allow-popups säilyttää tämän sivun avaamat ponnahdusikkunat, mutta jokainen sivustosi sivu, joka latautuu ponnahdusikkunaan (callbackUrl-paluusivu), irrotetaan tästä sivusta; lähetä paluusivulla same-origin-allow-popups tai viimeistele palvelimen tilan kautta.',
  'diagnostics.coop.reportOnly':
    '{provider}: report-only-tilassa oleva Cross-Origin-Opener-Policy same-origin katkaisisi maksun ponnahdusikkunan, kun se otetaan käyttöön.',
  'diagnostics.coop.unknown':
    '{provider}: tämän sivun otsakkeita ei voitu lukea, joten sen Cross-Origin-Opener-Policy on tuntematon.',
  'diagnostics.fix.csp': 'Lisää {sources} direktiiviin {directive} ja säilytä käytäntösi muu osa.',
  'diagnostics.fix.meta': 'Päivitä myös <meta http-equiv="Content-Security-Policy"> -tagisi.',
  'diagnostics.fix.coop':
    'Lähetä Cross-Origin-Opener-Policy: same-origin-allow-popups: se pitää sivusi eristettynä muiden sivustojen ikkunoista mutta antaa maksun ponnahdusikkunan vastata.',
  'diagnostics.explain': '{message} Korjaus: {fix}',
  'diagnostics.violation': 'Selain esti kohteen {url} ({directive}).',
  'diagnostics.headers': 'Lähetettävät otsakkeet',
  'diagnostics.metaTag': 'Tagi <meta http-equiv="Content-Security-Policy">',
  'diagnostics.server.apache': 'Apache (.htaccess tai VirtualHost)',
  'diagnostics.server.nginx': 'Nginx (server- tai location-lohko)',
  'diagnostics.server.express': 'Node.js ja Express',
  'diagnostics.server.nextjs': 'Next.js (tiedosto next.config.js)',
  'diagnostics.server.django': 'Django (väliohjelmisto)',
  'diagnostics.server.rails': 'Ruby on Rails (tiedosto config/application.rb)',
  'diagnostics.server.iis': 'IIS (tiedosto web.config)',
  'diagnostics.server.aspnetcore': 'ASP.NET Core (tiedosto Program.cs)',
  'diagnostics.copyLabel': 'Kopioi korjaus: {server}',
  'diagnostics.copyFailed': 'Kopiointi epäonnistui; valitse teksti ja kopioi se itse.',
  'diagnostics.empty': 'Ei tarkistettavia palveluntarjoajia.',
  'diagnostics.invalidProviders':
    '<pay-diagnostics>: tuntematon palveluntarjoaja {providers} providers-attribuutissa; käytä arvoja {known}.',
  'diagnostics.tt.pass':
    '{provider}: trusted-types-direktiivi sallii pay-elementsin luomat Trusted Types -käytännöt ({names}).',
  'diagnostics.tt.duplicates':
    'Jos sivulle latautuu toinen kopio Litistä tai pay-elementsistä, lisää myös \'allow-duplicates\', muuten käytännön luominen uudelleen aiheuttaa virheen.',
  'diagnostics.tt.unrestricted':
    '{provider}: mikään trusted-types-direktiivi ei rajoita pay-elementsin luomia Trusted Types -käytäntöjä ({names}).',
  'diagnostics.tt.fail':
    '{provider}: trusted-types-direktiivi ei salli pay-elementsin luomaa Trusted Types -käytäntöä {names}: ilman lit-html-käytäntöä mikään elementti ei piirry, ilman pay-elements-käytäntöä mikään palveluntarjoajan SDK ei lataudu.',
  'diagnostics.tt.unknown':
    '{provider}: tämän sivun otsakkeita ei voitu lukea, joten ei tiedetä, salliiko sen Content-Security-Policy pay-elementsin luomat Trusted Types -käytännöt.',
  'diagnostics.tt.warn':
    '{provider}: report-only-tilassa oleva trusted-types-direktiivi hylkäisi pay-elementsin luoman Trusted Types -käytännön {names}.',
  'diagnostics.coop.return.pass':
    'Paluusivulla {url} ei ole Cross-Origin-Opener-Policya, joka irrottaisi ponnahdusikkunan tästä sivusta.',
  'diagnostics.coop.return.fail':
    'Paluusivu {url} lähetetään otsakkeella Cross-Origin-Opener-Policy {value}: sille päätyvä maksun ponnahdusikkuna menettää openerinsa eikä voi raportoida tälle sivulle.',
  'diagnostics.coop.return.warn':
    'Paluusivun {url} report-only-tilassa oleva Cross-Origin-Opener-Policy {value} irrottaisi ponnahdusikkunan tästä sivusta, kun se otetaan käyttöön.',
  'diagnostics.coop.return.unknown':
    'Paluusivun {url} otsakkeita ei voitu lukea, joten ei tiedetä, säilyttääkö se ponnahdusikkunan openerin.',
  'diagnostics.fix.coopReturn':
    'Lähetä paluusivu {url} ilman Cross-Origin-Opener-Policya (tai arvolla unsafe-none), tai viimeistele kulku BroadcastChannel-paluun kautta (notifyOpener paluusivulla), jota COOP ei katkaise.',
  'diagnostics.fix.tt':
    'Lisää {names} ja \'allow-duplicates\' trusted-types-direktiiviin ja säilytä käytäntösi muu osa.',
  'diagnostics.fix.nonce':
    'Käytäntösi sallii skriptit vastauskohtaisella noncella, joka näkyy tässä muodossa {placeholder}: laita siihen uusi nonce, jonka palvelimesi luo jokaiselle vastaukselle; älä koskaan kopioi yhden vastauksen noncea palvelimen asetuksiin.',
  'diagnostics.note.head':
    'Otsakkeet luettiin HEAD-pyynnöllä osoitteeseen {url}: sivua ei pyydetty uudelleen, joten sen takana olevaa lomakkeen lähetystä tai kertakäyttölinkkiä ei toisteta.',
  'diagnostics.note.query':
    'Tämän sivun URL-osoitteessa on kyselymerkkijono: jos siinä on kertakäyttöinen tunniste, palvelin, joka vastaa HEAD-pyyntöön kuten GET-pyyntöön, voi toimia sen perusteella. Välttääksesi senkin anna probeUrl (saman alkuperän URL, jolla on samat otsakkeet eikä sivuvaikutuksia).',
  'diagnostics.note.violation':
    'Tämän sivun connect-src esti sen omien otsakkeiden lukemisen; käytäntö palautettiin selaimen rikkomusraportista ({count} käytäntöä).',
  'diagnostics.note.violation.one': 'Tämän sivun connect-src esti sen omien otsakkeiden lukemisen; käytäntö palautettiin selaimen rikkomusraportista ({count} käytäntö).',
  'diagnostics.note.noReread':
    'Tämän sivun otsakkeita ei voitu lukea pyytämättä sivua uudelleen ({reason}). Anna probeUrl, saman alkuperän URL, joka lähetetään samoilla otsakkeilla ja ilman sivuvaikutuksia, tai suorita npx pay-elements doctor kyseiselle URL-osoitteelle.',
  'diagnostics.note.unread': 'Osoitteen {url} otsakkeita ei voitu lukea ({reason}).',
  'diagnostics.config.invalid': 'Diagnostiikkaa ei voi suorittaa: {reason}',
  'diagnostics.config.url':
    '{name} ”{value}” ei ole absoluuttinen http(s)-URL; kirjoita se kokonaan, esimerkiksi {example}.',
  'diagnostics.config.probeUrl': 'probeUrl ”{value}” ei ole tämän sivun alkuperässä ({origin}).',
  'diagnostics.config.providers': 'tuntematon palveluntarjoaja {providers}; käytä arvoja {known}.',
  'diagnostics.config.hosts':
    'hosts-asetuksen on liitettävä palveluntarjoajien nimet ({known}) pyyntötyyppeihin (script, frame, connect, form), kukin URL-luettelona.',
  'diagnostics.config.host':
    'palveluntarjoajan {provider} {type}-isäntä ”{value}” ei ole skeemallinen URL; kirjoita se muodossa https://{example}.',
  'diagnostics.config.timeout': 'timeoutMs-arvon on oltava millisekuntimäärä väliltä 1–120000, ei {value}.',
  'diagnostics.config.noUrl': 'selaimen ulkopuolella ei ole tarkistettavaa sivua; anna url.',
  'diagnostics.failed': 'Diagnoosia ei voitu suorittaa: {reason}',
  'diagnostics.summary': 'Virheitä {fail}, varoituksia {warn}, tuntemattomia {unknown}, kunnossa {pass}.',
} satisfies Catalog<typeof diagnosticsMessages>;
