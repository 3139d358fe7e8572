import { present } from '@app/database';
import {
  AccountEmailKind,
  buildSearchDocument,
  capabilitySearchText,
  CollaborationType,
  detectPostingLanguage,
  needSearchText,
  restampPostingsOf,
  type CompanySize,
  type OrganizationKind,
  type UserRole,
  Visibility,
} from '@app/domain';
import { matchingJob, notificationJob, recordOutboxJob, recordOutboxJobs } from '@app/queue';
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { planMemberImport, type PlannedMember } from './member-plan';
import { type MemberRow, readMemberRows, type RowProblem } from './member-rows';
import { readSheet } from './read-sheet';

/** A member file read and planned against the platform as it is: what importing it would do. */
export interface MemberFilePlan {
  fileName: string;
  content: Uint8Array;
  /** Rows under the header, empty ones aside. */
  rowCount: number;
  members: MemberRow[];
  planned: PlannedMember[];
  /** The file's problems and the plan's, by row: any one stops the import. */
  problems: RowProblem[];
  /** The cluster's member organisations now. */
  memberIds: ReadonlySet<string>;
}

export interface MemberImportCounts {
  organizationsToCreate: number;
  organizationsToUpdate: number;
  organizationsToJoin: number;
  peopleToInvite: number;
  postingsToCreate: number;
}

export interface MemberImportResult {
  organizationsCreated: number;
  organizationsUpdated: number;
  organizationsJoined: number;
  peopleInvited: number;
  postingsCreated: number;
}

type OrganizationValues = PlannedMember['organization']['values'];

/** Rows naming one organisation (by name and city, as the plan matched them) create it once. */
const key = (organization: { name: string; city: string }) =>
  `${organization.name.toLocaleLowerCase('pl')}\u0000${organization.city.toLocaleLowerCase('pl')}`;

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

/** Whether a planned row's organisation joins the cluster (a new one always does). */
export const joinsCluster = (planned: PlannedMember, memberIds: ReadonlySet<string>) =>
  !planned.organization.id || !memberIds.has(planned.organization.id);

/**
 * Reads a member file (CSV or XLSX, by its bytes) and plans it against the organisations,
 * users and cluster members stored now, through `manager` (the import's transaction, so what
 * it plans is what it does). A file that cannot be read throws its SheetFault.
 */
export async function planMemberFile(
  manager: EntityManager,
  clusterId: string,
  fileName: string,
  content: Uint8Array,
): Promise<MemberFilePlan> {
  const table = await readSheet(content);
  const read = readMemberRows(table);
  const organizations = read.members.map((member) => member.organization);
  const known = await manager.sql<
    {
      id: string;
      name: string;
      kind: OrganizationKind;
      size: CompanySize | null;
      nip: string | null;
      regon: string | null;
      city: string;
      region: string;
      country: string;
      website: string | null;
    }[]
  >`SELECT id, name, kind, size, nip, regon, city, region, country, website
     FROM organizations
     WHERE nip = ANY(${organizations.flatMap((o) => (o.nip ? [o.nip] : []))}::text[]) OR lower(name) = ANY(${organizations.map((o) => o.name.toLowerCase())}::text[])`;
  const emails = read.members.flatMap((member) => (member.person ? [member.person.email] : []));
  const users = await manager.sql<
    { email: string; role: UserRole; titles: (string | null)[] | null }[]
  >`SELECT lower(u.email) AS email, u.role,
       COALESCE((SELECT array_agg(lower(t.title)) FROM (
         SELECT n.title FROM needs n WHERE n.author_id = u.id
         UNION ALL SELECT c.title FROM capabilities c WHERE c.author_id = u.id) t), '{}') AS titles
     FROM users u WHERE lower(u.email) = ANY(${emails}::text[])`;
  const { planned, problems } = planMemberImport(
    read.members,
    known,
    new Set(users.map((user) => user.email)),
    new Map(
      present(users, 'titles').map((user) => [
        user.email,
        { role: user.role, titles: new Set(user.titles.filter((title) => title !== null)) },
      ]),
    ),
  );
  const members = await manager.sql<
    { organization_id: string }[]
  >`SELECT organization_id FROM cluster_members WHERE cluster_id = ${clusterId}::uuid`;
  return {
    fileName,
    content,
    rowCount: table.rows.length,
    members: read.members,
    planned,
    problems: [...read.problems, ...problems].sort((a, b) => a.row - b.row),
    memberIds: new Set(members.map((member) => member.organization_id)),
  };
}

