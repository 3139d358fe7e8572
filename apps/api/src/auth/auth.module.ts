import { ENV, type Env } from '@app/config';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { UsersModule } from '../users/users.module';
import { AuthGuard } from './auth.guard';
import { LegalResolver } from './legal/legal.resolver';
import { LegalService } from './legal/legal.service';
import { LegalTexts } from './legal/legal-texts';
import { AccountEmailsService } from './account-emails.service';
import { AuthResolver } from './auth.resolver';
import { OrcidConnection } from './orcid-connection';
import { OrcidResolver } from './orcid.resolver';
import { OrcidSignInService } from './orcid-sign-in.service';
import { SessionPayloads } from './session-payloads';
import { AuthService } from './auth.service';
import { RefreshCookie } from './refresh-cookie';
import { SessionService } from './session.service';
import { SignInThrottleService } from './sign-in-throttle.service';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [ENV],
      // A key object, not the string: given a string, jsonwebtoken first tries it as a public
      // key on every verify and sign, which throws and costs about a millisecond a request.
      useFactory: (env: Env) => ({
        secret: createSecretKey(Buffer.from(env.JWT_SECRET)),
        signOptions: { algorithm: 'HS256' },
      }),
    }),
    UsersModule,
  ],
  providers: [
    AuthService,
    AccountEmailsService,
    SessionService,
    SignInThrottleService,
    RefreshCookie,
    AuthResolver,
    SessionPayloads,
    OrcidConnection,
    OrcidSignInService,
    OrcidResolver,
    LegalTexts,
    LegalService,
    LegalResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [
    SessionService,
    SignInThrottleService,
    AccountEmailsService,
    OrcidConnection,
    RefreshCookie,
  ],
})
export class AuthModule {}
