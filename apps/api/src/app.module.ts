import { ConfigModule, ENV, type Env } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { HealthModule, structuredLogger } from '@app/observability';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AnalyticsModule } from './analytics/analytics.module';
import { AuthModule } from './auth/auth.module';
import { SessionService } from './auth/session.service';
import { SignInThrottleService } from './auth/sign-in-throttle.service';
import { CapabilitiesModule } from './capabilities/capabilities.module';
import { ClustersModule } from './clusters/clusters.module';
import { GraphqlExceptionFilter } from './graphql/graphql-exception.filter';
import { graphqlOptions } from './graphql/graphql.options';
import { FoundIdsInterceptor } from './graphql/found-ids.interceptor';
import { InputValidationPipe } from './graphql/input-validation.pipe';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { MatchesModule } from './matches/matches.module';
import { MeetingsModule } from './meetings/meetings.module';
import { MemberImportsModule } from './member-imports/member-imports.module';
import { CapabilityImportsModule } from './capability-imports/capability-imports.module';
import { InstitutionImportsModule } from './institution-imports/institution-imports.module';
import { NeedsModule } from './needs/needs.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { DataExportsModule } from './data-exports/data-exports.module';
import { AccountErasureModule } from './account-erasure/account-erasure.module';
import { UsersModule } from './users/users.module';
import { WebAppModule } from './web/web-app.module';

@Module({
  imports: [
    ConfigModule,
    structuredLogger('api'),
    TypeOrmModule.forRootAsync({
      inject: [ENV],
      useFactory: (env: Env) => dataSourceOptions(env.DATABASE_URL),
    }),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AuthModule],
      inject: [ENV, getDataSourceToken(), PinoLogger, SessionService, SignInThrottleService],
      useFactory: (
        env: Env,
        dataSource: DataSource,
        logger: PinoLogger,
        sessions: SessionService,
        throttle: SignInThrottleService,
      ) =>
        graphqlOptions(env, dataSource, logger.logger, sessions, {
          postgres: () => dataSource.sql<{ '?column?': number }[]>`SELECT 1`,
          redis: () => throttle.ping(),
        }),
    }),
    HealthModule,
    IdempotencyModule,
    AuthModule,
    UsersModule,
    DataExportsModule,
    AccountErasureModule,
    OrganizationsModule,
    ClustersModule,
    NeedsModule,
    CapabilitiesModule,
    MatchesModule,
    MeetingsModule,
    AnalyticsModule,
    NotificationsModule,
    MemberImportsModule,
    CapabilityImportsModule,
    InstitutionImportsModule,
    WebAppModule.register(),
  ],
  providers: [
    { provide: APP_PIPE, useClass: InputValidationPipe },
    { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
    { provide: APP_INTERCEPTOR, useClass: FoundIdsInterceptor },
  ],
})
export class AppModule {}
