// The analyzer lists modules in the order the file system returns them, which differs between a
// working tree and a fresh clone; sorted by path, custom-elements.json is the same everywhere.
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'custom-elements.json';
const manifest = JSON.parse(readFileSync(file, 'utf8'));
manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
