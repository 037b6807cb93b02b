// Writes dist/cdn/integrity.json with the Subresource Integrity hash of the script-tag bundle
// and prints the <script> tag to publish. `--check FILE` compares against an earlier
// integrity.json and fails when the bytes differ (the build must be reproducible).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'dist/cdn/pay-elements.iife.js';
const integrity = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
const checkIndex = process.argv.indexOf('--check');
if (checkIndex !== -1) {
  const earlier = JSON.parse(readFileSync(process.argv[checkIndex + 1], 'utf8'));
  if (earlier.integrity !== integrity) {
    console.error(`Build is not reproducible: ${file} was ${earlier.integrity}, now ${integrity}`);
    process.exit(1);
  }
  console.log(`Reproducible: ${file} ${integrity}`);
} else {
  writeFileSync('dist/cdn/integrity.json', `${JSON.stringify({ file: 'pay-elements.iife.js', integrity }, null, 2)}\n`);
  console.log(`<script src=".../pay-elements.iife.js" integrity="${integrity}" crossorigin="anonymous"></script>`);
}
