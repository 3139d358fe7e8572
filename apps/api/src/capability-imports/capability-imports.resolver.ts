import { type ImportedFields, UserRole } from '@app/domain';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../auth/auth.decorators';
import type { Viewer } from '../auth/viewer';
import { CapabilityModel } from '../capabilities/models/capability.model';
import { CapabilityImportService } from './capability-import.service';
import { ImportCapabilityInput } from './dto/import-capability.input';
import { asList, importedFieldModels } from './imported-field-models';
import {
  CapabilityImportModel,
  CapabilitySourcesModel,
  MatchPreviewModel,
} from './models/capability-import.model';
import { MatchPreviewService } from './match-preview.service';

@Resolver(() => CapabilityModel)
export class CapabilityImportsResolver {
  constructor(
    private readonly imports: CapabilityImportService,
    private readonly previews: MatchPreviewService,
  ) {}

  @Roles(UserRole.RESEARCHER)
  @Mutation(() => CapabilityImportModel, {
    description:
      'Drafts a capability from your ORCID record and OpenAlex works, or imports into one of ' +
      'yours again: fields you edited since the last import are kept and reported',
  })
  async importCapability(
    @Args('input') input: ImportCapabilityInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CapabilityImportModel> {
    const { capability, changes } = await this.imports.importCapability(input, viewer);
    return {
      capability,
      changes: changes.map((change) => ({
        ...change,
        before: asList(change.before),
        after: asList(change.after),
      })),
    };
  }

  @Roles(UserRole.RESEARCHER)
  @Query(() => MatchPreviewModel, {
    description:
      'The open needs one of your capabilities would be proposed for if published now, with ' +
      'scores and reasons; nothing is stored and no one is notified',
  })
  capabilityMatchPreview(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MatchPreviewModel> {
    return this.previews.ofCapability(id, viewer);
  }

  @ResolveField(() => CapabilitySourcesModel, { nullable: true })
  sources(@Parent() capability: CapabilityModel): CapabilitySourcesModel | null {
    const imported = (capability as CapabilityModel & { importedFields?: ImportedFields | null })
      .importedFields;
    if (!capability.isOwn || !imported) return null;
    return {
      importedAt: new Date(imported.importedAt),
      orcidId: imported.orcidId,
      fields: importedFieldModels(imported, capability as unknown as Record<string, unknown>),
      organization: imported.organization
        ? { ...imported.organization.value, sources: imported.organization.sources }
        : null,
    };
  }
}
