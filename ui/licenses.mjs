// Writes vendor/LICENSES.txt: the license of every npm package bundled into the vendor files,
// read from the esbuild metafiles the build just wrote.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const [out, ...metafiles] = process.argv.slice(2);
const packages = new Map();
for (const metafile of metafiles) {
  const meta = JSON.parse(readFileSync(metafile, 'utf8'));
  for (const input of Object.keys(meta.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packages.set(match[1], join('node_modules', match[1]));
  }
}
const sections = [...packages.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, dir]) => {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  const text = file && existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8').trim() : `License: ${manifest.license}`;
  return `${name}@${manifest.version} (${manifest.license})\n${'-'.repeat(60)}\n${text}\n`;
});
writeFileSync(out, `Third-party code bundled into stomp.js and codemirror.js (built by ui/build-vendor.sh).\n\n${sections.join('\n')}`);
console.log(`${out}: ${packages.size} packages`);
