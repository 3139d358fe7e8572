/**
 * The arrows of docs/architecture.md, checked by `npm run lint:arrows` (part of `npm run lint`).
 * @type {import('dependency-cruiser').IConfiguration}
 */
/** The web app's feature folders; ui, graphql, session, i18n and layout are shared. */
const webFeatures = 'admin|console|matches|notifications|postings|research|review';

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'A cycle makes two modules one: neither can change or be tested alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-imports-app',
      comment: 'Libraries serve the apps; an app is never a library of anything.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'app-imports-another-app',
      comment: 'Apps share code through libs/ only.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: ['^apps/$1/'] },
    },
    {
      name: 'domain-imports-infrastructure',
      comment:
        'The domain (entities, rules, the lifecycle table) and text analysis depend on no queue, database wiring, ledger or app.',
      severity: 'error',
      from: { path: '^libs/(domain|text|matching)/' },
      to: {
        path: '^libs/(queue|database|ledger|imports|notifications|observability|testing|config)/',
      },
    },
    {
      name: 'matching-imports-domain',
      comment: 'The matching engine is pure TypeScript with no framework: text analysis only.',
      severity: 'error',
      from: { path: '^libs/(matching|text)/' },
      to: { path: ['^libs/domain/', 'node_modules/(@nestjs|typeorm)'] },
    },
    {
      name: 'web-imports-server-code',
      comment: 'The web app shares plain constants and types only, through its @shared/ aliases.',
      severity: 'error',
      from: { path: '^apps/web/src/' },
      to: {
        path: '^libs/',
        pathNot: ['^libs/domain/src/limits[.]ts$', '^libs/domain/src/postings/posting-kind[.]ts$'],
      },
    },
    {
      name: 'web-feature-internals',
      comment: "A web feature uses another only through that feature's index.ts, never its files.",
      severity: 'error',
      from: { path: `^apps/web/src/(${webFeatures})/` },
      to: {
        path: `^apps/web/src/(${webFeatures})/`,
        pathNot: ['^apps/web/src/$1/', `^apps/web/src/(${webFeatures})/index[.]ts$`],
      },
    },
    {
      name: 'web-shared-imports-feature',
      comment: 'ui, graphql, session and i18n are what every page uses; they know no feature.',
      severity: 'error',
      from: { path: '^apps/web/src/(ui|graphql|session|i18n)/' },
      to: { path: `^apps/web/src/(${webFeatures}|pages|layout)/` },
    },
    {
      name: 'web-feature-imports-page',
      comment: 'Pages compose features; a feature never imports a page.',
      severity: 'error',
      from: { path: `^apps/web/src/(${webFeatures}|layout|ui)/` },
      to: { path: '^apps/web/src/pages/' },
    },
    {
      name: 'web-features-layered',
      comment:
        'Features form layers, so none imports another both ways: postings and console above review and matches, review below matches, notifications at the bottom.',
      severity: 'error',
      from: { path: '^apps/web/src/(matches|review|notifications)/' },
      to: {
        path: '^apps/web/src/(postings|console|research|admin)/',
        pathNot: ['^apps/web/src/console/index[.]ts$'],
      },
    },
    {
      name: 'web-review-imports-matches',
      comment:
        'Matches show the decision UI of review; review and notifications know no match page.',
      severity: 'error',
      from: { path: '^apps/web/src/(review|notifications)/' },
      to: { path: '^apps/web/src/matches/' },
    },
    {
      name: 'web-notifications-imports-review',
      comment: 'Live events are the bottom layer: the queue subscribes to them, not the reverse.',
      severity: 'error',
      from: { path: '^apps/web/src/notifications/' },
      to: { path: '^apps/web/src/review/' },
    },
    {
      name: 'api-infrastructure-imports-feature',
      comment:
        "The api's GraphQL plumbing and its access rules know no feature; features plug into them.",
      severity: 'error',
      from: { path: ['^apps/api/src/graphql/', '^apps/api/src/auth/(policy|viewer)[.]ts$'] },
      to: { path: '^apps/api/src/', pathNot: ['^apps/api/src/(graphql|auth)/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: {
      path: ['^dist/', '[.]spec[.]tsx?$', '^apps/web/e2e/', '^apps/web/src/graphql/generated/'],
    },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
  },
};
