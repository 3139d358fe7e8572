import { isUniqueViolation } from '@app/database';
import { AccountEmailKind, conflict, forbidden, invalidInput, notFound } from '@app/domain';
import {
  type KnownOrganization,
  type MemberRow,
  planMemberImport,
  type PlannedMember,
  readMemberRows,
  readSheet,
  type RowProblem,
  SheetFault,
  sheetLimits,
} from '@app/imports';
import { matchingJob, recordOutboxJob } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AccountEmailsService } from '../auth/account-emails.service';
import { isAdmin, type Viewer } from '../auth/viewer';
import type { InvitationModel } from './models/invitation.model';
import type {
  MemberImportModel,
  MemberImportPlanModel,
  MemberImportProblemModel,
  PlannedMemberRowModel,
} from './models/member-import-plan.model';
import { UploadsService } from './uploads.service';

/** A plan as the import carries it out: the rows, and whose organisations join the cluster. */
interface Plan {
  fileName: string;
  content: Buffer;
  rowCount: number;
  members: MemberRow[];
  planned: PlannedMember[];
  problems: RowProblem[];
  memberIds: ReadonlySet<string>;
}

/** Rows naming one organisation (by name and city, as the plan matched them) create it once. */
const key = (organization: { name: string; city: string }) =>
  `${organization.name.toLocaleLowerCase('pl')}\u0000${organization.city.toLocaleLowerCase('pl')}`;

type OrganizationValues = PlannedMember['organization']['values'];

