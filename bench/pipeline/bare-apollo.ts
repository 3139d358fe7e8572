/**
 * The publish mutation on nothing but Apollo Server and node-postgres: the baseline the api's
 * CPU per publish is compared with (`bench:pipeline`'s `apiVsBareApollo`). It answers the
 * same access tokens and runs the statements a publish needs: the session check the api runs,
 * the need locked and published, its outbox row, in one transaction.
 *
 *   DATABASE_URL=… JWT_SECRET=… PORT=… node --import tsx bench/pipeline/bare-apollo.ts
 */
import { currentVersions, loadLegalTexts } from '@app/domain';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLError } from 'graphql';
import jwt from 'jsonwebtoken';
import { createSecretKey } from 'node:crypto';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const secret = createSecretKey(Buffer.from(process.env.JWT_SECRET!));
const legalVersions = currentVersions(loadLegalTexts(process.env.LEGAL_TEXTS_DIR));

const typeDefs = `#graphql
  type Need { id: ID! version: Int! status: String! }
  type Query { ok: Boolean }
  type Mutation { publishNeed(id: ID!): Need! }
`;

interface Viewer {
  id: string;
  organizationId: string;
}

async function viewerOf(authorization: string | undefined): Promise<Viewer | undefined> {
  const token = authorization?.replace(/^Bearer /, '');
  if (!token) return undefined;
  const claims = jwt.verify(token, secret, { algorithms: ['HS256'] }) as {
    sub: string;
    sid: string;
  };
  const { rows } = await pool.query<{
    id: string;
    organization_id: string;
    legal_acceptance_due: boolean;
  }>(
    `SELECT u.id, u.role, u.language, u.organization_id,
        COALESCE((SELECT array_agg(cc.cluster_id::text) FROM cluster_coordinators cc
                  WHERE cc.user_id = u.id), '{}') AS coordinated_cluster_ids,
        COALESCE((SELECT array_agg(DISTINCT cm.organization_id::text) FROM cluster_members cm
                  JOIN cluster_coordinators cc ON cc.cluster_id = cm.cluster_id
                  WHERE cc.user_id = u.id), '{}') AS coordinated_organization_ids,
        EXISTS (SELECT 1 FROM legal_documents_due(u.id, $3::text[], $4::text[]))
          AS legal_acceptance_due
      FROM users u
      WHERE u.id = $1::uuid
        AND NOT EXISTS (SELECT 1 FROM refresh_tokens rt
                        WHERE rt.family_id = $2::uuid AND rt.revoked_at IS NOT NULL)
        AND EXISTS (SELECT 1 FROM refresh_tokens rt
                    WHERE rt.family_id = $2::uuid AND rt.user_id = u.id)`,
    [claims.sub, claims.sid, Object.keys(legalVersions), Object.values(legalVersions)],
  );
  const [row] = rows;
  if (row?.legal_acceptance_due) throw new GraphQLError('Accept the texts in force first');
  return row && { id: row.id, organizationId: row.organization_id };
}

async function publishNeed(id: string, viewer: Viewer) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ id: string; status: string }>(
      `SELECT id, status FROM needs WHERE id = $1 AND organization_id = $2 FOR UPDATE`,
      [id, viewer.organizationId],
    );
    if (!rows[0]) throw new GraphQLError('not found', { extensions: { code: 'NOT_FOUND' } });
    if (rows[0].status !== 'DRAFT' && rows[0].status !== 'PAUSED')
      throw new GraphQLError('not allowed', { extensions: { code: 'CONFLICT' } });
    const published = await client.query<{ id: string; version: number; status: string }>(
      `UPDATE needs SET status = 'PUBLISHED', published_at = now(),
         expires_at = now() + interval '365 days', version = version + 1, updated_at = now()
       WHERE id = $1 RETURNING id, version, status`,
      [id],
    );
    const need = published.rows[0]!;
    await client.query(
      `INSERT INTO outbox_events (queue, job_name, job_id, payload) VALUES ('matching', 'need-changed', $1, $2)`,
      [
        `need-changed.${need.id}.v${need.version}`,
        { needId: need.id, version: need.version, change: 'PUBLISHED' },
      ],
    );
    await client.query('COMMIT');
    return need;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

const server = new ApolloServer<{ viewer?: Viewer }>({
  typeDefs,
  resolvers: {
    Mutation: {
      publishNeed: (_parent: unknown, { id }: { id: string }, { viewer }: { viewer?: Viewer }) => {
        if (!viewer) throw new GraphQLError('sign in', { extensions: { code: 'UNAUTHENTICATED' } });
        return publishNeed(id, viewer);
      },
    },
  },
});

void startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT), host: '127.0.0.1' },
  context: async ({ req }) => ({ viewer: await viewerOf(req.headers.authorization) }),
}).then(({ url }) => process.stdout.write(`bare apollo ready at ${url}\n`));
