import { dataSourceOptions } from '@app/database';
import {
  buildSearchDocument,
  type CapabilityEntity,
  capabilitySearchText,
  currentVersions,
  hashPassword,
  Language,
  LegalAcceptanceEntity,
  type LegalDocument,
  loadLegalTexts,
  type NeedEntity,
  needSearchText,
  NotificationPreferenceEntity,
  optedInToEveryEvent,
} from '@app/domain';
import type { CapabilityProfile, NeedProfile } from '@app/matching';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SyntheticCorpus } from '../synthetic-corpus';

export const benchPassword = 'Bench-pipeline-Lublin-2026!';

export interface SeedSizes {
  capabilities: number;
  needs: number;
  /** Drafts the benchmark publishes through the API, per side. */
  draftNeeds: number;
  draftCapabilities: number;
}

export interface SeededPlatform {
  dataSource: DataSource;
  databaseUrl: string;
  firmEmails: string[];
  researcherEmails: string[];
  draftNeedIds: string[];
  draftCapabilityIds: string[];
  /** Every posting as the engine sees it once published, for the engine-only baseline. */
  needs: NeedProfile[];
  capabilities: CapabilityProfile[];
  drop(): Promise<void>;
}

const firmCount = 100;
const labCount = 200;
const chunkSize = 1000;

/**
 * A fresh, migrated database holding one cluster (two coordinators), firms and labs in it, and
 * synthetic postings written as the API writes them (search documents by the app's analyser).
 */
export async function seedPlatform(name: string, sizes: SeedSizes): Promise<SeededPlatform> {
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const databaseUrl = new URL(`/${name}`, serverUrl).toString();
  const server = await serverConnection(serverUrl);
  await server.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await server.query(`CREATE DATABASE "${name}"`);
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  await dataSource.runMigrations({ transaction: 'each' });

  const passwordHash = await hashPassword(benchPassword);
  const [{ id: clusterId }] = await dataSource.query(
    `INSERT INTO clusters (name, regions) VALUES ('Bench cluster', '{lubelskie}') RETURNING id`,
  );
  const organizations = async (kind: string, count: number, role: string) => {
    const rows: { organization_id: string; id: string; email: string }[] = await dataSource.query(
      `WITH orgs AS (
         INSERT INTO organizations (name, kind, city, region, invite_code)
         SELECT $1 || ' ' || i, $1, 'Lublin', 'lubelskie', $1 || '-' || i
         FROM generate_series(1, $2) AS i RETURNING id, name),
       members AS (INSERT INTO cluster_members (cluster_id, organization_id) SELECT $3, id FROM orgs)
       INSERT INTO users (email, password_hash, full_name, role, organization_id, email_verified_at)
       SELECT lower(replace(name, ' ', '-')) || '@bench.example', $4, name, $5, id, now() FROM orgs
       RETURNING organization_id, id, email`,
      [kind, count, clusterId, passwordHash, role],
    );
    return rows;
  };
  const firms = await organizations('COMPANY', firmCount, 'FIRM');
  const labs = await organizations('UNIVERSITY', labCount, 'RESEARCHER');
  await dataSource.query(
    `WITH coordinators AS (
       INSERT INTO users (email, password_hash, full_name, role, organization_id, email_verified_at)
       SELECT 'coordinator-' || i || '@bench.example', $1, 'Coordinator ' || i, 'COORDINATOR',
         (SELECT organization_id FROM users WHERE email = $3), now()
       FROM generate_series(1, 2) AS i RETURNING id)
     INSERT INTO cluster_coordinators (cluster_id, user_id) SELECT $2, id FROM coordinators`,
    [passwordHash, clusterId, firms[0]!.email],
  );
  await acceptTextsAndOptIn(dataSource);

  const corpus = new SyntheticCorpus(20261201);
  const capabilities = await insertPostings(
    dataSource,
    'capabilities',
    sizes.capabilities + sizes.draftCapabilities,
    sizes.capabilities,
    (i) => corpus.capability(i),
    labs,
    clusterId,
  );
  const needs = await insertPostings(
    dataSource,
    'needs',
    sizes.needs + sizes.draftNeeds,
    sizes.needs,
    (i) => corpus.need(i),
    firms,
    clusterId,
  );
  // As autovacuum would leave a settled database: statistics fresh, GIN pending lists merged.
  await dataSource.query('VACUUM ANALYZE');
  await server.destroy();
  return {
    dataSource,
    databaseUrl,
    firmEmails: firms.map((firm) => firm.email),
    researcherEmails: labs.map((lab) => lab.email),
    draftNeedIds: needs.slice(sizes.needs).map((need) => need.id),
    draftCapabilityIds: capabilities.slice(sizes.capabilities).map((capability) => capability.id),
    needs,
    capabilities,
    drop: async () => {
      await dataSource.destroy();
      const admin = await serverConnection(serverUrl);
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.destroy();
    },
  };
}

