import { platformRights } from '../auth/policy';
import { UserRole } from '@app/domain';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../auth/auth.decorators';
import type { Viewer } from '../auth/viewer';
import { CapabilityModel } from '../capabilities/models/capability.model';
import { ImportInstitutionInput } from './dto/import-institution.input';
import { InstitutionImportsService } from './institution-imports.service';
import {
  DraftClaimInvitationsModel,
  InstitutionImportModel,
  ResearchDraftModel,
} from './models/institution-import.model';
import { ResearchDraftsService } from './research-drafts.service';

const managers = platformRights.review;

@Resolver()
export class InstitutionImportsResolver {
  constructor(
    private readonly imports: InstitutionImportsService,
    private readonly drafts: ResearchDraftsService,
  ) {}

  @Roles(...managers)
  @Mutation(() => InstitutionImportModel, {
    description:
      'Drafts one capability per researcher of a member university from its works (OpenAlex, ' +
      'by ROR id, or an uploaded file), in the worker; follow it with institutionImport',
  })
  importInstitution(
    @Args('input') input: ImportInstitutionInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<InstitutionImportModel> {
    return this.imports.start(viewer, input);
  }

  @Roles(...managers)
  @Query(() => InstitutionImportModel, { description: 'An import with its progress' })
  institutionImport(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<InstitutionImportModel> {
    return this.imports.one(viewer, id);
  }

  @Roles(...managers)
  @Query(() => [InstitutionImportModel], { description: "A cluster's imports, newest first" })
  institutionImports(
    @Args('clusterId', { type: () => ID }) clusterId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<InstitutionImportModel[]> {
    return this.imports.list(viewer, clusterId);
  }

  @Roles(...managers)
  @Query(() => [ResearchDraftModel], {
    description: "The drafts of the import's institution, claimed or waiting",
  })
  researchDrafts(
    @Args('importId', { type: () => ID }) importId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ResearchDraftModel[]> {
    return this.imports.drafts(viewer, importId);
  }

  @Roles(...managers)
  @Mutation(() => DraftClaimInvitationsModel, {
    description:
      'E-mails each person an uploaded file names (columns: ORCID iD, e-mail; optionally ' +
      'language and name) that the draft with that iD waits for them; all rows or none',
  })
  inviteToClaimDrafts(
    @Args('importId', { type: () => ID }) importId: string,
    @Args('uploadId', { type: () => ID }) uploadId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<DraftClaimInvitationsModel> {
    return this.imports.inviteToClaim(viewer, importId, uploadId);
  }

  @Roles(UserRole.RESEARCHER)
  @Query(() => [ResearchDraftModel], {
    description: 'Drafts made from your works that wait for you to claim them',
  })
  myResearchDrafts(@CurrentViewer() viewer: Viewer): Promise<ResearchDraftModel[]> {
    return this.drafts.waiting(viewer);
  }

  @Roles(UserRole.RESEARCHER)
  @Mutation(() => CapabilityModel, {
    description: 'Makes a waiting draft your own draft capability, to edit and publish',
  })
  claimResearchDraft(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CapabilityModel> {
    return this.drafts.claim(viewer, id);
  }
}
