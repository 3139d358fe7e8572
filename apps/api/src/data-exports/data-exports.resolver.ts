import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowedBeforeLegalAcceptance, CurrentViewer } from '../auth/auth.decorators';
import type { Viewer } from '../auth/viewer';
import { DataExportsService } from './data-exports.service';
import { DataExportFileModel, DataExportModel } from './models/data-export.model';

/** The right of access: anyone signed in, for their own data only, whatever texts they accepted. */
@Resolver()
export class DataExportsResolver {
  constructor(private readonly service: DataExportsService) {}

  @AllowedBeforeLegalAcceptance()
  @Mutation(() => DataExportModel, {
    description:
      'Prepare an archive of everything the platform holds about you; its link is e-mailed',
  })
  requestDataExport(@CurrentViewer() viewer: Viewer): Promise<DataExportModel> {
    return this.service.request(viewer);
  }

  @Query(() => [DataExportModel], { description: 'Your latest archive requests, newest first' })
  dataExports(@CurrentViewer() viewer: Viewer): Promise<DataExportModel[]> {
    return this.service.mine(viewer);
  }

  @AllowedBeforeLegalAcceptance()
  @Mutation(() => DataExportFileModel, {
    description: 'The archive the e-mailed link names: once, and only to its owner',
  })
  downloadDataExport(
    @Args('token') token: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<DataExportFileModel> {
    return this.service.download(viewer, token);
  }
}