/** The server's maintenance database, to create and drop the benchmark's own. */
const serverConnection = (serverUrl: string) =>
  new DataSource({
    type: 'postgres',
    url: new URL('/postgres', serverUrl).toString(),
  }).initialize();

type Author = { organization_id: string; id: string };

/** The first `published` postings go live at once; the rest stay drafts for the API to publish. */
async function insertPostings<P extends NeedProfile | CapabilityProfile>(
  dataSource: DataSource,
  table: 'needs' | 'capabilities',
  count: number,
  published: number,
  generate: (index: number) => P,
  authors: Author[],
  clusterId: string,
): Promise<P[]> {
  const profiles: P[] = [];
  for (let start = 0; start < count; start += chunkSize) {
    const rows = [];
    for (let i = start; i < Math.min(count, start + chunkSize); i++) {
      const author = authors[i % authors.length]!;
      const profile: P = {
        ...generate(i),
        id: randomUUID(),
        version: 1,
        organizationId: author.organization_id,
        clusterIds: [clusterId],
        visibility: i % 10 === 0 ? 'CLUSTER' : 'PUBLIC',
      };
      profiles.push(profile);
      rows.push(table === 'needs' ? needRow(profile as NeedProfile) : capabilityRow(profile));
      Object.assign(rows.at(-1)!, {
        author_id: author.id,
        status: i < published ? 'PUBLISHED' : 'DRAFT',
        published_at: i < published ? new Date().toISOString() : null,
      });
    }
    await dataSource.query(
      `INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`,
      [JSON.stringify(rows)],
    );
  }
  return profiles;
}

function commonRow(profile: NeedProfile | CapabilityProfile) {
  const now = new Date().toISOString();
  return {
    id: profile.id,
    organization_id: profile.organizationId,
    title: profile.title,
    summary: profile.summary,
    description: profile.description,
    sectors: profile.sectors,
    collaboration_types: profile.collaborationTypes,
    language: profile.language,
    visibility: profile.visibility,
    version: 1,
    created_at: now,
    updated_at: now,
  };
}

function needRow(need: NeedProfile) {
  const entity = {
    title: need.title,
    summary: need.summary ?? '',
    description: need.description,
    technologyKeywords: need.keywords ?? [],
    marketKeywords: [],
  } as unknown as NeedEntity;
  return {
    ...commonRow(need),
    technology_keywords: need.keywords,
    market_keywords: [],
    trl_min: need.trlMin,
    trl_max: need.trlMax,
    budget_min: need.budget?.min,
    budget_max: need.budget?.max,
    currency: need.budget?.currency,
    deadline: need.deadline,
    search_document: buildSearchDocument(needSearchText(entity), need.language),
  };
}

function capabilityRow(capability: CapabilityProfile) {
  const entity = {
    title: capability.title,
    summary: capability.summary ?? '',
    description: capability.description,
    expertiseKeywords: capability.keywords ?? [],
    methods: capability.methods ?? [],
    equipment: capability.equipment ?? [],
  } as unknown as CapabilityEntity;
  return {
    ...commonRow(capability),
    expertise_keywords: capability.keywords,
    methods: capability.methods,
    equipment: capability.equipment,
    trl: capability.trl,
    ipr_status: 'NO_IPR_APPLIED',
    team: '',
    publications: [],
    search_document: buildSearchDocument(capabilitySearchText(entity), capability.language),
  };
}

/**
 * Every bench person as a sign-up with both boxes ticked: the texts in force accepted (else the
 * api refuses their changes) and e-mail about every event opted in, so the notification work is
 * what it was before e-mail became opt-in.
 */
async function acceptTextsAndOptIn(dataSource: DataSource): Promise<void> {
  const users: { id: string }[] = await dataSource.query(`SELECT id FROM users`);
  const versions = currentVersions(loadLegalTexts(process.env.LEGAL_TEXTS_DIR));
  await dataSource.manager.insert(
    LegalAcceptanceEntity,
    users.flatMap(({ id }) =>
      Object.entries(versions).map(([document, version]) => ({
        userId: id,
        document: document as LegalDocument,
        version,
        language: Language.pl,
      })),
    ),
  );
  await dataSource.manager.insert(
    NotificationPreferenceEntity,
    users.flatMap(({ id }) => optedInToEveryEvent(id, new Date())),
  );
}
