import { expect } from '@open-wc/testing';
import { metaPoliciesFromHtml, parseCspHeader, parseMetaPolicy, parseSerializedPolicy } from '../../src/diagnostics/csp-parse.js';
import { matchesSelf, parseSourceExpression, urlMatchesExpression } from '../../src/diagnostics/csp-match.js';
import { evaluateRequest } from '../../src/diagnostics/csp-evaluate.js';
import { headerSnippets } from '../../src/diagnostics/fixes.js';

const self = new URL('https://shop.example/checkout');
const m = (expression: string, url: string) => urlMatchesExpression(expression, new URL(url), self);

describe('CSP parsing and matching (pure)', () => {
  it('keeps the first occurrence of a directive and lower-cases names', () => {
    const policy = parseSerializedPolicy("Script-Src 'self'; script-src https://x.test;; img-src *");
    expect([...policy.directives]).to.deep.equal([['script-src', ["'self'"]], ['img-src', ['*']]]);
  });

  it('splits a comma-joined header into policies and drops empty ones', () => {
    expect(parseCspHeader("default-src 'self', , script-src https://a.test").map((p) => p.raw)).to.deep.equal(["default-src 'self'", 'script-src https://a.test']);
  });

  it('drops frame-ancestors, sandbox and report-uri from meta policies', () => {
    expect([...parseMetaPolicy("frame-ancestors 'none'; sandbox; report-uri /r; img-src 'self'")!.directives.keys()]).to.deep.equal(['img-src']);
  });

  it('finds CSP meta tags in HTML (any attribute order and quoting), ignoring report-only and the body', () => {
    const html = `<html><head><meta content="script-src 'self'" http-equiv="Content-Security-Policy">
      <meta http-equiv='content-security-policy' content='img-src &apos;none&apos;'>
      <meta http-equiv="Content-Security-Policy-Report-Only" content="default-src 'none'"></head>
      <body><meta http-equiv="Content-Security-Policy" content="connect-src 'none'"></body></html>`;
    expect(metaPoliciesFromHtml(html)).to.deep.equal(["script-src 'self'", "img-src 'none'"]);
  });

  it('upgrades http: to https: (scheme sources, host sources, port 80 to 443)', () => {
    expect(m('http:', 'https://a.test/')).to.equal(true);
    expect(m('https:', 'http://a.test/')).to.equal(false);
    expect(m('http://a.test', 'https://a.test/')).to.equal(true);
    expect(m('http://a.test:80', 'https://a.test/')).to.equal(true);
    expect(m('a.test', 'https://a.test/')).to.equal(true);
    expect(m('ws:', 'https://a.test/')).to.equal(false);
    expect(m('ws:', 'wss://a.test/')).to.equal(true);
  });

  it('matches default ports implicitly and other ports only when listed', () => {
    expect(m('https://a.test', 'https://a.test:443/')).to.equal(true);
    expect(m('https://a.test', 'https://a.test:8443/')).to.equal(false);
    expect(m('https://a.test:*', 'https://a.test:8443/')).to.equal(true);
    expect(m('https://a.test:8443', 'https://a.test:8443/')).to.equal(true);
  });

  it('treats *.host as subdomains only, and hosts case-insensitively', () => {
    expect(m('https://*.glomopay.com', 'https://api.glomopay.com/x')).to.equal(true);
    expect(m('https://*.glomopay.com', 'https://a.b.glomopay.com/')).to.equal(true);
    expect(m('https://*.glomopay.com', 'https://glomopay.com/')).to.equal(false);
    expect(m('https://*.glomopay.com', 'https://evilglomopay.com/')).to.equal(false);
    expect(m('HTTPS://API.GLOMOPAY.COM', 'https://api.glomopay.com/')).to.equal(true);
  });

  it('matches paths exactly, or by prefix when they end in /', () => {
    expect(m('https://a.test/js/', 'https://a.test/js/sdk.js')).to.equal(true);
    expect(m('https://a.test/js', 'https://a.test/js/sdk.js')).to.equal(false);
    expect(m('https://a.test/js/sdk.js', 'https://a.test/js/sdk.js?v=1')).to.equal(true);
    expect(m('https://a.test/js/sdk.js', 'https://a.test/js/sdk.jsx')).to.equal(false);
  });

  it("matches 'self' for the origin and its secure upgrade only", () => {
    expect(matchesSelf(new URL('https://shop.example/x'), self)).to.equal(true);
    expect(matchesSelf(new URL('http://shop.example/x'), self)).to.equal(false);
    expect(matchesSelf(new URL('https://shop.example/x'), new URL('http://shop.example/'))).to.equal(true);
    expect(matchesSelf(new URL('https://api.shop.example/x'), self)).to.equal(false);
  });

  it("'*' matches network schemes, not data: or blob:", () => {
    expect(m('*', 'https://any.test/')).to.equal(true);
    expect(m('*', 'data:text/javascript,1')).to.equal(false);
  });

  it('classifies source expressions and ignores invalid ones', () => {
    expect(parseSourceExpression("'nonce-abc='").kind).to.equal('nonce');
    expect(parseSourceExpression("'sha256-AbC+/='").kind).to.equal('hash');
    expect(parseSourceExpression('https://a.*.test').kind).to.equal('invalid');
    expect(m('https://a.*.test', 'https://a.b.test/')).to.equal(false);
  });

  it('lets nonces and SRI hashes through for scripts, and strict-dynamic only for non-parser-inserted ones', () => {
    const policies = parseCspHeader("script-src 'nonce-n1' 'sha384-h' 'strict-dynamic' https://a.test");
    const run = (extra: object) => evaluateRequest(policies, { type: 'script', url: 'https://b.test/x.js', ...extra }, self).allowed;
    expect(run({ nonce: 'n1', parserInserted: true })).to.equal(true);
    expect(run({ integrity: ['sha384-h'], parserInserted: true })).to.equal(true);
    expect(run({ parserInserted: true })).to.equal(false);
    expect(run({})).to.equal(true);
    // strict-dynamic means nothing outside scripts.
    expect(evaluateRequest(parseCspHeader("default-src 'strict-dynamic'"), { type: 'connect', url: 'https://b.test/' }, self).allowed).to.equal(false);
  });

  it('writes fixes for every documented server, escaping quotes for each', () => {
    const snippets = headerSnippets([{ name: 'Content-Security-Policy', value: `script-src 'self' "x"` }]);
    const code = Object.fromEntries(snippets.map((s) => [s.server, s.code]));
    expect(code.apache).to.equal(`Header always set Content-Security-Policy "script-src 'self' \\"x\\""`);
    expect(code.nginx).to.equal(`add_header Content-Security-Policy "script-src 'self' \\"x\\"" always;`);
    expect(code.express).to.contain(`res.setHeader('Content-Security-Policy', 'script-src \\'self\\' "x"');`);
    expect(code.iis).to.contain('value="script-src \'self\' &quot;x&quot;"');
    expect(code.aspnetcore).to.contain('context.Response.Headers["Content-Security-Policy"]');
    expect(code.nextjs).to.contain("key: 'Content-Security-Policy'");
    expect(code.django).to.contain("response['Content-Security-Policy']");
    expect(code.rails).to.contain("default_headers['Content-Security-Policy']");
  });
});
