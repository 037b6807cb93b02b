import { expect } from '@open-wc/testing';
import { checkProviderUrl, hostMatches, isLoopbackHost } from '../../src/flows/safe-url.js';

const hosts = ['pay.glomo.example', '*.cdn.glomo.example'];
const allowed = (url: string, allowLoopback?: boolean) => checkProviderUrl(url, { allowedHosts: hosts, allowLoopback }).ok;

describe('checkProviderUrl', () => {
  it('accepts https on an exact allowed host and on a wildcard subdomain', () => {
    expect(allowed('https://pay.glomo.example/3ds?x=1')).to.equal(true);
    expect(allowed('https://eu.cdn.glomo.example/sdk.js')).to.equal(true);
    expect(allowed('https://a.b.cdn.glomo.example/sdk.js')).to.equal(true);
    expect(allowed('HTTPS://PAY.GLOMO.EXAMPLE/')).to.equal(true);
  });

  it('refuses the wildcard apex, look-alike hosts and foreign hosts', () => {
    expect(allowed('https://cdn.glomo.example/')).to.equal(false);
    expect(allowed('https://pay.glomo.example.evil.test/')).to.equal(false);
    expect(allowed('https://evilcdn.glomo.example/')).to.equal(false);
    expect(allowed('https://evil.test/')).to.equal(false);
  });

  it('refuses http on provider hosts, and javascript:, data:, blob:, file: everywhere', () => {
    for (const url of [
      'http://pay.glomo.example/', 'javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>', `blob:${location.origin}/x`, 'file:///etc/passwd', 'ftp://pay.glomo.example/',
    ]) expect(allowed(url), url).to.equal(false);
  });

  it('refuses credentials in the URL and non-URLs, with a reason', () => {
    const withCredentials = checkProviderUrl('https://user:pw@pay.glomo.example/', { allowedHosts: hosts });
    expect(withCredentials).to.deep.equal({ ok: false, reason: 'the address carries a user name or password' });
    expect(checkProviderUrl('/relative', { allowedHosts: hosts }).ok).to.equal(false);
    const foreign = checkProviderUrl('https://evil.test/', { allowedHosts: hosts });
    expect(foreign.ok ? '' : foreign.reason).to.equal('evil.test is not one of the payment provider’s hosts');
  });

  it('accepts loopback over http and https for the sandbox, unless loopback is turned off', () => {
    for (const url of ['http://127.0.0.1:5174/glomo', 'https://127.9.8.7/', 'http://localhost:8000/', 'http://[::1]:3000/', 'http://0x7f.1/']) {
      expect(allowed(url), url).to.equal(true);
      expect(allowed(url, false), url).to.equal(false);
    }
    expect(allowed('http://128.0.0.1/')).to.equal(false);
    expect(allowed('http://localhost.evil.test/')).to.equal(false);
  });

  it('matches hosts and loopback names exactly', () => {
    expect(hostMatches('a.example.com', '*.example.com')).to.equal(true);
    expect(hostMatches('example.com', '*.example.com')).to.equal(false);
    expect(isLoopbackHost('127.0.0.1')).to.equal(true);
    expect(isLoopbackHost('10.0.0.1')).to.equal(false);
  });
});
