import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { UsersService } from '../users/users.service';
import { CurrentViewer, Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { SignUpInput } from './dto/sign-up.input';
import { AuthPayloadModel } from './models/auth-payload.model';
import { SessionService, SessionTokens } from './session.service';
import type { Viewer } from './viewer';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: 'Create an account, and an organisation or join one',
  })
  async signUp(@Args('input') input: SignUpInput): Promise<AuthPayloadModel> {
    return this.payload(await this.auth.signUp(input));
  }

  @Public()
  @Mutation(() => AuthPayloadModel)
  async signIn(
    @Args('email') email: string,
    @Args('password') password: string,
  ): Promise<AuthPayloadModel> {
    return this.payload(await this.auth.signIn(email, password));
  }

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: 'Rotate the refresh token; reusing one ends the session',
  })
  async refreshSession(@Args('refreshToken') refreshToken: string): Promise<AuthPayloadModel> {
    return this.payload(await this.sessions.refresh(refreshToken));
  }

  @Mutation(() => Boolean, {
    description: 'End this session: its refresh and access tokens stop working',
  })
  async signOut(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    await this.sessions.signOut(viewer.sessionId);
    return true;
  }

  private async payload(tokens: SessionTokens): Promise<AuthPayloadModel> {
    const user = await this.users.byId(tokens.userId);
    return { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, user };
  }
}
