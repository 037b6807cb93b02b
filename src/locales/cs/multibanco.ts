import type { Catalog } from '../../core/messages.js';
import type { multibancoMessages } from '../../components/multibanco/multibanco.messages.js';

/** `<pay-multibanco>` in Czech. */
export default {
  'multibanco.intro': 'Zaplaťte pomocí reference Multibanco v kterémkoli bankomatu Multibanco nebo v aplikaci své banky.',
  'multibanco.start': 'Získat referenci Multibanco',
  'multibanco.starting': 'Získáváme vaši referenci…',
  'multibanco.details.title': 'Platební údaje Multibanco',
  'multibanco.details.intro': 'V bankomatu Multibanco nebo v aplikaci své banky zvolte Platby za služby (Pagamento de serviços) a zadejte:',
  'multibanco.details.entity': 'Entita',
  'multibanco.details.reference': 'Referenční číslo',
  'multibanco.details.amount': 'Částka',
  'multibanco.details.expiry': 'Zaplaťte do',
  'multibanco.copy': 'Kopírovat',
  'multibanco.copy.label': 'Kopírovat: {detail}',
  'multibanco.copy.done': 'Zkopírováno',
  'multibanco.copy.done.label': 'Zkopírováno: {detail}',
  'multibanco.copy.announce': '{detail}: zkopírováno.',
  'multibanco.copy.failed': 'Nepodařilo se zkopírovat: {detail}. Označte údaj a zkopírujte ho ručně.',
  'multibanco.issued.announce': 'Vaše reference Multibanco je připravená: entita {entity}, referenční číslo {reference}, {amount}, zaplaťte do {expiry}.',
  'multibanco.waiting': 'Čekáme na vaši platbu. Po zaplacení může potvrzení od banky trvat od několika minut do několika dní: tuto stránku nemusíte nechávat otevřenou.',
  'multibanco.watching': 'Kontrolujeme, zda platba dorazila…',
  'multibanco.stopped': 'Potvrzení jsme zatím nedostali. To je normální: může to trvat až několik dní. Vraťte se později, nebo to zkontrolujte znovu hned teď.',
  'multibanco.checkAgain': 'Zkontrolovat znovu',
  'multibanco.succeeded': 'Platba přijata. Děkujeme!',
  'multibanco.expired': 'Platnost této reference vypršela dřív, než byla zaplacena. Můžete si vyžádat novou.',
  'multibanco.failed': 'Platbu se nepodařilo dokončit ({reason}). Můžete si vyžádat novou referenci.',
  'multibanco.retry': 'Referenci Multibanco se nepodařilo získat. Zkuste to prosím znovu.',
  'multibanco.newReference': 'Získat novou referenci',
  'multibanco.config.paymentUrl': '<pay-multibanco> potřebuje payment-url: endpoint obchodu, který vydává referenci (URL http(s)).',
  'multibanco.config.statusUrl': '<pay-multibanco> potřebuje status-url: šablonu URL http(s) na serveru obchodu obsahující {paymentId}.',
  'multibanco.error.reference': 'Platební endpoint obchodu vrátil referenci Multibanco s částkou, kterou nelze zobrazit ({amount}).',
} satisfies Catalog<typeof multibancoMessages>;
