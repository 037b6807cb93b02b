/// <reference types="node" />
/**
 * Tree-shaking as a merchant's app gets it: a tiny consumer that imports only
 * `pay-elements/card-form`, built with Vite (lit and zod bundled, as an app bundles them), must
 * contain the card form and none of the other elements, the diagnostics or the server helpers.
 * A control build importing those entries proves every marker below is really in their code,
 * so an absent marker means absent code, not a misspelt string.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { import?: string }>;
};

/** `pay-elements/x` → its source module: package.json's `./dist/x.js` is the build of `src/x.ts`. */
const packageAliases = Object.entries(manifest.exports).flatMap(([name, target]) => {
  const file = typeof target === 'string' ? target : target.import;
  const match = file ? /^\.\/dist\/(.+)\.js$/.exec(file) : null;
  if (!match || match[1]!.startsWith('node/') || match[1]!.startsWith('cdn/')) return [];
  const specifier = `pay-elements${name.slice(1)}`;
  return [{ find: new RegExp(`^${specifier.replace(/[/.-]/g, '\\$&')}$`), replacement: join(root, 'src', `${match[1]}.ts`) }];
});

/** Every element tag the package registers, with its class name. */
const ELEMENTS = Object.entries({
  'pay-card-form': 'PayCardForm',
  'pay-voucher-choice': 'PayVoucherChoice',
  'pay-bank-transfer': 'PayBankTransfer',
  'pay-glomo-checkout': 'PayGlomoCheckout',
  'pay-card-payment': 'PayCardPayment',
  'pay-mbway': 'PayMbway',
  'pay-multibanco': 'PayMultibanco',
  'pay-payglobe-checkout': 'PayPayglobeCheckout',
  'pay-payglocal-checkout': 'PayPayglocalCheckout',
  'pay-diagnostics': 'PayDiagnostics',
});

/** Strings only the diagnostics carry: catalog keys, the violation watcher, the CSP evaluator. */
const DIAGNOSTICS_MARKERS = ['diagnostics.csp.fail', 'diagnostics.coop.fail', 'securitypolicyviolation', 'strict-dynamic'];
/** Strings only the server helpers carry: Glomo's HMAC signing, PayGlocal's token check, jose. */
const SERVER_MARKERS = ['verifyGlomoCallback', 'signGlomoCallback', 'verifyPayGlocalToken', 'importKey', 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'];

let workDir = '';

/** Builds `entryCode` as an app's main module with Vite and returns every output chunk's code, joined. */
async function buildConsumer(name: string, entryCode: string): Promise<string> {
  const entry = join(workDir, `${name}.js`);
  writeFileSync(entry, entryCode);
  const result = await build({
    configFile: false,
    root: workDir,
    logLevel: 'silent',
    resolve: { alias: packageAliases },
    // Unminified, so names stay readable to the assertions (tree-shaking is the same), and without
    // comments, so a doc comment naming another element cannot fail the test: only code counts.
    build: { write: false, minify: false, target: 'es2021', rolldownOptions: { input: entry, output: { comments: false } } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return outputs
    .flatMap((output) => output.output)
    .map((file) => (file.type === 'chunk' ? file.code : String(file.source)))
    .join('\n');
}

describe('a Vite app that imports only pay-elements/card-form', () => {
  let cardFormOnly = '';
  let everything = '';

  before(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'pay-consumer-'));
    [cardFormOnly, everything] = await Promise.all([
      buildConsumer('card-form', "import 'pay-elements/card-form';\ndocument.body.append(document.createElement('pay-card-form'));\n"),
      buildConsumer(
        'control',
        "import 'pay-elements/define';\nimport * as diagnostics from 'pay-elements/diagnostics';\nimport * as server from 'pay-elements/server';\n" +
          'console.log(diagnostics, server);\n',
      ),
    ]);
  });

  after(() => rmSync(workDir, { recursive: true, force: true }));

  it('contains the card form, registered', () => {
    assert.match(cardFormOnly, /customElements|define/);
    assert.ok(cardFormOnly.includes("'pay-card-form'") || cardFormOnly.includes('"pay-card-form"'), 'the tag is registered');
    assert.match(cardFormOnly, /\bPayCardForm\b/, 'the element class is there');
  });

  it('contains none of the other elements', () => {
    for (const [tag, className] of ELEMENTS.slice(1)) {
      assert.ok(everything.includes(tag) && everything.includes(className), `control build has ${tag}`);
      assert.ok(!cardFormOnly.includes(tag), `${tag} is not in the card-form-only bundle`);
      assert.ok(!new RegExp(`\\b${className}\\b`).test(cardFormOnly), `${className} is not in the card-form-only bundle`);
    }
  });

  it('contains none of the diagnostics', () => {
    for (const marker of DIAGNOSTICS_MARKERS) {
      assert.ok(everything.includes(marker), `control build has ${marker}`);
      assert.ok(!cardFormOnly.includes(marker), `diagnostics code (${marker}) is not in the card-form-only bundle`);
    }
  });

  it('contains none of the server helpers or jose', () => {
    for (const marker of SERVER_MARKERS) {
      assert.ok(everything.includes(marker), `control build has ${marker}`);
      assert.ok(!cardFormOnly.includes(marker), `server code (${marker}) is not in the card-form-only bundle`);
    }
  });
});
