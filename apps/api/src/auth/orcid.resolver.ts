import { OrcidPurpose, UserRole } from '@app/domain';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UserModel } from '../users/models/user.model';
import { UsersService } from '../users/users.service';
import { type AuthenticatedRequest, CurrentViewer, Public, Roles } from './auth.decorators';
import { OrcidSignInModel } from './models/orcid-sign-in.model';
import { OrcidSignInService } from './orcid-sign-in.service';
import { SessionPayloads } from './session-payloads';
import type { Viewer } from './viewer';

const callbackQueryDescription =
  'The query string ORCID sent the browser back with (`?code=…&state=…`)';

@Resolver()
export class OrcidResolver {
  constructor(
    private readonly orcid: OrcidSignInService,
    private readonly payloads: SessionPayloads,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Query(() => Boolean, { description: 'Whether this platform offers signing in with ORCID' })
  orcidSignInAvailable(): boolean {
    return this.orcid.available;
  }

  @Public()
  @Mutation(() => String, {
    description:
      "The address of ORCID's sign-in page; it sends the browser back to /orcid/callback",
  })
  startOrcidSignIn(): Promise<string> {
    return this.orcid.start(OrcidPurpose.SIGN_IN, undefined);
  }

  @Public()
  @Mutation(() => OrcidSignInModel, {
    description:
      'Signs in the account linked to the iD ORCID verified, or offers a sign-up with it',
  })
  async completeOrcidSignIn(
    @Args('callbackQuery', { description: callbackQueryDescription }) callbackQuery: string,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<OrcidSignInModel> {
    const outcome = await this.orcid.complete(callbackQuery, OrcidPurpose.SIGN_IN, undefined);
    if (outcome.kind === 'signed-in') {
      return { session: await this.payloads.payload(outcome.tokens, request), signUp: null };
    }
    if (outcome.kind !== 'sign-up') throw new Error('A sign-in trip ended as a link');
    const { ticket, orcidId, fullName } = outcome;
    return { session: null, signUp: { ticket, orcidId, fullName } };
  }

  @Roles(UserRole.RESEARCHER)
  @Mutation(() => String, { description: 'Like startOrcidSignIn, to link the iD to your account' })
  startOrcidLink(@CurrentViewer() viewer: Viewer): Promise<string> {
    return this.orcid.start(OrcidPurpose.LINK, viewer);
  }

  @Roles(UserRole.RESEARCHER)
  @Mutation(() => UserModel, { description: 'Links the iD ORCID verified to your account' })
  async completeOrcidLink(
    @Args('callbackQuery', { description: callbackQueryDescription }) callbackQuery: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<UserModel> {
    await this.orcid.complete(callbackQuery, OrcidPurpose.LINK, viewer);
    return this.users.byId(viewer.id);
  }
}
