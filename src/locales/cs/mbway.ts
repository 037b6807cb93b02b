import type { Catalog } from '../../core/messages.js';
import type { mbwayMessages } from '../../components/mbway/mbway.messages.js';

/** `<pay-mbway>` in Czech. */
export default {
  'mbway.phone.label': 'Telefonní číslo pro MB WAY',
  'mbway.phone.hint': 'Portugalské mobilní číslo propojené s vaší aplikací MB WAY, např. 912 345 678.',
  'mbway.phone.prefix': '+351',
  'mbway.submit': 'Zaplatit přes MB WAY',
  'mbway.pending': 'Posíláme žádost do vašeho telefonu…',
  'mbway.error.phone.required': 'Zadejte telefonní číslo pro MB WAY.',
  'mbway.error.phone.invalid_characters': 'Telefonní číslo obsahuje jen číslice, mezery a úvodní +.',
  'mbway.error.phone.country': 'MB WAY vyžaduje portugalské mobilní číslo (+351).',
  'mbway.error.phone.not_mobile': 'Portugalské mobilní číslo začíná číslicí 9.',
  'mbway.error.phone.too_short': 'Portugalské mobilní číslo má 9 číslic.',
  'mbway.error.phone.too_long': 'Portugalské mobilní číslo má 9 číslic; toto jich má víc.',
  'mbway.waiting.title': 'Schvalte platbu v aplikaci MB WAY',
  'mbway.waiting.body': 'Na číslo {phone} jsme poslali žádost o platbu. Otevřete na tom telefonu aplikaci MB WAY a platbu schvalte.',
  'mbway.waiting.time': 'Zbývající čas na schválení:',
  'mbway.waiting.announce': 'Žádost o platbu byla odeslána na {phone}. Schvalte ji v aplikaci MB WAY; zbývající čas: {time}.',
  'mbway.countdown.left': 'Zbývající čas na schválení platby: {time}.',
  'mbway.checking': 'Ověřujeme, zda byla platba schválena…',
  'mbway.succeeded': 'Platba schválena. Děkujeme!',
  'mbway.refused': 'Platba byla v aplikaci MB WAY odmítnuta. Můžete poslat novou žádost.',
  'mbway.expired': 'Platnost žádosti o platbu vypršela dřív, než byla schválena. Můžete poslat novou žádost.',
  'mbway.failed': 'Platbu se nepodařilo dokončit ({reason}). Můžete poslat novou žádost.',
  'mbway.retry': 'Žádost o platbu se nepodařilo odeslat. Zkuste to prosím znovu.',
  'mbway.config.paymentUrl': '<pay-mbway> potřebuje payment-url: endpoint obchodu, který zahajuje platbu (URL http(s)).',
  'mbway.config.statusUrl': '<pay-mbway> potřebuje status-url: šablonu URL http(s) na serveru obchodu obsahující {paymentId}.',
  'mbway.config.timeout': '<pay-mbway> timeout="{value}" není počet sekund od 1 do 3600.',
} satisfies Catalog<typeof mbwayMessages>;
