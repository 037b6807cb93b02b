import type { Catalog } from '../../core/messages.js';
import type { sibsMessages } from '../../providers/sibs/sibs.messages.js';

/** The SIBS adapter’s messages in Dutch. */
export default {
  'sibs.error.network': 'Het betaal-endpoint {url} van de shop is niet bereikbaar: {reason}.',
  'sibs.error.timeout': 'Het betaal-endpoint {url} van de shop antwoordde niet binnen {seconds} s.',
  'sibs.error.http': 'Het betaal-endpoint {url} van de shop antwoordde met HTTP {status}{detail}.',
  'sibs.error.json': 'Het betaal-endpoint {url} van de shop antwoordde niet met JSON.',
  'sibs.error.response': 'Het betaal-endpoint {url} van de shop antwoordde niet met SIBS-gegevens voor een {what} ({reason}).',
  'sibs.what.mbway': 'MB WAY-aankoop',
  'sibs.what.multibanco': 'Multibanco-referentie',
  'sibs.what.card': 'kaartaankoop',
  'sibs.declined': 'De betaling is geweigerd.',
  'sibs.refused': 'De betaling is geweigerd in de MB WAY-app.',
  'sibs.expired': 'Het betaalverzoek is verlopen.',
  'sibs.referenceExpired': 'De Multibanco-referentie is verlopen voordat er is betaald.',
  'sibs.failed': 'De betaling is mislukt ({status}).',
  'sibs.config.paymentUrl': '{element} heeft payment-url nodig: het endpoint van de shop dat de betaling start (een http(s)-URL).',
  'sibs.config.statusUrl': '{element} heeft status-url nodig: een http(s)-URL-sjabloon op de server van de shop dat {paymentId} bevat.',
} satisfies Catalog<typeof sibsMessages>;
