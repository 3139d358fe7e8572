import { forbidden, LegalDocument } from '@app/domain';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowedBeforeLegalAcceptance, CurrentViewer, Public } from '../auth.decorators';
import type { Viewer } from '../viewer';
import { Language } from '../../graphql/enums';
import { UserModel } from '../../users/models/user.model';
import { UsersService } from '../../users/users.service';
import { AcceptLegalDocumentsInput } from './dto/accept-legal-documents.input';
import { LegalService } from './legal.service';
import { LegalTexts } from './legal-texts';
import { LegalTextModel } from './models/legal-text.model';

@Resolver(() => UserModel)
export class LegalResolver {
  constructor(
    private readonly legal: LegalService,
    private readonly texts: LegalTexts,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Query(() => [LegalTextModel], { description: 'The terms and the privacy notice in force' })
  legalTexts(@Args('language', { type: () => Language }) language: Language): LegalTextModel[] {
    return this.texts.inLanguage(language);
  }

  @AllowedBeforeLegalAcceptance()
  @Mutation(() => UserModel, {
    description: 'Accepts the texts in force; until then a signed-in user can only read',
  })
  async acceptLegalDocuments(
    @Args('input') input: AcceptLegalDocumentsInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<UserModel> {
    await this.legal.accept(viewer.id, input.documents, input.language);
    return this.users.byId(viewer.id);
  }

  /**
   * Only of oneself. Sign-in and the other public operations that answer with a user have no
   * viewer yet, and answer with the user who just proved who they are.
   */
  @ResolveField(() => [LegalDocument], {
    description:
      'Texts whose version in force you have not accepted: accept before changing anything',
  })
  legalDocumentsToAccept(
    @Parent() user: UserModel,
    @CurrentViewer() viewer: Viewer | undefined,
  ): Promise<LegalDocument[]> {
    if (viewer && viewer.id !== user.id) throw forbidden('Only your own acceptances are shown');
    return this.legal.toAccept(user.id);
  }
}
