// Writes dist/cdn/integrity.json with the Subresource Integrity hash of every script-tag file
// (pay-elements.iife.js and each per-element file beside it) and prints the <script> tag to
// publish. `--check FILE` compares against an earlier integrity.json and fails when any file's
// bytes differ, or a file appeared or went (the build must be reproducible).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = 'dist/cdn';
const MAIN_FILE = 'pay-elements.iife.js';
const sha384 = (file) => `sha384-${createHash('sha384').update(readFileSync(`${dir}/${file}`)).digest('base64')}`;

const files = Object.fromEntries(readdirSync(dir).filter((name) => name.endsWith('.js')).sort().map((name) => [name, sha384(name)]));
if (!files[MAIN_FILE]) {
  console.error(`No ${dir}/${MAIN_FILE}: run \`vite build --config vite.config.ts --mode cdn\` first.`);
  process.exit(1);
}
// `file` and `integrity` name the main file, as integrity.json did before the per-element files.
const integrity = { file: MAIN_FILE, integrity: files[MAIN_FILE], files };

/**
 * The README's table of every script-tag file and its hash, between `<!-- sri:start -->` and
 * `<!-- sri:end -->`, rewritten by each build so the published hashes are this build's.
 */
function updateReadme(hashes) {
  const readme = readFileSync('README.md', 'utf8');
  const block = /(<!-- sri:start -->\n)[\s\S]*?(<!-- sri:end -->)/;
  if (!block.test(readme)) return;
  // The 40-odd locale files are listed in integrity.json and in pay-locales.iife.js, not here.
  const rows = Object.entries(hashes).filter(([name]) => !name.startsWith('pay-locale-')).map(([name, hash]) => `| \`${name}\` | \`${hash}\` |`);
  const table = ['| file | integrity |', '| --- | --- |', ...rows, ''].join('\n');
  const next = readme.replace(block, `$1${table}$2`);
  if (next !== readme) writeFileSync('README.md', next);
}

const checkIndex = process.argv.indexOf('--check');
if (checkIndex !== -1) {
  const earlier = JSON.parse(readFileSync(process.argv[checkIndex + 1], 'utf8'));
  const before = earlier.files ?? { [earlier.file]: earlier.integrity };
  const names = [...new Set([...Object.keys(before), ...Object.keys(files)])].sort();
  const differing = names.filter((name) => before[name] !== files[name]);
  if (differing.length) {
    for (const name of differing) console.error(`Build is not reproducible: ${dir}/${name} was ${before[name] ?? 'absent'}, now ${files[name] ?? 'absent'}`);
    process.exit(1);
  }
  console.log(`Reproducible: ${names.length} files in ${dir}, ${MAIN_FILE} ${files[MAIN_FILE]}`);
} else {
  writeFileSync(`${dir}/integrity.json`, `${JSON.stringify(integrity, null, 2)}\n`);
  updateReadme(files);
  console.log(`<script src=".../${MAIN_FILE}" integrity="${files[MAIN_FILE]}" crossorigin="anonymous"></script>`);
  console.log(`(the per-element files' hashes are built into ${MAIN_FILE}; all of them are in ${dir}/integrity.json)`);
}
