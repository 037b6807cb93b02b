import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import * as z from 'zod/mini';
import { policyPageUrl } from '../support/diagnostics-harness.js';

const Run = z.object({ code: z.number(), stdout: z.string(), stderr: z.string() });
const Report = z.object({
  url: z.string(),
  headersReadable: z.boolean(),
  checks: z.array(z.object({ id: z.string(), provider: z.string(), status: z.enum(['pass', 'fail', 'warn', 'unknown']), message: z.string() })),
});

/** Runs the command-line doctor (bundled from src/cli/main.ts) in Node against this test server. */
async function doctor(...args: string[]) {
  return Run.parse(await executeServerCommand('pay-doctor', { args }));
}

/** The doctor run with an environment (its language from LC_ALL / LC_MESSAGES / LANG). */
async function doctorWithEnv(env: Record<string, string>, ...args: string[]) {
  return Run.parse(await executeServerCommand('pay-doctor', { args, env }));
}

const catalog = (locale: string, name: string) =>
  import(/* @vite-ignore */ `/src/locales/${locale}/${name}.ts`).then((m: { default: Record<string, string> }) => m.default);

describe('pay-elements doctor (command line, in Node)', function () {
  this.timeout(30_000);

  it('exits 1 and prints JSON with the failing checks for a blocking page', async () => {
    const run = await doctor('doctor', `{origin}${policyPageUrl({ csp: ["default-src 'self'"], coop: 'same-origin' })}`, '--provider', 'glomo', '--json');
    expect(run.code, run.stderr).to.equal(1);
    const report = Report.parse(JSON.parse(run.stdout));
    expect(report.checks.map((c) => `${c.id}:${c.status}`)).to.deep.equal([
      'coop:fail', 'csp-script-src:fail', 'csp-frame-src:fail', 'csp-connect-src:fail', 'csp-form-action:pass', 'trusted-types:pass',
    ]);
  });

  it('reads meta policies from the HTML and prints the merged fix for the terminal', async () => {
    const run = await doctor('doctor', `{origin}${policyPageUrl({ meta: ["connect-src 'self'"] })}`, '--provider=payglobe');
    expect(run.code).to.equal(1);
    expect(run.stdout).to.contain('FAIL  payglobe  csp-connect-src');
    expect(run.stdout).to.contain(`<meta http-equiv="Content-Security-Policy" content="connect-src 'self' https://api.payglobe.it">`);
  });

  it('exits 0 when nothing fails', async () => {
    const run = await doctor('doctor', `{origin}${policyPageUrl({ coop: 'same-origin-allow-popups' })}`, '--provider', 'glomo,payglobe');
    expect(run.code, run.stdout + run.stderr).to.equal(0);
    expect(run.stdout).to.contain('Failing: 0,');
  });

  it('exits 2 with usage on bad arguments', async () => {
    const run = await doctor('doctor', 'not a url');
    expect(run.code).to.equal(2);
    expect(run.stderr).to.contain('Usage: pay-elements doctor');
    expect((await doctor('doctor', '{origin}/', '--provider', 'nope')).code).to.equal(2);
  });

  it('names the reason of bad input as invalid_config, in the words diagnose() uses (relative URL, no scheme, unknown provider)', async () => {
    const relative = await doctor('doctor', '/checkout', '--json');
    expect(relative.code).to.equal(2);
    expect(relative.stderr).to.contain('invalid_config: <url> "/checkout" is not an absolute http(s) URL');
    expect(JSON.parse(relative.stdout)).to.deep.equal({ code: 'invalid_config', reason: '<url> "/checkout" is not an absolute http(s) URL; write it in full, like https://shop.example/checkout.' });
    const noScheme = await doctor('doctor', '*.x.test');
    expect(noScheme.code).to.equal(2);
    expect(noScheme.stderr).to.contain('"*.x.test" is not an absolute http(s) URL');
    const provider = await doctor('doctor', '{origin}/', '--provider', 'glomo,stripe');
    expect(provider.code).to.equal(2);
    expect(provider.stderr).to.contain('invalid_config: unknown provider stripe; use glomo, payglobe, payglocal, sibs.');
    const returnUrl = await doctor('doctor', '{origin}/', '--return-url', 'return.html');
    expect(returnUrl.stderr).to.contain('--return-url "return.html" is not an absolute http(s) URL');
  });

  it('speaks the language given with --lang, or the environment’s, in its own words and in the checks’', async () => {
    const page = `{origin}${policyPageUrl({ csp: ["default-src 'self'"] })}`;
    const [itDoctor, itDiagnostics] = await Promise.all([catalog('it', 'doctor'), catalog('it', 'diagnostics')]);
    const italian = await doctor('doctor', page, '--provider', 'payglobe', '--lang', 'it');
    expect(italian.code, italian.stderr).to.equal(1);
    expect(italian.stdout).to.contain(`  ${itDoctor['doctor.label.fail']}`);
    expect(italian.stdout).to.contain(itDoctor['doctor.fix.title']);
    // The summary line comes from the Italian diagnostics catalog (its first words, before a placeholder).
    expect(italian.stdout).to.contain(itDiagnostics['diagnostics.summary']!.split('{')[0]);
    expect(italian.stdout).not.to.contain('Failing:');
    expect(italian.stdout).not.to.contain('Fix (merged into your current policy):');
    const deDoctor = await catalog('de', 'doctor');
    const german = await doctorWithEnv({ LANG: 'de_DE.UTF-8' }, 'doctor', page, '--provider', 'payglobe');
    expect(german.stdout).to.contain(deDoctor['doctor.fix.title']);
    // LC_ALL wins over LANG, and --lang over both; C means English.
    const english = await doctorWithEnv({ LANG: 'de_DE.UTF-8', LC_ALL: 'C' }, 'doctor', page, '--provider', 'payglobe');
    expect(english.stdout).to.contain('Fix (merged into your current policy):');
    const bad = await doctor('doctor', page, '--lang', 'no such language!');
    expect(bad.code).to.equal(2);
    expect(bad.stderr).to.contain('invalid_config: Invalid --lang no such language!');
  });

  it('fails a trusted-types directive that refuses pay-elements’ policies, with the merged fix', async () => {
    const run = await doctor('doctor', `{origin}${policyPageUrl({ csp: ["require-trusted-types-for 'script'; trusted-types lit-html"] })}`, '--provider', 'payglocal');
    expect(run.code, run.stderr).to.equal(1);
    expect(run.stdout).to.contain('FAIL  payglocal trusted-types');
    expect(run.stdout).to.contain("Content-Security-Policy: require-trusted-types-for 'script'; trusted-types lit-html pay-elements 'allow-duplicates'");
  });

  it('never prints the page’s nonce into the fix: a placeholder and a note instead', async () => {
    const csp = "script-src 'nonce-c2VjcmV0LW5vbmNl' 'strict-dynamic'; frame-src 'none'";
    const run = await doctor('doctor', `{origin}${policyPageUrl({ csp: [csp] })}`, '--provider', 'payglobe');
    expect(run.code).to.equal(1);
    // (The first line names the page URL, which carries the policy in this test.)
    const fix = run.stdout.slice(run.stdout.indexOf('Fix (merged'));
    expect(fix).not.to.contain('c2VjcmV0LW5vbmNl');
    expect(run.stdout).to.contain("script-src 'nonce-{RANDOM_PER_RESPONSE}' 'strict-dynamic'; frame-src https://paymentpage.igfs.payglobe.com");
    expect(run.stdout).to.contain('per-response nonce');
    // The header line, every one of the eight server snippets, and the note naming it.
    expect(fix.split('nonce-{RANDOM_PER_RESPONSE}').length - 1).to.equal(10);
  });

  it('checks the return page given with --return-url', async () => {
    const run = await doctor('doctor', `{origin}${policyPageUrl({})}`, '--provider', 'glomo', '--return-url', `{origin}${policyPageUrl({ coop: 'same-origin' })}`);
    expect(run.code).to.equal(1);
    expect(run.stdout).to.match(/FAIL {2}glomo {5}coop .*return page/);
    // The return page's fix is printed: serve it without COOP, or rely on the BroadcastChannel return.
    const fix = run.stdout.slice(run.stdout.indexOf('COOP fix:'));
    expect(fix).to.contain('without Cross-Origin-Opener-Policy');
    expect(fix).to.contain('BroadcastChannel');
  });

  it('gives up on a page that does not answer within --timeout (exit 3), and refuses a bad --timeout (exit 2)', async () => {
    const started = Date.now();
    const run = await doctor('doctor', '{origin}/__diag/slow?ms=8000', '--timeout', '500', '--provider', 'payglobe');
    expect(run.code).to.equal(3);
    expect(run.stderr).to.contain('no answer within 500 ms');
    expect(Date.now() - started).to.be.lessThan(7000);
    expect((await doctor('doctor', '{origin}/', '--timeout', 'soon')).code).to.equal(2);
  });

  it('never hangs on a page that never answers: exit 3 once --timeout has passed', async () => {
    const started = Date.now();
    const run = await doctor('doctor', '{origin}/__diag/never', '--timeout', '800', '--provider', 'payglobe');
    expect(run.code, run.stderr).to.equal(3);
    expect(run.stderr).to.contain('no answer within 800 ms');
    expect(Date.now() - started).to.be.lessThan(8000);
  });

  it('never hangs on a redirect loop: exit 3, saying the redirects never end', async () => {
    const run = await doctor('doctor', '{origin}/__diag/loop', '--timeout', '5000', '--provider', 'payglobe');
    expect(run.code, run.stdout + run.stderr).to.equal(3);
    expect(run.stderr).to.match(/redirect/i);
  });

  it('reads only the head of an endless body: the meta policy at its top still fails the check, and the run ends', async () => {
    const started = Date.now();
    const meta = encodeURIComponent("connect-src 'self'");
    const run = await doctor('doctor', `{origin}/__diag/huge?meta=${meta}`, '--timeout', '20000', '--provider', 'payglobe');
    expect(run.code, run.stderr).to.equal(1);
    expect(run.stdout).to.contain('FAIL  payglobe  csp-connect-src');
    expect(Date.now() - started, 'cut at the size limit, not at --timeout').to.be.lessThan(15_000);
  });

  it('gives up on a body that trickles forever within --timeout, and the process exits', async () => {
    const started = Date.now();
    const run = await doctor('doctor', '{origin}/__diag/trickle', '--timeout', '1500', '--provider', 'payglobe');
    expect(run.code, run.stdout + run.stderr).to.equal(3);
    expect(run.stderr).to.contain('no answer within 1500 ms');
    expect(Date.now() - started).to.be.lessThan(10_000);
  });

  it('exits 3 and reports unknown when the page cannot be fetched', async () => {
    const run = await doctor('doctor', 'http://127.0.0.1:1/', '--json');
    expect(run.code).to.equal(3);
    expect(new Set(Report.parse(JSON.parse(run.stdout)).checks.map((c) => c.status))).to.deep.equal(new Set(['unknown']));
  });
});
