import { present } from '@app/database';
import { ENV, type Env } from '@app/config';
import {
  isUuid,
  type Language,
  RefreshTokenEntity,
  sha256,
  unauthenticated,
  type UserRole,
} from '@app/domain';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { LegalTexts } from './legal/legal-texts';
import type { Viewer } from './viewer';

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  userId: string;
}

type AccessClaims = {
  sub: string;
  sid: string;
};

const hasIssuedClaims = (claims: Record<string, unknown>): claims is AccessClaims =>
  isUuid(claims.sub) &&
  isUuid(claims.sid) &&
  typeof claims.exp === 'number' &&
  typeof claims.iat === 'number';

/**
 * Short-lived JWT access tokens and rotating opaque refresh tokens. A session is a family of
 * refresh tokens; signing out or replaying a rotated token revokes the family, which also ends
 * the access tokens issued for it.
 */
@Injectable()
export class SessionService {
  constructor(
    @Inject(ENV) private readonly env: Env,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly legalTexts: LegalTexts,
  ) {}

  async startSession(manager: EntityManager, userId: string): Promise<SessionTokens> {
    return this.issue(manager, userId, randomUUID());
  }

  async refresh(refreshToken: string): Promise<SessionTokens> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const token = await manager.findOne(RefreshTokenEntity, {
        where: { tokenHash: sha256(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!token || token.revokedAt || token.expiresAt <= new Date()) return 'invalid' as const;
      if (token.usedAt) {
        await this.revokeFamily(manager, token.familyId);
        return 'reused' as const;
      }
      await manager.update(RefreshTokenEntity, token.id, { usedAt: new Date() });
      return this.issue(manager, token.userId, token.familyId);
    });
    if (outcome === 'reused')
      throw unauthenticated('Refresh token was already used; the session is revoked');
    if (outcome === 'invalid') throw unauthenticated('Refresh token is invalid or expired');
    return outcome;
  }

  async signOut(sessionId: string): Promise<void> {
    await this.revokeFamily(this.dataSource.manager, sessionId);
  }

  /** Ends every session of the user but `keep` (the caller's own, when it stays signed in). */
  async endSessions(manager: EntityManager, userId: string, keep?: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .andWhere(keep ? 'family_id <> :keep' : 'TRUE', { keep })
      .execute();
  }

  async viewerForAccessToken(accessToken: string): Promise<Viewer> {
    let claims: Record<string, unknown>;
    try {
      claims = await this.jwt.verifyAsync<Record<string, unknown>>(accessToken, {
        algorithms: ['HS256'],
      });
    } catch {
      throw unauthenticated('Access token is invalid or expired');
    }
    // Signed by us, yet not a token we issue: every one we issue expires and names its session.
    if (!hasIssuedClaims(claims)) throw unauthenticated('Access token is invalid or expired');
    const [documents, versions] = [
      Object.keys(this.legalTexts.versions),
      Object.values(this.legalTexts.versions),
    ];
    const rows = await this.dataSource.sql<
      {
        id: string;
        role: UserRole;
        language: Language;
        organization_id: string | null;
        coordinated_cluster_ids: string[] | null;
        coordinated_organization_ids: string[] | null;
        legal_acceptance_due: boolean;
      }[]
    >`
      SELECT u.id, u.role, u.language, u.organization_id,
        COALESCE((SELECT array_agg(cc.cluster_id::text) FROM cluster_coordinators cc
                  WHERE cc.user_id = u.id), '{}') AS coordinated_cluster_ids,
        COALESCE((SELECT array_agg(DISTINCT cm.organization_id::text) FROM cluster_members cm
                  JOIN cluster_coordinators cc ON cc.cluster_id = cm.cluster_id
                  WHERE cc.user_id = u.id), '{}') AS coordinated_organization_ids,
        EXISTS (SELECT 1 FROM legal_documents_due(u.id, ${documents}::text[], ${versions}::text[]))
          AS legal_acceptance_due
      FROM users u
      WHERE u.id = ${claims.sub}::uuid
        AND NOT EXISTS (SELECT 1 FROM refresh_tokens rt
                        WHERE rt.family_id = ${claims.sid}::uuid AND rt.revoked_at IS NOT NULL)
        AND EXISTS (SELECT 1 FROM refresh_tokens rt
                    WHERE rt.family_id = ${claims.sid}::uuid AND rt.user_id = u.id)`;
    const [row] = present(rows, 'coordinated_cluster_ids', 'coordinated_organization_ids');
    if (!row) throw unauthenticated('Session has ended; sign in again');
    return {
      id: row.id,
      role: row.role,
      language: row.language,
      organizationId: row.organization_id,
      sessionId: claims.sid,
      coordinatedClusterIds: row.coordinated_cluster_ids,
      coordinatedOrganizationIds: row.coordinated_organization_ids,
      legalAcceptanceDue: row.legal_acceptance_due,
    };
  }

  /** For long-lived sockets: the session may have ended since its token was checked. */
  async isActive(viewer: Viewer): Promise<boolean> {
    const revoked = await this.dataSource.sql<
      { '?column?': number }[]
    >`SELECT 1 FROM refresh_tokens WHERE family_id = ${viewer.sessionId}::uuid AND revoked_at IS NOT NULL LIMIT 1`;
    return revoked.length === 0;
  }

  /** Only for a token `viewerForAccessToken` accepted. */
  accessTokenExpiry(accessToken: string): Date {
    const { exp } = this.jwt.decode<{ exp: number }>(accessToken);
    return new Date(exp * 1000);
  }

  private async issue(
    manager: EntityManager,
    userId: string,
    familyId: string,
  ): Promise<SessionTokens> {
    const refreshToken = randomBytes(32).toString('base64url');
    await manager.insert(RefreshTokenEntity, {
      userId,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + this.env.REFRESH_TOKEN_TTL_SECONDS * 1000),
    });
    const accessToken = await this.jwt.signAsync(
      { sub: userId, sid: familyId } satisfies AccessClaims,
      { expiresIn: this.env.ACCESS_TOKEN_TTL_SECONDS, algorithm: 'HS256' },
    );
    return { accessToken, refreshToken, userId };
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.update(
      RefreshTokenEntity,
      { familyId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
  }
}
