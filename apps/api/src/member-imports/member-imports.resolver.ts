import { platformRights } from '../auth/policy';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../auth/auth.decorators';
import type { Viewer } from '../auth/viewer';
import { assertFoundId } from '../graphql/ids';
import { MemberImportsService } from './member-imports.service';
import { InvitationModel } from './models/invitation.model';
import { MemberImportModel, MemberImportPlanModel } from './models/member-import-plan.model';

const uploadIdArg = {
  type: () => ID,
  description: 'What POST /uploads answered for the file (CSV or XLSX)',
};

@Resolver()
export class MemberImportsResolver {
  constructor(private readonly service: MemberImportsService) {}

  @Roles(...platformRights.review)
  @Query(() => MemberImportPlanModel, {
    description:
      "A dry run of a member spreadsheet: each row's problems and what importing it would do. Admins, or the cluster's coordinators",
  })
  memberImportPlan(
    @Args('clusterId', { type: () => ID }) clusterId: string,
    @Args('uploadId', uploadIdArg) uploadId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.plan(
      viewer,
      assertFoundId('Cluster', clusterId),
      assertFoundId('Upload', uploadId),
    );
  }

  @Roles(...platformRights.review)
  @Mutation(() => MemberImportModel, {
    description:
      'Imports a member spreadsheet all or nothing (a file with problems changes nothing); the same file again changes nothing',
  })
  importMembers(
    @Args('clusterId', { type: () => ID }) clusterId: string,
    @Args('uploadId', uploadIdArg) uploadId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.import(
      viewer,
      assertFoundId('Cluster', clusterId),
      assertFoundId('Upload', uploadId),
    );
  }

  @Roles(...platformRights.review)
  @Query(() => [InvitationModel], {
    description: "People of the cluster's members invited who have not set a password yet",
  })
  invitations(
    @Args('clusterId', { type: () => ID }) clusterId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.invitations(viewer, assertFoundId('Cluster', clusterId));
  }

  @Roles(...platformRights.review)
  @Mutation(() => InvitationModel, {
    description: 'E-mails a new invitation link; the earlier links stop working',
  })
  resendInvitation(
    @Args('userId', { type: () => ID }) userId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.resendInvitation(viewer, assertFoundId('User', userId));
  }
}
