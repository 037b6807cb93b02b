import type { Catalog } from '../../core/messages.js';
import type { mbwayMessages } from '../../components/mbway/mbway.messages.js';

/** `<pay-mbway>` in Romanian. */
export default {
  'mbway.phone.label': 'Număr de telefon MB WAY',
  'mbway.phone.hint': 'Numărul de mobil portughez asociat aplicației tale MB WAY, de ex. 912 345 678.',
  'mbway.phone.prefix': '+351',
  'mbway.submit': 'Plătește cu MB WAY',
  'mbway.pending': 'Se trimite cererea pe telefonul tău…',
  'mbway.error.phone.required': 'Introdu numărul tău de telefon MB WAY.',
  'mbway.error.phone.invalid_characters': 'Un număr de telefon conține doar cifre, spații și un + la început.',
  'mbway.error.phone.country': 'MB WAY necesită un număr de mobil portughez (+351).',
  'mbway.error.phone.not_mobile': 'Un număr de mobil portughez începe cu 9.',
  'mbway.error.phone.too_short': 'Un număr de mobil portughez are 9 cifre.',
  'mbway.error.phone.too_long': 'Un număr de mobil portughez are 9 cifre; acesta are mai multe.',
  'mbway.waiting.title': 'Aprobă plata în aplicația MB WAY',
  'mbway.waiting.body': 'Am trimis o cerere de plată la {phone}. Deschide aplicația MB WAY pe acel telefon și aprob-o.',
  'mbway.waiting.time': 'Timp rămas pentru aprobare:',
  'mbway.waiting.announce': 'Cererea de plată a fost trimisă la {phone}. Aprob-o în aplicația MB WAY în cel mult {time}.',
  'mbway.countdown.left': 'Mai ai {time} pentru a aproba plata.',
  'mbway.checking': 'Se verifică dacă plata a fost aprobată…',
  'mbway.succeeded': 'Plata a fost aprobată. Mulțumim!',
  'mbway.refused': 'Plata a fost refuzată în aplicația MB WAY. Poți trimite o cerere nouă.',
  'mbway.expired': 'Cererea de plată a expirat înainte de a fi aprobată. Poți trimite o cerere nouă.',
  'mbway.failed': 'Plata nu a putut fi finalizată ({reason}). Poți trimite o cerere nouă.',
  'mbway.retry': 'Cererea de plată nu a putut fi trimisă. Încearcă din nou.',
  'mbway.config.paymentUrl': '<pay-mbway> are nevoie de payment-url: endpointul magazinului care inițiază plata (un URL http(s)).',
  'mbway.config.statusUrl': '<pay-mbway> are nevoie de status-url: un șablon de URL http(s) pe serverul magazinului care conține {paymentId}.',
  'mbway.config.timeout': '<pay-mbway> timeout="{value}" nu este un număr de secunde între 1 și 3600.',
} satisfies Catalog<typeof mbwayMessages>;
