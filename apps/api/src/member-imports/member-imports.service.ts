import { isUniqueViolation } from '@app/database';
import {
  AccountEmailKind,
  conflict,
  invalidInput,
  type Language,
  notFound,
  type UserRole,
} from '@app/domain';
import {
  carryOutMemberImport,
  countsOf,
  joinsCluster,
  type MemberFilePlan,
  planMemberFile,
  type PlannedMember,
  SheetFault,
  sheetLimits,
} from '@app/imports';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AccountEmailsService } from '../auth/account-emails.service';
import { assertManagesCluster, managesCluster } from '../auth/policy';
import type { Viewer } from '../auth/viewer';
import type { InvitationModel } from './models/invitation.model';
import type {
  MemberImportModel,
  MemberImportPlanModel,
  MemberImportProblemModel,
  PlannedMemberRowModel,
} from './models/member-import-plan.model';
import { UploadsService } from './uploads.service';

/**
 * A cluster's member spreadsheet: a dry run that says row by row what would happen and what is
 * wrong, then the import, all or nothing, which creates and updates organisations, makes them
 * members and invites their people by e-mail. The same file imported again changes nothing.
 */
@Injectable()
export class MemberImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uploads: UploadsService,
    private readonly accountEmails: AccountEmailsService,
  ) {}

  async plan(viewer: Viewer, clusterId: string, uploadId: string): Promise<MemberImportPlanModel> {
    await this.assertManages(this.dataSource.manager, viewer, clusterId);
    const plan = await this.planOf(this.dataSource.manager, viewer, clusterId, uploadId);
    return {
      fileName: plan.fileName,
      rowCount: plan.rowCount,
      problems: plan.problems as MemberImportProblemModel[],
      rows: plan.planned.map((planned) => rowModel(planned, plan.memberIds)),
      ...countsOf(plan),
    };
  }

  /** All or nothing: a file with any problem changes nothing, and says so. */
  async import(viewer: Viewer, clusterId: string, uploadId: string): Promise<MemberImportModel> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.assertManages(manager, viewer, clusterId, { lock: true });
        const plan = await this.planOf(manager, viewer, clusterId, uploadId);
        if (plan.problems.length > 0) {
          throw invalidInput(
            'uploadId',
            `The file has ${plan.problems.length} problems; the dry run lists them. Nothing was imported`,
            'file-has-problems',
          );
        }
        return carryOutMemberImport(manager, clusterId, viewer.id, plan);
      });
    } catch (error) {
      // Someone signed up, or another import created the organisation, since the plan was read.
      if (
        ['UQ_users_email_lower', 'UQ_organizations_nip', 'UQ_organizations_name_city'].some(
          (constraint) => isUniqueViolation(error, constraint),
        )
      ) {
        throw conflict('The platform changed while importing; run the dry run again');
      }
      throw error;
    }
  }

  async invitations(viewer: Viewer, clusterId: string): Promise<InvitationModel[]> {
    await this.assertManages(this.dataSource.manager, viewer, clusterId);
    return this.invitationsOf(clusterId);
  }

  /** The cluster's invitations not yet accepted; only `userId`'s when given. */
  private async invitationsOf(clusterId: string, userId?: string): Promise<InvitationModel[]> {
    const rows = await this.dataSource.sql<
      {
        id: string;
        email: string;
        full_name: string;
        role: UserRole;
        language: Language;
        organization_name: string;
        sent_at: Date;
        expires_at: Date | null;
        email_failed: boolean;
      }[]
    >`SELECT u.id, u.email, u.full_name, u.role, u.language, o.name AS organization_name,
         a.created_at AS sent_at, a.expires_at, a.email_failed_at IS NOT NULL AS email_failed
       FROM users u
       JOIN organizations o ON o.id = u.organization_id
       JOIN cluster_members cm ON cm.organization_id = o.id AND cm.cluster_id = ${clusterId}::uuid
       JOIN LATERAL (
         SELECT created_at, expires_at, email_failed_at FROM account_emails
         WHERE user_id = u.id AND kind = 'INVITATION' ORDER BY created_at DESC LIMIT 1
       ) a ON true
       WHERE u.password_hash IS NULL AND (${userId ?? null}::uuid IS NULL OR u.id = ${userId ?? null}::uuid)
       ORDER BY a.created_at, u.email`;
    return rows.map((row) => ({
      userId: row.id as string,
      email: row.email as string,
      fullName: row.full_name as string,
      role: row.role as InvitationModel['role'],
      language: row.language as InvitationModel['language'],
      organizationName: row.organization_name as string,
      sentAt: row.sent_at as Date,
      expiresAt: (row.expires_at as Date | null) ?? null,
      emailFailed: row.email_failed as boolean,
    }));
  }

  /** A new link for someone invited to a member of a cluster the viewer manages; older ones end. */
  async resendInvitation(viewer: Viewer, userId: string): Promise<InvitationModel> {
    const clusterId = await this.dataSource.transaction(async (manager) => {
      const [user] = await manager.sql<
        { invited: boolean; organization_id: string | null }[]
      >`SELECT password_hash IS NULL AS invited, organization_id FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
      const clusters = await manager.sql<
        { cluster_id: string }[]
      >`SELECT cluster_id FROM cluster_members WHERE organization_id = ${user?.organization_id ?? null}::uuid`;
      const managed = clusters
        .map((cluster) => cluster.cluster_id)
        .find((id) => managesCluster(viewer, id));
      if (!user || !managed) throw notFound('User', userId);
      if (!user.invited)
        throw conflict('This person has accepted the invitation already', 'ACCEPTED');
      await this.accountEmails.send(manager, userId, AccountEmailKind.INVITATION);
      return managed;
    });
    const [invitation] = await this.invitationsOf(clusterId, userId);
    return invitation!;
  }

  private async planOf(
    manager: EntityManager,
    viewer: Viewer,
    clusterId: string,
    uploadId: string,
  ): Promise<MemberFilePlan> {
    const { name, content } = await this.uploads.content(viewer, uploadId);
    try {
      return await planMemberFile(manager, clusterId, name, content);
    } catch (error) {
      if (!(error instanceof SheetFault)) throw error;
      throw invalidInput('uploadId', sheetFaultMessages[error.code], error.code);
    }
  }

  private async assertManages(
    manager: EntityManager,
    viewer: Viewer,
    clusterId: string,
    { lock = false } = {},
  ): Promise<void> {
    // Locked for an import, so two imports of one cluster run one after the other; NO KEY, so
    // rows that merely reference the cluster (a member added, a match stored) need not wait.
    const [cluster] = lock
      ? await manager.sql<
          { id: string }[]
        >`SELECT id FROM clusters WHERE id = ${clusterId}::uuid FOR NO KEY UPDATE`
      : await manager.sql<{ id: string }[]>`SELECT id FROM clusters WHERE id = ${clusterId}::uuid`;
    if (!cluster) throw notFound('Cluster', clusterId);
    assertManagesCluster(
      viewer,
      clusterId,
      'Only admins and the cluster’s coordinators can import its members',
    );
  }
}

const megabytes = (bytes: number) => `${bytes / 1024 / 1024} MB`;
const sheetFaultMessages: Record<SheetFault['code'], string> = {
  TOO_LARGE: `The file is too large: ${megabytes(sheetLimits.fileBytes)} at most, and ${megabytes(sheetLimits.inflatedBytes)} unpacked`,
  TOO_MANY_ROWS: `The file has more than ${sheetLimits.rows} rows; split it`,
  MALFORMED_FILE: 'The file could not be read as a spreadsheet; save it again as XLSX or CSV',
  UNSUPPORTED_TYPE: 'Only XLSX and CSV files can be imported; save it as one of them',
};

function rowModel(planned: PlannedMember, memberIds: ReadonlySet<string>): PlannedMemberRowModel {
  const { organization, person, posting } = planned;
  return {
    row: planned.row,
    organizationName: organization.values.name,
    city: organization.values.city,
    organizationAction: organization.action as PlannedMemberRowModel['organizationAction'],
    changes: organization.changes.map((field) =>
      field === 'name' ? 'organization' : field,
    ) as PlannedMemberRowModel['changes'],
    joinsCluster: joinsCluster(planned, memberIds),
    email: person.email,
    personAction: person.action as PlannedMemberRowModel['personAction'],
    postingAction: posting.action as PlannedMemberRowModel['postingAction'],
    postingTitle: posting.title,
  };
}
