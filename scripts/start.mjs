// `npm start`: builds a workspace only when its sources are newer than its last build, then
// runs the server in this process (so Ctrl-C reaches it directly). A fresh clone builds both
// (under a minute); later starts skip straight to the server.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const WORKSPACES = [
  {
    name: 'server',
    sources: [
      'server/src',
      'server/tsconfig.json',
      'server/tsconfig.build.json',
      'server/package.json',
    ],
    stamp: 'server/dist/.build-stamp',
  },
  {
    name: 'web',
    sources: [
      'web/src',
      'web/angular.json',
      'web/tsconfig.json',
      'web/tsconfig.app.json',
      'web/package.json',
    ],
    stamp: 'web/dist/.build-stamp',
  },
];

/** The newest modification time under a file or folder, in ms. */
function newest(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    latest = Math.max(latest, newest(path.join(target, entry.name)));
  }
  return latest;
}

const lockChanged = newest(path.join(root, 'package-lock.json'));

for (const workspace of WORKSPACES) {
  const stamp = path.join(root, workspace.stamp);
  const changed = Math.max(
    lockChanged,
    ...workspace.sources.map((s) => newest(path.join(root, s))),
  );
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= changed) {
    process.stderr.write(`${workspace.name}: build is up to date\n`);
    continue;
  }
  process.stderr.write(`${workspace.name}: sources changed, building...\n`);
  const result = spawnSync('npm', ['run', 'build', '-w', workspace.name], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    process.stderr.write(`${workspace.name}: build failed\n`);
    process.exit(result.status ?? 1);
  }
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}

await import(pathToFileURL(path.join(root, 'server/dist/server.js')).href);
