// Which module may import which: the layering of the server, checked by
// `npm run lint`. Shared layers (http, db, llm, config) never import a feature; a feature uses
// another feature only through its schemas (shapes) or, for a child of the interview, the
// interview's repositories; nothing imports in a circle.
const features = '^src/features/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A cycle makes two modules one; split what both need into a third. The schema files ' +
        'are one schema on purpose: schema.ts re-exports the feature tables that reference it.',
      from: { pathNot: '^src/db/.*schema\\.ts$' },
      to: { circular: true },
    },
    {
      name: 'shared-layers-never-import-features',
      severity: 'error',
      comment: 'http/, db/, llm/ and config are below the features; move the shared part down.',
      from: { path: '^src/(http|db|llm)/|^src/(config|version)\\.ts$' },
      to: { path: features },
    },
    {
      name: 'features-share-only-schemas',
      severity: 'error',
      comment:
        "A feature may import another feature's *.schemas.ts (shapes), never its routes, " +
        'services or repositories: call it through HTTP, or move the shared query into db/.',
      from: { path: `${features}(?!rounds/|interview-questions/)([^/]+)/` },
      to: {
        path: features,
        pathNot: [
          `${features}$1/`,
          '\\.schemas\\.ts$',
          // Practice reviews a mock interview's answers with the agents' feedback service.
          `${features}agents/feedback\\.service\\.ts$`,
        ],
      },
    },
    {
      name: 'children-use-the-parent-repository',
      severity: 'error',
      comment:
        'Rounds and question links live under an interview: they may read through the ' +
        "interview's repositories, and share nothing else but schemas.",
      from: { path: `${features}(rounds|interview-questions)/` },
      to: {
        path: features,
        pathNot: [
          `${features}$1/`,
          '\\.schemas\\.ts$',
          `${features}interviews/[^/]+\\.repository\\.ts$`,
        ],
      },
    },
    {
      name: 'schemas-are-only-shapes',
      severity: 'error',
      comment: 'Schemas are imported across features, so they must not pull behaviour along.',
      from: { path: '\\.schemas\\.ts$' },
      to: { path: '\\.(routes|service|repository)\\.ts$' },
    },
    {
      name: 'repositories-hold-queries',
      severity: 'error',
      comment: 'Rules and HTTP errors belong to services; a repository only reads and writes.',
      from: { path: '\\.repository\\.ts$' },
      to: { path: '^src/(http|llm)/|\\.service\\.ts$' },
    },
    {
      name: 'handlers-stay-thin',
      severity: 'error',
      comment: 'Routes call a service; SQL and tables stay in services and repositories.',
      from: { path: '\\.routes\\.ts$' },
      to: { path: '^src/db/|^node_modules/drizzle-orm' },
    },
    {
      name: 'production-code-never-imports-tests',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.ts$' },
      to: { path: '^test/|\\.test\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
