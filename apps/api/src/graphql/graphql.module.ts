import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { GraphQLContext } from '../auth/request-context';
import { formatGraphQLError } from './format-error';
import './enums';

/** Query limits, sized for the portal's screens with room to spare. */
export const GRAPHQL_LIMITS = { depth: 10, aliases: 15, tokens: 2000, cost: 5000, directives: 10 } as const;

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): ApolloDriverConfig => {
        const armor = new ApolloArmor({
          maxDepth: { n: GRAPHQL_LIMITS.depth },
          maxAliases: { n: GRAPHQL_LIMITS.aliases },
          maxTokens: { n: GRAPHQL_LIMITS.tokens },
          costLimit: { maxCost: GRAPHQL_LIMITS.cost },
          maxDirectives: { n: GRAPHQL_LIMITS.directives },
          blockFieldSuggestion: { enabled: config.isProduction },
        }).protect();
        return {
          path: '/graphql',
          autoSchemaFile: config.schemaFile ?? true,
          sortSchema: true,
          // GraphiQL loads from a CDN; there is none here, and none in a secure deployment.
          graphiql: false,
          playground: false,
          introspection: !config.isProduction,
          csrfPrevention: true,
          allowBatchedHttpRequests: false,
          includeStacktraceInErrorResponses: false,
          plugins: armor.plugins,
          validationRules: armor.validationRules,
          formatError: formatGraphQLError,
          context: ({ req, res }: GraphQLContext) => ({ req, res }),
        };
      },
    }),
  ],
})
export class PortalGraphQLModule {}