/** What a plan would do, counted as a coordinator reads it: each organisation once. */
export function countsOf(plan: MemberFilePlan): MemberImportCounts {
  const distinct = (rows: PlannedMember[]) =>
    new Set(rows.map((p) => p.organization.id ?? key(p.organization.values))).size;
  return {
    organizationsToCreate: distinct(plan.planned.filter((p) => p.organization.action === 'CREATE')),
    organizationsToUpdate: distinct(plan.planned.filter((p) => p.organization.action === 'UPDATE')),
    organizationsToJoin: distinct(plan.planned.filter((p) => joinsCluster(p, plan.memberIds))),
    peopleToInvite: plan.planned.filter((p) => p.person.action === 'INVITE').length,
    postingsToCreate: plan.planned.filter((p) => p.posting.action.startsWith('CREATE')).length,
  };
}

/**
 * Does what a plan without problems says, in the caller's transaction: creates and updates the
 * organisations, makes them members of the cluster (their postings matched within it from now
 * on), creates the people without a password and records their invitations, and records the
 * import unless it changed nothing. `importedBy` is null for an operator's command.
 */
export async function carryOutMemberImport(
  manager: EntityManager,
  clusterId: string,
  importedBy: string | null,
  plan: MemberFilePlan,
): Promise<MemberImportResult> {
  if (plan.problems.length > 0) throw new Error('A plan with problems is not carried out');
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
    const ids = await manager.sql<
      { id: string }[]
    >`INSERT INTO organizations (name, kind, size, nip, regon, city, region, country, website, invite_code)
       SELECT * FROM unnest(${values.map((o) => o.name)}::text[], ${values.map((o) => o.kind)}::text[], ${values.map((o) => o.size)}::text[], ${values.map((o) => o.nip)}::text[], ${values.map((o) => o.regon)}::text[],
         ${values.map((o) => o.city)}::text[], ${values.map((o) => o.region.toLowerCase())}::text[], ${values.map((o) => o.country)}::text[], ${values.map((o) => o.website)}::text[], ${values.map(() => randomBytes(12).toString('base64url'))}::text[])
       RETURNING id`;
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
        field === 'region' ? organization.values.region.toLowerCase() : organization.values[field],
      ]),
    );
    await manager.update('organizations', { id: organization.id! }, changes);
  }

  const joining = [...new Set(organizationIds.values())].filter((id) => !plan.memberIds.has(id));
  if (joining.length > 0) {
    await manager.sql`INSERT INTO cluster_members (cluster_id, organization_id)
       SELECT ${clusterId}::uuid, unnest(${joining}::uuid[]) ON CONFLICT DO NOTHING`;
    // Existing members' postings are matched within the cluster from now on.
    await restampPostingsOf(manager, joining);
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
    const users = await manager.sql<
      { id: string }[]
    >`INSERT INTO users (email, full_name, role, organization_id, language)
       SELECT * FROM unnest(${people.map(({ person }) => person.email)}::text[], ${people.map(({ person }) => person.fullName)}::text[], ${people.map(({ person }) => person.role)}::text[], ${people.map(({ organizationId }) => organizationId)}::uuid[], ${people.map(({ person }) => person.language)}::text[])
       RETURNING id`;
    await sendAccountEmails(
      manager,
      users.map((user) => user.id),
      AccountEmailKind.INVITATION,
    );
  }

  const postingsCreated = await createDraftPostings(manager, plan);

  const result: MemberImportResult = {
    organizationsCreated: created.size,
    organizationsUpdated: updated.size,
    organizationsJoined: joining.length,
    peopleInvited: people.length,
    postingsCreated,
  };
  if (Object.values(result).some((count) => count > 0)) {
    await manager.sql`INSERT INTO member_imports (cluster_id, imported_by, file_name, file_sha256, rows,
         organizations_created, organizations_updated, people_invited)
       VALUES (${clusterId}::uuid, ${importedBy}::uuid, ${plan.fileName}, ${createHash('sha256').update(plan.content).digest('hex')}, ${plan.rowCount}, ${result.organizationsCreated}, ${result.organizationsUpdated}, ${result.peopleInvited})`;
  }
  return result;
}

