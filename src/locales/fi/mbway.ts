import type { Catalog } from '../../core/messages.js';
import type { mbwayMessages } from '../../components/mbway/mbway.messages.js';

/** `<pay-mbway>` in Finnish. */
export default {
  'mbway.phone.label': 'MB WAY -puhelinnumero',
  'mbway.phone.hint': 'MB WAY -sovellukseesi liitetty portugalilainen matkapuhelinnumero, esim. 912 345 678.',
  'mbway.phone.prefix': '+351',
  'mbway.submit': 'Maksa MB WAY:llä',
  'mbway.pending': 'Pyyntöä lähetetään puhelimeesi…',
  'mbway.error.phone.required': 'Anna MB WAY -puhelinnumerosi.',
  'mbway.error.phone.invalid_characters': 'Puhelinnumerossa on vain numeroita, välilyöntejä ja alussa +.',
  'mbway.error.phone.country': 'MB WAY vaatii portugalilaisen matkapuhelinnumeron (+351).',
  'mbway.error.phone.not_mobile': 'Portugalilainen matkapuhelinnumero alkaa numerolla 9.',
  'mbway.error.phone.too_short': 'Portugalilaisessa matkapuhelinnumerossa on 9 numeroa.',
  'mbway.error.phone.too_long': 'Portugalilaisessa matkapuhelinnumerossa on 9 numeroa; tässä on enemmän.',
  'mbway.waiting.title': 'Hyväksy maksu MB WAY -sovelluksessa',
  'mbway.waiting.body':
    'Lähetimme maksupyynnön numeroon {phone}. Avaa MB WAY -sovellus siinä puhelimessa ja hyväksy pyyntö.',
  'mbway.waiting.time': 'Aikaa hyväksyä:',
  'mbway.waiting.announce':
    'Maksupyyntö lähetetty numeroon {phone}. Hyväksy se MB WAY -sovelluksessa. Aikaa on {time}.',
  'mbway.countdown.left': 'Aikaa hyväksyä maksu: {time}.',
  'mbway.checking': 'Tarkistetaan, onko maksu hyväksytty…',
  'mbway.succeeded': 'Maksu hyväksytty. Kiitos!',
  'mbway.refused': 'Maksu hylättiin MB WAY -sovelluksessa. Voit lähettää uuden pyynnön.',
  'mbway.expired': 'Maksupyyntö vanheni ennen kuin se hyväksyttiin. Voit lähettää uuden pyynnön.',
  'mbway.failed': 'Maksua ei voitu suorittaa ({reason}). Voit lähettää uuden pyynnön.',
  'mbway.retry': 'Maksupyyntöä ei voitu lähettää. Yritä uudelleen.',
  'mbway.config.paymentUrl':
    '<pay-mbway> tarvitsee payment-url-osoitteen: kaupan päätepisteen, joka aloittaa maksun (http(s)-URL).',
  'mbway.config.statusUrl':
    '<pay-mbway> tarvitsee status-url-osoitteen: kaupan palvelimella olevan http(s)-URL-mallin, joka sisältää kohdan {paymentId}.',
  'mbway.config.timeout': '<pay-mbway> timeout="{value}" ei ole sekuntimäärä väliltä 1–3600.',
} satisfies Catalog<typeof mbwayMessages>;
