// The registry mirror this project installs from serves only the packages of the platform it runs
// on, so `npm install` leaves the other platforms' optional binaries (e.g. @swc/core-darwin-arm64)
// out of package-lock.json, and `npm ci` then refuses the lock as out of sync. This adds an entry
// for each missing optional dependency; npm skips them at install as optional and not for this
// platform. Run it after every `npm install` that changes the lock.
import fs from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    packages[`node_modules/${name}`] = { version, dev: meta.dev, optional: true };
    added++;
  }
}
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} optional platform entries`);
