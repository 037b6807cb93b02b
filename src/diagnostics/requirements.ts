/**
 * What each provider needs from the merchant page's policies, from the provider documents in
 * ../shared/providers/. Each entry is a URL the flow requests (probed against the policies) and
 * the source expression a fix adds. Hosts are overridable, e.g. for the local sandbox.
 */
import type { ProviderName } from '../core/types.js';
import type { RequestType } from './csp-evaluate.js';

export interface RequiredSource {
  /** A concrete URL the flow requests: probed against the policies. */
  probe: string;
  /** The source expression to add when the probe is blocked. */
  source: string;
}

export interface ProviderRequirement {
  provider: ProviderName;
  /** The checkout opens a popup, so COOP matters. */
  popup: boolean;
  sources: Partial<Record<RequestType, RequiredSource[]>>;
}

/** Per provider and request type, hosts that replace the defaults: origins, URLs or `https://*.host` sources. */
export type HostOverrides = Partial<Record<ProviderName, Partial<Record<RequestType, string[]>>>>;

const GLOMO_SDK = 'https://glomopay-checkout-sdk.web.app';
const GLOMO_WILDCARD: RequiredSource = { probe: 'https://api.glomopay.com/', source: 'https://*.glomopay.com' };

/** The defaults, straight from the provider documents. */
export const PROVIDER_REQUIREMENTS: Record<ProviderName, ProviderRequirement> = {
  // glomo-checkout-sdk.md "Content Security Policy": SDK scripts, iframe and API calls; popup → COOP.
  // glomo-s2s-card.md: next_steps redirect to secure.glomopay.com (form-action when a form post redirects there).
  glomo: {
    provider: 'glomo',
    popup: true,
    sources: {
      script: [{ probe: `${GLOMO_SDK}/index.js`, source: GLOMO_SDK }],
      frame: [{ probe: `${GLOMO_SDK}/`, source: GLOMO_SDK }, { probe: 'https://checkout.glomopay.com/', source: 'https://*.glomopay.com' }],
      connect: [{ probe: `${GLOMO_SDK}/`, source: GLOMO_SDK }, GLOMO_WILDCARD],
      form: [{ probe: 'https://secure.glomopay.com/', source: 'https://secure.glomopay.com' }],
    },
  },
  // payglobe.md: script https://api.payglobe.it/paymentgw/js/payglobe.js, API on the same host,
  // hosted page https://paymentpage.igfs.payglobe.com shown full page or in an iframe.
  payglobe: {
    provider: 'payglobe',
    popup: false,
    sources: {
      script: [{ probe: 'https://api.payglobe.it/paymentgw/js/payglobe.js', source: 'https://api.payglobe.it' }],
      connect: [{ probe: 'https://api.payglobe.it/paymentgw/api/payment/initiate', source: 'https://api.payglobe.it' }],
      frame: [{ probe: 'https://paymentpage.igfs.payglobe.com/', source: 'https://paymentpage.igfs.payglobe.com' }],
    },
  },
  // payglocal-callback.md: redirect to the hosted page; its host is not in the document, so the
  // PayGlocal domain is assumed — override with `hosts` for your environment.
  payglocal: {
    provider: 'payglocal',
    popup: false,
    sources: { form: [{ probe: 'https://api.prod.payglocal.in/', source: 'https://*.payglocal.in' }] },
  },
  // sibs-spg-s2s.md gives no host ("Environment Base URL"); the SIBS gateway domain is assumed
  // for the 3-D Secure redirect — override with `hosts`.
  sibs: {
    provider: 'sibs',
    popup: false,
    sources: { form: [{ probe: 'https://api.sibsgateway.com/', source: 'https://*.sibsgateway.com' }] },
  },
};

/** A source expression and a probe URL for an override entry (`https://x.test/sdk.js`, `https://*.x.test`). */
function requiredSourceFor(entry: string): RequiredSource {
  if (/^[a-z][a-z0-9+.-]*:\/\/\*\./i.test(entry)) {
    const source = entry.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/]+).*$/i, '$1');
    return { probe: new URL(source.replace('*.', 'pay-elements-probe.')).href, source };
  }
  const url = new URL(entry);
  return { probe: url.href, source: url.origin };
}

/** The requirement of `provider`, with overrides applied per request type. */
export function requirementFor(provider: ProviderName, hosts?: HostOverrides): ProviderRequirement {
  const base = PROVIDER_REQUIREMENTS[provider];
  const override = hosts?.[provider];
  if (!override) return base;
  const sources = { ...base.sources };
  for (const [type, entries] of Object.entries(override) as [RequestType, string[]][]) {
    sources[type] = entries.map(requiredSourceFor);
  }
  return { ...base, sources };
}

export const PROVIDER_NAMES = Object.keys(PROVIDER_REQUIREMENTS) as ProviderName[];

/** Is `name` (already lower case) one of the providers the diagnostics know? */
export function isProviderName(name: string): name is ProviderName {
  return (PROVIDER_NAMES as readonly string[]).includes(name);
}