/** What a draft from a spreadsheet leaves for its author to say before publishing. */
const draftDefaults = {
  collaborationTypes: [CollaborationType.RD_COOPERATION, CollaborationType.CONTRACT_RESEARCH],
  visibility: Visibility.CLUSTER,
};

/**
 * The rows' needs and capabilities, as drafts of the rows' people (just invited, or their
 * existing accounts, in their own organisations): nothing is matched or announced until an
 * author completes and publishes one. A TRL the row does not give is left open (1–9 for a
 * need, 1 for a capability), for the author to set.
 */
async function createDraftPostings(manager: EntityManager, plan: MemberFilePlan): Promise<number> {
  const rows = new Map(plan.members.map((member) => [member.row, member]));
  const wanted = plan.planned.filter((p) => p.posting.action.startsWith('CREATE'));
  if (wanted.length === 0) return 0;
  const authors = new Map(
    (
      await manager.sql<
        { id: string; organization_id: string | null; email: string }[]
      >`SELECT id, organization_id, lower(email) AS email FROM users
         WHERE lower(email) = ANY(${wanted.map((p) => p.person.email)}::text[])`
    ).map((user) => [user.email, user]),
  );
  for (const kind of ['CREATE_NEED', 'CREATE_CAPABILITY'] as const) {
    const postings = wanted
      .filter((p) => p.posting.action === kind)
      .map((p) => {
        const { posting } = rows.get(p.row)!;
        const author = authors.get(p.person.email!)!;
        const texts = {
          title: posting!.title,
          summary: posting!.summary,
          description: posting!.summary,
        };
        const language = detectPostingLanguage(texts);
        const searchText =
          kind === 'CREATE_NEED'
            ? needSearchText({ ...texts, technologyKeywords: [], marketKeywords: [] } as never)
            : capabilitySearchText({
                ...texts,
                expertiseKeywords: [],
                methods: [],
                equipment: [],
              } as never);
        return { ...texts, author, language, document: buildSearchDocument(searchText, language) };
      });
    if (postings.length === 0) continue;
    const [
      postingOrganizations,
      postingAuthors,
      titles,
      summaries,
      descriptions,
      languages,
      documents,
    ] = [
      postings.map((p) => p.author.organization_id),
      postings.map((p) => p.author.id),
      postings.map((p) => p.title),
      postings.map((p) => p.summary),
      postings.map((p) => p.description),
      postings.map((p) => p.language),
      postings.map((p) => p.document),
    ];
    const { collaborationTypes, visibility } = draftDefaults;
    if (kind === 'CREATE_NEED') {
      await manager.sql`INSERT INTO needs (organization_id, author_id, title, summary, description,
          language, search_document, collaboration_types, visibility, status, version, trl_min, trl_max)
        SELECT o, a, t, s, d, l, doc::tsvector, ${collaborationTypes}::text[], ${visibility}, 'DRAFT', 1, 1, 9
        FROM unnest(${postingOrganizations}::uuid[], ${postingAuthors}::uuid[], ${titles}::text[], ${summaries}::text[],
          ${descriptions}::text[], ${languages}::text[], ${documents}::text[]) AS p(o, a, t, s, d, l, doc)`;
    } else {
      await manager.sql`INSERT INTO capabilities (organization_id, author_id, title, summary,
          description, language, search_document, collaboration_types, visibility, status, version,
          trl, ipr_status)
        SELECT o, a, t, s, d, l, doc::tsvector, ${collaborationTypes}::text[], ${visibility}, 'DRAFT', 1,
          1, 'NO_IPR_APPLIED'
        FROM unnest(${postingOrganizations}::uuid[], ${postingAuthors}::uuid[], ${titles}::text[], ${summaries}::text[],
          ${descriptions}::text[], ${languages}::text[], ${documents}::text[]) AS p(o, a, t, s, d, l, doc)`;
    }
  }
  return wanted.length;
}

/** One account e-mail for each person: the worker makes each link's token as it sends it. */
export async function sendAccountEmails(
  manager: EntityManager,
  userIds: string[],
  kind: AccountEmailKind,
): Promise<void> {
  if (userIds.length === 0) return;
  const emails = await manager.sql<
    { id: string }[]
  >`INSERT INTO account_emails (user_id, kind) SELECT unnest(${userIds}::uuid[]), ${kind} RETURNING id`;
  await recordOutboxJobs(
    manager,
    emails.map(({ id }) =>
      notificationJob({ name: 'send-account-email', data: { accountEmailId: id } }),
    ),
  );
}