/** What several rows say of one new organisation: the first row's, with blanks filled by later ones. */
const merged = (first: OrganizationValues | undefined, next: OrganizationValues) =>
  first
    ? (Object.fromEntries(
        Object.entries(first).map(([field, value]) => [
          field,
          value || next[field as keyof OrganizationValues],
        ]),
      ) as unknown as OrganizationValues)
    : next;

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
    const rows = plan.planned.map((planned) => this.rowModel(planned, plan.memberIds));
    const count = (test: (row: PlannedMemberRowModel) => boolean) => rows.filter(test).length;
    return {
      fileName: plan.fileName,
      rowCount: plan.rowCount,
      problems: plan.problems as MemberImportProblemModel[],
      rows,
      organizationsToCreate: new Set(
        plan.planned
          .filter((p) => p.organization.action === 'CREATE')
          .map((p) => key(p.organization.values)),
      ).size,
      organizationsToUpdate: new Set(
        plan.planned
          .filter((p) => p.organization.action === 'UPDATE')
          .map((p) => p.organization.id),
      ).size,
      // New organisations join too, as the import's count of joined ones says.
      organizationsToJoin: new Set(
        plan.planned
          .filter((p) => !p.organization.id || !plan.memberIds.has(p.organization.id))
          .map((p) => p.organization.id ?? key(p.organization.values)),
      ).size,
      peopleToInvite: count((row) => row.personAction === 'INVITE'),
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
        return this.carryOut(manager, viewer, clusterId, plan);
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
    const rows = (await this.dataSource.query(
      `SELECT u.id, u.email, u.full_name, u.role, u.language, o.name AS organization_name,
         a.created_at AS sent_at, a.expires_at, a.email_failed_at IS NOT NULL AS email_failed
       FROM users u
       JOIN organizations o ON o.id = u.organization_id
       JOIN cluster_members cm ON cm.organization_id = o.id AND cm.cluster_id = $1
       JOIN LATERAL (
         SELECT created_at, expires_at, email_failed_at FROM account_emails
         WHERE user_id = u.id AND kind = 'INVITATION' ORDER BY created_at DESC LIMIT 1
       ) a ON true
       WHERE u.password_hash IS NULL
       ORDER BY a.created_at, u.email`,
      [clusterId],
    )) as Record<string, unknown>[];
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
      const [user] = (await manager.query(
        `SELECT password_hash IS NULL AS invited, organization_id FROM users WHERE id = $1 FOR UPDATE`,
        [userId],
      )) as { invited: boolean; organization_id: string | null }[];
      const clusters = (await manager.query(
        `SELECT cluster_id FROM cluster_members WHERE organization_id = $1`,
        [user?.organization_id ?? null],
      )) as { cluster_id: string }[];
      const managed = clusters
        .map((cluster) => cluster.cluster_id)
        .find((id) => isAdmin(viewer) || viewer.coordinatedClusterIds.includes(id));
      if (!user || !managed) throw notFound('User', userId);
      if (!user.invited)
        throw conflict('This person has accepted the invitation already', 'ACCEPTED');
      await this.accountEmails.send(manager, userId, AccountEmailKind.INVITATION);
      return managed;
    });
    const invitations = await this.invitations(viewer, clusterId);
    return invitations.find((invitation) => invitation.userId === userId)!;
  }

  private async planOf(
    manager: EntityManager,
    viewer: Viewer,
    clusterId: string,
    uploadId: string,
  ): Promise<Plan> {
    const { name, content } = await this.uploads.content(viewer, uploadId);
    let table;
    try {
      table = await readSheet(content);
    } catch (error) {
      if (!(error instanceof SheetFault)) throw error;
      throw invalidInput('uploadId', sheetFaultMessages[error.code], error.code);
    }
    const read = readMemberRows(table);
    const organizations = read.members.map((member) => member.organization);
    const known = (await manager.query(
      `SELECT id, name, kind, size, nip, regon, city, region, country, website
       FROM organizations
       WHERE nip = ANY($1::text[]) OR lower(name) = ANY($2::text[])`,
      [
        organizations.flatMap((o) => (o.nip ? [o.nip] : [])),
        organizations.map((o) => o.name.toLowerCase()),
      ],
    )) as KnownOrganization[];
    const emails = read.members.flatMap((member) => (member.person ? [member.person.email] : []));
    const users = (await manager.query(
      `SELECT lower(email) AS email FROM users WHERE lower(email) = ANY($1::text[])`,
      [emails],
    )) as { email: string }[];
    const { planned, problems } = planMemberImport(
      read.members,
      known,
      new Set(users.map((user) => user.email)),
    );
    const members = (await manager.query(
      `SELECT organization_id FROM cluster_members WHERE cluster_id = $1`,
      [clusterId],
    )) as { organization_id: string }[];
    return {
      fileName: name,
      content,
      rowCount: table.rows.length,
      members: read.members,
      planned,
      problems: [...read.problems, ...problems].sort((a, b) => a.row - b.row),
      memberIds: new Set(members.map((member) => member.organization_id)),
    };
  }

  private rowModel(planned: PlannedMember, memberIds: ReadonlySet<string>): PlannedMemberRowModel {
    const { organization, person } = planned;
    return {
      row: planned.row,
      organizationName: organization.values.name,
      city: organization.values.city,
      organizationAction: organization.action as PlannedMemberRowModel['organizationAction'],
      changes: organization.changes.map((field) =>
        field === 'name' ? 'organization' : field,
      ) as PlannedMemberRowModel['changes'],
      joinsCluster: !organization.id || !memberIds.has(organization.id),
      email: person.email,
      personAction: person.action as PlannedMemberRowModel['personAction'],
    };
  }

  private async carryOut(
    manager: EntityManager,
    viewer: Viewer,
    clusterId: string,
    plan: Plan,
  ): Promise<MemberImportModel> {
    const organizationIds = new Map<string, string>();
    for (const { organization } of plan.planned) {
      if (organization.id) organizationIds.set(key(organization.values), organization.id);
    }
    const created = new Map<string, OrganizationValues>();
    for (const { organization } of plan.planned) {
      if (organization.action !== 'CREATE') continue;
      const organizationKey = key(organization.values);
      created.set(organizationKey, merged(created.get(organizationKey), organization.values));
    }
    const createdIds = new Set<string>();
    if (created.size > 0) {
      const values = [...created.values()];
      const ids = (await manager.query(
        `INSERT INTO organizations (name, kind, size, nip, regon, city, region, country, website, invite_code)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
           $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
         RETURNING id`,
        [
          values.map((o) => o.name),
          values.map((o) => o.kind),
          values.map((o) => o.size),
          values.map((o) => o.nip),
          values.map((o) => o.regon),
          values.map((o) => o.city),
          values.map((o) => o.region.toLowerCase()),
          values.map((o) => o.country),
          values.map((o) => o.website),
          values.map(() => randomBytes(12).toString('base64url')),
        ],
      )) as { id: string }[];
      [...created.keys()].forEach((organizationKey, index) => {
        organizationIds.set(organizationKey, ids[index]!.id);
        createdIds.add(ids[index]!.id);
      });
    }

    const updated = new Set<string>();
    for (const { organization } of plan.planned) {
      if (organization.action !== 'UPDATE' || updated.has(organization.id!)) continue;
      updated.add(organization.id!);
      const changes = Object.fromEntries(
        organization.changes.map((field) => [
          field,
          field === 'region'
            ? organization.values.region.toLowerCase()
            : organization.values[field],
        ]),
      );
      await manager.update('organizations', { id: organization.id! }, changes);
    }

    const joining = [...new Set(organizationIds.values())].filter((id) => !plan.memberIds.has(id));
    if (joining.length > 0) {
      await manager.query(
        `INSERT INTO cluster_members (cluster_id, organization_id)
         SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [clusterId, joining],
      );
      // Existing members' postings are matched within the cluster from now on.
      for (const table of ['needs', 'capabilities']) {
        await manager.query(
          `UPDATE ${table} SET change_xid = 0 WHERE organization_id = ANY($1::uuid[])`,
          [joining],
        );
      }
      for (const organizationId of joining.filter((id) => !createdIds.has(id))) {
        await recordOutboxJob(
          manager,
          matchingJob({ name: 'cluster-member-added', data: { clusterId, organizationId } }),
        );
      }
    }

    const personOfRow = new Map(plan.members.map((member) => [member.row, member.person]));
    const invited = plan.planned.filter((p) => p.person.action === 'INVITE');
    const people = invited.map((p) => ({
      person: personOfRow.get(p.row)!,
      organizationId: organizationIds.get(key(p.organization.values))!,
    }));
    if (people.length > 0) {
      const users = (await manager.query(
        `INSERT INTO users (email, full_name, role, organization_id, language)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::uuid[], $5::text[])
         RETURNING id`,
        [
          people.map(({ person }) => person.email),
          people.map(({ person }) => person.fullName),
          people.map(({ person }) => person.role),
          people.map(({ organizationId }) => organizationId),
          people.map(({ person }) => person.language),
        ],
      )) as { id: string }[];
      for (const { id } of users)
        await this.accountEmails.send(manager, id, AccountEmailKind.INVITATION);
    }

    const result: MemberImportModel = {
      organizationsCreated: created.size,
      organizationsUpdated: updated.size,
      organizationsJoined: joining.length,
      peopleInvited: people.length,
    };
    if (Object.values(result).some((count) => count > 0)) {
      await manager.query(
        `INSERT INTO member_imports (cluster_id, imported_by, file_name, file_sha256, rows,
           organizations_created, organizations_updated, people_invited)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          clusterId,
          viewer.id,
          plan.fileName,
          createHash('sha256').update(plan.content).digest('hex'),
          plan.rowCount,
          result.organizationsCreated,
          result.organizationsUpdated,
          result.peopleInvited,
        ],
      );
    }
    return result;
  }

  private async assertManages(
    manager: EntityManager,
    viewer: Viewer,
    clusterId: string,
    { lock = false } = {},
  ): Promise<void> {
    // Locked for an import, so two imports of one cluster run one after the other.
    const [cluster] = (await manager.query(
      `SELECT id FROM clusters WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [clusterId],
    )) as { id: string }[];
    if (!cluster) throw notFound('Cluster', clusterId);
    if (!isAdmin(viewer) && !viewer.coordinatedClusterIds.includes(clusterId)) {
      throw forbidden('Only admins and the cluster’s coordinators can import its members');
    }
  }
}

const megabytes = (bytes: number) => `${bytes / 1024 / 1024} MB`;
const sheetFaultMessages: Record<SheetFault['code'], string> = {
  TOO_LARGE: `The file is too large: ${megabytes(sheetLimits.fileBytes)} at most, and ${megabytes(sheetLimits.inflatedBytes)} unpacked`,
  TOO_MANY_ROWS: `The file has more than ${sheetLimits.rows} rows; split it`,
  MALFORMED_FILE: 'The file could not be read as a spreadsheet; save it again as XLSX or CSV',
  UNSUPPORTED_TYPE: 'Only XLSX and CSV files can be imported; save it as one of them',
};
