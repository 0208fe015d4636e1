// Which module may import which in the web app, checked by `npm run lint`: core/ (API client,
// layout) and shared/ (widgets) never import a feature, features share only their API services
// and pickers, and nothing imports in a circle.

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-and-shared-never-import-features',
      severity: 'error',
      comment: 'Move what both need into core/ or shared/ instead.',
      from: { path: '^src/app/(core|shared)/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^src/app/features/' },
    },
    {
      name: 'features-share-only-api-services-and-pickers',
      severity: 'error',
      comment:
        "A feature may use another feature's *-api.ts service or its picker, never its " +
        'pages, dialogs or stores.',
      from: { path: '^src/app/features/([^/]+)/', pathNot: '\\.spec\\.ts$' },
      to: {
        path: '^src/app/features/',
        pathNot: ['^src/app/features/$1/', '-api\\.ts$', 'entity-picker\\.ts$'],
      },
    },
    {
      name: 'shared-never-imports-core-services',
      severity: 'error',
      comment: 'Shared widgets take inputs; only feature *-api.ts services call the API.',
      from: { path: '^src/app/shared/' },
      to: { path: '^src/app/core/api/api-client\\.ts$' },
    },
    {
      name: 'specs-stay-out-of-the-app',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.spec\\.ts$|^src/testing/' },
      to: { path: '\\.spec\\.ts$|^src/testing/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.app.json' },
  },
};
