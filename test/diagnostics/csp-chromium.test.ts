/**
 * The evaluator's Chromium rules, one test per class of issue 8, on verdicts seen in
 * Chromium 156 (test/diagnostics/differential.test.ts serves the same classes as real pages).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseCspHeader, parseMetaPolicies, parseSerializedPolicy } from '../../src/diagnostics/csp-parse.js';
import { matchExpression, matchSourceList, parseSourceExpression, urlMatchesExpression } from '../../src/diagnostics/csp-match.js';
import { decodeUrlPath } from '../../src/diagnostics/csp-path.js';
import { evaluateRequest, type CspRequest } from '../../src/diagnostics/csp-evaluate.js';
import { CHROMIUM_DEPARTURE_MESSAGE, cspNotesMessages } from '../../src/diagnostics/csp-notes.messages.js';

const self = new URL('http://shop.test:8000/checkout');
const m = (expression: string, url: string, navigation = false) => urlMatchesExpression(expression, new URL(url), self, { navigation });
const allowed = (policy: string, request: CspRequest) => evaluateRequest(parseCspHeader(policy), request, self).allowed;
const H384 = 'svuo0l0o75Vbuuwk6Kpsc+e6YS4y5IGB841o7Ylu8eQHphW2iawi+KxEvQa25HQ9';
const H384_URL = 'svuo0l0o75Vbuuwk6Kpsc-e6YS4y5IGB841o7Ylu8eQHphW2iawi-KxEvQa25HQ9';
const H256 = 'snnmpk8ZfGsLVlEFOMdBQCfHjt3yhbxDJEvBUr8vLRU=';

describe('CSP evaluator: Chromium rules (issue 8)', () => {
  it("does not let 'self' or '*' match blob: URLs of the page's own origin; blob: does", () => {
    const blob = `blob:${self.origin}/4f1c5d3e-0000-4000-8000-000000000000`;
    for (const type of ['script', 'frame', 'connect', 'form'] as const) {
      expect(allowed("default-src 'self'; form-action 'self'", { type, url: blob }), type).to.equal(false);
      expect(allowed('default-src *; form-action *', { type, url: blob }), type).to.equal(false);
      expect(allowed('default-src blob:; form-action blob:', { type, url: blob }), type).to.equal(true);
    }
  });

  it('accepts hash sources with any-case algorithm names and base64url spelling, on either side', () => {
    const script = (integrity: string) => ({ type: 'script' as const, url: 'http://cdn.test/sdk.js', integrity: integrity.split(' ') });
    expect(allowed(`script-src 'SHA384-${H384}'`, script(`sha384-${H384}`))).to.equal(true);
    expect(allowed(`script-src 'sha384-${H384_URL}'`, script(`sha384-${H384}`))).to.equal(true);
    expect(allowed(`script-src 'sha384-${H384}'`, script(`sha384-${H384_URL}`))).to.equal(true);
    expect(allowed(`script-src 'sha256-${H256.replace('=', '')}'`, script(`sha256-${H256}`))).to.equal(true);
    // The integrity attribute's algorithm is case-sensitive: SHA384-… is no hash to Chromium's SRI.
    expect(allowed(`script-src 'sha384-${H384}'`, script(`SHA384-${H384}`))).to.equal(false);
    // Every hash of the integrity attribute must be listed; the algorithm must match.
    expect(allowed(`script-src 'sha384-${H384}'`, script(`sha256-${H256} sha384-${H384}`))).to.equal(false);
    expect(allowed(`script-src 'sha512-${H384}'`, script(`sha384-${H384}`))).to.equal(false);
  });

  it('takes a nonce only with base64-value grammar: "=" as up to two trailing pads', () => {
    expect(parseSourceExpression("'nonce-ab=c'").kind).to.equal('invalid');
    expect(parseSourceExpression("'nonce-abc==='").kind).to.equal('invalid');
    expect(parseSourceExpression("'nonce-='").kind).to.equal('invalid');
    expect(parseSourceExpression("'NONCE-abc=='")).to.deep.equal({ kind: 'nonce', value: 'abc==' });
    expect(parseSourceExpression("'nonce-a_b-c'")).to.deep.equal({ kind: 'nonce', value: 'a_b-c' });
    const script = (nonce: string) => ({ type: 'script' as const, url: 'http://cdn.test/sdk.js', nonce });
    expect(allowed("script-src 'nonce-ab=c'", script('ab=c'))).to.equal(false);
    expect(allowed("script-src 'nonce-abc=='", script('abc=='))).to.equal(true);
    expect(allowed("script-src 'nonce-abc'", script('ABC'))).to.equal(false);
  });

  it('drops a directive whose name or value holds a non-ASCII character (CSP3 §2.2.1)', () => {
    const policy = parseSerializedPolicy("script-src 'self' \u00e9; scr\u00e9pt-src *; connect-src http://a.test/caf\u00e9/; default-src http://cdn.test");
    expect([...policy.directives.keys()]).to.deep.equal(['default-src']);
    expect(allowed("script-src 'self' \u20ac; default-src http://cdn.test", { type: 'script', url: 'http://shop.test:8000/a.js' })).to.equal(false);
    expect(allowed("script-src 'self' \u20ac; default-src http://cdn.test", { type: 'script', url: 'http://cdn.test/a.js' })).to.equal(true);
  });

  it('matches hosts literally: a trailing dot is part of the host', () => {
    expect(m('http://b.test.', 'http://b.test/')).to.equal(false);
    expect(m('http://b.test', 'http://b.test./')).to.equal(false);
    expect(m('http://b.test.', 'http://b.test./')).to.equal(true);
  });

  it('reads ports as decimal numbers, and never lets https://host:80 stand for 443', () => {
    expect(m('http://b.test:047613', 'http://b.test:47613/')).to.equal(true);
    expect(parseSourceExpression('http://b.test:0080')).to.include({ port: 80 });
    expect(m('https://b.test:80', 'https://b.test/')).to.equal(false);
    expect(m('https://b.test:80', 'https://b.test:80/')).to.equal(true);
  });

  it('upgrades http: to https: on default ports only, and for navigations not an explicit :443', () => {
    expect(m('http://b.test:47613', 'https://b.test:47613/')).to.equal(false);
    expect(m('http://b.test', 'https://b.test/')).to.equal(true);
    expect(m('http://b.test:80', 'https://b.test/')).to.equal(true);
    expect(m('http://b.test:443', 'https://b.test/')).to.equal(true);
    expect(m('http://b.test:443', 'https://b.test/', true)).to.equal(false);
    expect(m('http://b.test:*', 'https://b.test:47613/')).to.equal(true);
    // 'self' of http://shop.test:8000: scripts and fetches upgrade on the same port, navigations do not.
    expect(m("'self'", 'https://shop.test:8000/x')).to.equal(true);
    expect(m("'self'", 'https://shop.test:8000/x', true)).to.equal(false);
  });

  it('compares percent-encoded paths as Chromium decodes them, never throwing', () => {
    expect(decodeUrlPath('/a/%ZZ/')).to.equal('/a/%ZZ/');
    expect(decodeUrlPath('/a/%E9/')).to.equal('/a/\u00e9/');
    expect(decodeUrlPath('/a/%C3%A9/')).to.equal('/a/\u00e9/');
    expect(m('http://b.test/r/%ZZ/', 'http://b.test/r/%25ZZ/x.js')).to.equal(true);
    expect(m('http://b.test/r/%E9/', 'http://b.test/r/%C3%A9/x.js')).to.equal(true);
    expect(m('http://b.test/r/%E9/', 'http://b.test/r/%C3/x.js')).to.equal(false);
    expect(m('http://b.test/r/a/', 'http://b.test/r/a/%E0%A4%A.js')).to.equal(true);
    fc.assert(fc.property(fc.string(), fc.string(), (sourcePath, urlPath) => {
      const url = new URL(`http://b.test/${encodeURI(urlPath).replace(/%25/g, '%')}`);
      expect(() => matchExpression(`http://b.test/${sourcePath.replace(/[\s;,]/g, '')}`, url, self)).not.to.throw();
    }), { numRuns: 300 });
  });

  it('ignores a query or fragment in a source path, and says Chromium departs there', () => {
    expect(m('http://b.test/r/x.js?a=b', 'http://b.test/r/x.js')).to.equal(true);
    expect(m('http://b.test/r/#top', 'http://b.test/r/y.js')).to.equal(true);
    expect(matchSourceList(['http://b.test/r/x.js?a=b'], new URL('http://b.test/r/x.js'), self).departures).to.deep.equal(['source-query-ignored']);
    expect(matchSourceList(['http://b.test/r/x.js?a=b', 'http://b.test'], new URL('http://b.test/r/x.js'), self).departures).to.deep.equal([]);
  });

  it('splits a meta policy on commas as Chromium does, marking the pieces', () => {
    const pieces = parseMetaPolicies("connect-src 'self' http://a.test, connect-src http://a.test; script-src 'self'");
    expect(pieces.map((p) => p.raw)).to.deep.equal(["connect-src 'self' http://a.test", "connect-src http://a.test; script-src 'self'"]);
    expect(pieces.every((p) => p.splitFromMetaComma)).to.equal(true);
    const verdict = evaluateRequest(pieces, { type: 'connect', url: 'http://shop.test:8000/api' }, self);
    expect(verdict.allowed).to.equal(false);
    expect(verdict.chromiumDepartures).to.deep.equal(['meta-comma-split']);
    expect(parseMetaPolicies("script-src 'self'")[0]!.splitFromMetaComma).to.equal(undefined);
  });

  it('names each departure in its verdict, with a catalog message', () => {
    const upgrade = evaluateRequest(parseCspHeader('connect-src http://b.test:47613'), { type: 'connect', url: 'https://b.test:47613/' }, self);
    expect(upgrade.chromiumDepartures).to.deep.equal(['upgrade-keeps-port']);
    const port80 = evaluateRequest(parseCspHeader('connect-src http://b.test:80'), { type: 'connect', url: 'https://b.test/' }, self);
    expect([port80.allowed, port80.chromiumDepartures]).to.deep.equal([true, ['upgrade-80-to-443']]);
    const plain = evaluateRequest(parseCspHeader('connect-src http://b.test'), { type: 'connect', url: 'http://b.test/' }, self);
    expect(plain.chromiumDepartures).to.deep.equal([]);
    for (const key of Object.values(CHROMIUM_DEPARTURE_MESSAGE)) expect(cspNotesMessages[key]).to.match(/Chromium/);
  });

  it('never throws on arbitrary policies and URLs (property)', function () {
    this.timeout(30_000);
    const url = fc.tuple(fc.constantFrom('http://', 'https://', 'ws://', 'blob:http://', 'data:', ''), fc.string(), fc.string())
      .map(([scheme, host, path]) => `${scheme}${host}/${path}`);
    fc.assert(fc.property(fc.string(), url, fc.constantFrom('script', 'frame', 'connect', 'form' as const), (policy, url, type) => {
      const verdict = evaluateRequest([...parseCspHeader(policy), ...parseMetaPolicies(policy)], { type, url }, self);
      expect(verdict.allowed).to.be.a('boolean');
    }), { numRuns: 150 });
  });
});
