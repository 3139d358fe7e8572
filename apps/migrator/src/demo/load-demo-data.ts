import {
  buildSearchDocument,
  CapabilityEntity,
  capabilitySearchText,
  ClusterCoordinatorEntity,
  ClusterEntity,
  ClusterMemberEntity,
  type CompanySize,
  type Currency,
  expiryFrom,
  hashPassword,
  NeedEntity,
  needSearchText,
  OrganizationEntity,
  PostingStatus,
  UserEntity,
  LegalAcceptanceEntity,
  type LegalDocument,
  NotificationPreferenceEntity,
  optedInToEveryEvent,
} from '@app/domain';
import { matchingJob, PostingChange, recordOutboxJob } from '@app/queue';
import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import demoJson from './demo-data.json';

type PostingFields =
  | 'title'
  | 'summary'
  | 'description'
  | 'sectors'
  | 'collaborationTypes'
  | 'language'
  | 'visibility';

interface DemoNeed extends Pick<
  NeedEntity,
  PostingFields | 'technologyKeywords' | 'marketKeywords' | 'trlMin' | 'trlMax'
> {
  author: string;
  status: PostingStatus;
  budget: { min: number; max: number; currency: Currency } | null;
  deadlineInDays: number | null;
}

interface DemoCapability extends Pick<
  CapabilityEntity,
  | PostingFields
  | 'expertiseKeywords'
  | 'methods'
  | 'equipment'
  | 'trl'
  | 'iprStatus'
  | 'team'
  | 'publications'
> {
  author: string;
  status: PostingStatus;
}

interface DemoData {
  password: string;
  cluster: Pick<ClusterEntity, 'name' | 'description' | 'regions'>;
  organizations: (Pick<OrganizationEntity, 'name' | 'kind' | 'city' | 'region'> & {
    size?: CompanySize;
    member: boolean;
    users: (Pick<UserEntity, 'email' | 'fullName' | 'role' | 'language'> & {
      coordinates?: boolean;
    })[];
  })[];
  needs: DemoNeed[];
  capabilities: DemoCapability[];
}

const demo = demoJson as DemoData;

/**
 * Loads the demo cluster into an empty platform, in one transaction. Published postings are
 * announced through the outbox exactly as the API would, so the worker processes them.
 */
export async function loadDemoData(
  dataSource: DataSource,
  legalVersions: Record<LegalDocument, string>,
): Promise<Record<string, number> | null> {
  return dataSource.transaction(async (manager) => {
    if ((await manager.count(OrganizationEntity)) > 0) return null;
    const passwordHash = await hashPassword(demo.password);
    const cluster = await manager.save(manager.create(ClusterEntity, demo.cluster));
    const authors = new Map<string, UserEntity>();
    for (const { users, member, ...fields } of demo.organizations) {
      const organization = await manager.save(
        manager.create(OrganizationEntity, {
          ...fields,
          inviteCode: randomBytes(12).toString('base64url'),
        }),
      );
      if (member)
        await manager.insert(ClusterMemberEntity, {
          clusterId: cluster.id,
          organizationId: organization.id,
        });
      for (const { coordinates, ...user } of users) {
        const saved = await manager.save(
          manager.create(UserEntity, {
            ...user,
            passwordHash,
            organizationId: organization.id,
            emailVerifiedAt: new Date(),
          }),
        );
        authors.set(saved.email, saved);
        // Demo people have accepted the texts in force and opted in to e-mail, as at their sign-up,
        // so the demo opens on its work and its mail catcher shows the notifications.
        await manager.insert(
          NotificationPreferenceEntity,
          optedInToEveryEvent(saved.id, new Date()),
        );
        for (const [document, version] of Object.entries(legalVersions)) {
          await manager.insert(LegalAcceptanceEntity, {
            userId: saved.id,
            document: document as LegalDocument,
            version,
            language: saved.language,
          });
        }
        if (coordinates)
          await manager.insert(ClusterCoordinatorEntity, {
            clusterId: cluster.id,
            userId: saved.id,
          });
      }
    }
    for (const need of demo.needs) await saveNeed(manager, need, authors.get(need.author)!);
    for (const capability of demo.capabilities) {
      await saveCapability(manager, capability, authors.get(capability.author)!);
    }
    return {
      organizations: demo.organizations.length,
      users: authors.size,
      needs: demo.needs.length,
      capabilities: demo.capabilities.length,
    };
  });
}

function lifecycle(status: PostingStatus) {
  const publishedAt = status === PostingStatus.PUBLISHED ? new Date() : null;
  return { status, publishedAt, expiresAt: publishedAt && expiryFrom(publishedAt) };
}

async function saveNeed(
  manager: EntityManager,
  demoNeed: DemoNeed,
  author: UserEntity,
): Promise<void> {
  const { author: _author, budget, deadlineInDays, status, ...fields } = demoNeed;
  const need = manager.create(NeedEntity, {
    ...fields,
    ...lifecycle(status),
    organizationId: author.organizationId!,
    authorId: author.id,
    budgetMin: budget?.min ?? null,
    budgetMax: budget?.max ?? null,
    currency: budget?.currency ?? null,
    deadline: deadlineInDays
      ? new Date(Date.now() + deadlineInDays * 86_400_000).toISOString().slice(0, 10)
      : null,
  });
  need.searchDocument = buildSearchDocument(needSearchText(need), need.language);
  const saved = await manager.save(need);
  if (saved.status === PostingStatus.PUBLISHED) {
    await recordOutboxJob(
      manager,
      matchingJob({
        name: 'need-changed',
        data: { needId: saved.id, version: saved.version, change: PostingChange.PUBLISHED },
      }),
    );
  }
}

async function saveCapability(
  manager: EntityManager,
  demoCapability: DemoCapability,
  author: UserEntity,
): Promise<void> {
  const { author: _author, status, ...fields } = demoCapability;
  const capability = manager.create(CapabilityEntity, {
    ...fields,
    ...lifecycle(status),
    organizationId: author.organizationId!,
    authorId: author.id,
  });
  capability.searchDocument = buildSearchDocument(
    capabilitySearchText(capability),
    capability.language,
  );
  const saved = await manager.save(capability);
  if (saved.status === PostingStatus.PUBLISHED) {
    await recordOutboxJob(
      manager,
      matchingJob({
        name: 'capability-changed',
        data: { capabilityId: saved.id, version: saved.version, change: PostingChange.PUBLISHED },
      }),
    );
  }
}
