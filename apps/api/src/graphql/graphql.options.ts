import type { Env } from '@app/config';
import { type ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLSchema } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { SessionService } from '../auth/session.service';
import { complexityLimitPlugin } from './complexity.plugin';
import { DateTimeScalar } from './date-time.scalar';
import { createErrorFormatter } from './error-formatter';
import { Loaders } from './loaders';
import { unstorableTextPlugin } from './unstorable-text.plugin';
import { type Probes, serviceUnavailablePlugin } from './service-unavailable';
import { graphqlWsOptions, type SocketExtra } from './subscriptions';

/** The schema file is written in development and test so clients and reviewers can read it. */
export const schemaFile = join(process.cwd(), 'apps/api/schema.graphql');

export function graphqlOptions(
  env: Env,
  dataSource: DataSource,
  logger: Logger,
  sessions: SessionService,
  probes: Probes,
): ApolloDriverConfig {
  const production = env.NODE_ENV === 'production';
  let schema: GraphQLSchema | undefined;
  const armor = queryLimits(env).protect();
  return {
    path: '/graphql',
    autoSchemaFile: production ? true : schemaFile,
    sortSchema: true,
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    introspection: !production,
    playground: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    validationRules: armor.validationRules,
    // graphql-js counts tokens as it parses: past the limit, a syntax error (400), like any other.
    parseOptions: { maxTokens },
    transformSchema: (built) => (schema = built),
    plugins: [
      ...armor.plugins,
      unstorableTextPlugin(),
      serviceUnavailablePlugin(logger, probes),
      complexityLimitPlugin(() => schema!, env.GRAPHQL_MAX_COMPLEXITY),
    ],
    formatError: createErrorFormatter(logger),
    subscriptions: { 'graphql-ws': graphqlWsOptions(sessions) },
    // HTTP requests carry `req`; graphql-ws calls this with its socket context instead.
    context: ({ req, extra }: { req?: unknown; extra?: SocketExtra }) => ({
      req: req ?? { headers: {}, viewer: extra?.viewer },
      loaders: new Loaders(dataSource),
    }),
  };
}

const maxTokens = 5000;

/**
 * GraphQL Armor's limits on the document itself (they survive fragment cycles); the cost of
 * what a query reads is estimated by the complexity plugin, which knows page sizes.
 */
function queryLimits(env: Env): ApolloArmor {
  return new ApolloArmor({
    maxDepth: { n: env.GRAPHQL_MAX_DEPTH, flattenFragments: true },
    maxAliases: { n: env.GRAPHQL_MAX_ALIASES },
    maxDirectives: { n: 20 },
    // Armor's token limit parses a second time in a plugin hook, whose error Apollo answers 500.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    // Suggestions would map the schema that production hides by turning introspection off.
    blockFieldSuggestion: { enabled: env.NODE_ENV === 'production' },
  });
}
