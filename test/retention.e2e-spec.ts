import { QueueName } from '@app/queue';
import {
  needInput,
  ops,
  type PlatformUnderTest,
  proposedMatch,
  signUpInput,
  startPlatformUnderTest,
} from '@app/testing';
import { randomBytes, randomUUID } from 'node:crypto';

const day = 24 * 3600 * 1000;

describe('retention: personal data kept no longer than the configured periods', () => {
  let platform: PlatformUnderTest;

  beforeAll(async () => {
    platform = await startPlatformUnderTest();
  }, 360_000);
  afterAll(() => platform.stop());

  const query = (sql: string, parameters: unknown[] = []) =>
    platform.api.dataSource.query(sql, parameters);
  const daysAgo = (days: number) => new Date(Date.now() - days * day);

  async function applyRetention() {
    await platform.pipeline.add(QueueName.Schedules, { name: 'apply-retention', data: {} });
    await platform.pipeline.idle();
  }

  /** Signs someone up through the API and dates the account back. */
  async function signedUp(ageDays: number, overrides: Record<string, unknown> = {}) {
    const input = signUpInput(overrides);
    await platform.world.anonymous.ok(ops.signUp, { input });
    // TypeORM answers an UPDATE with its rows and their count.
    const [[user]] = await query(
      `UPDATE users SET created_at = $2 WHERE email = $1 RETURNING id, organization_id`,
      [input.email, daysAgo(ageDays)],
    );
    return user as { id: string; organization_id: string };
  }

  const existing = async (table: string, ids: string[]) =>
    ((await query(`SELECT id FROM ${table} WHERE id = ANY($1)`, [ids])) as { id: string }[])
      .map((row) => row.id)
      .sort();

  it('deletes accounts never verified after 30 days, with the organisations they alone founded', async () => {
    const abandoned = await signedUp(31);
    const recent = await signedUp(29);
    const verified = await signedUp(31);
    await query(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [verified.id]);
    const joiner = await signedUp(31, {
      organization: undefined,
      inviteCode: platform.world.firm.inviteCode,
    });
    const [invited] = await query(
      `INSERT INTO users (email, full_name, role, organization_id, created_at)
       VALUES ($1, 'Invited researcher', 'RESEARCHER', $2, $3) RETURNING id`,
      [
        `invited-${randomUUID()}@test.example`,
        platform.world.researcher.organizationId,
        daysAgo(90),
      ],
    );

    await applyRetention();

    expect(
      await existing('users', [abandoned.id, recent.id, verified.id, joiner.id, invited.id]),
    ).toEqual([recent.id, verified.id, invited.id].sort());
    expect(
      await existing('organizations', [
        abandoned.organization_id,
        recent.organization_id,
        verified.organization_id,
        platform.world.firm.organizationId,
      ]),
    ).toEqual(
      [recent.organization_id, verified.organization_id, platform.world.firm.organizationId].sort(),
    );
    expect(await query(`SELECT 1 FROM account_emails WHERE user_id = $1`, [abandoned.id])).toEqual(
      [],
    );
  });

  it('deletes links, refresh tokens and ORCID round trips a week after they expired', async () => {
    const userId = platform.world.firm.id;
    const link = async (expiredDays: number) =>
      (
        await query(
          `INSERT INTO account_emails (user_id, kind, token_hash, expires_at)
           VALUES ($1, 'RESET_PASSWORD', $2, $3) RETURNING id`,
          [userId, randomBytes(32).toString('hex'), daysAgo(expiredDays)],
        )
      )[0].id as string;
    const refreshToken = async (expiredDays: number) =>
      (
        await query(
          `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at)
           VALUES ($1, gen_random_uuid(), $2, $3) RETURNING id`,
          [userId, randomBytes(32).toString('hex'), daysAgo(expiredDays)],
        )
      )[0].id as string;
    const orcidSignIn = async (expiredDays: number) =>
      (
        await query(
          `INSERT INTO orcid_sign_ins (state, nonce, code_verifier, purpose, orcid_id, full_name, expires_at)
           VALUES ($1, 'n', 'v', 'SIGN_IN', '0000-0002-1825-0097', 'Josiah Carberry', $2) RETURNING id`,
          [randomUUID(), daysAgo(expiredDays)],
        )
      )[0].id as string;
    const [oldLink, newLink] = [await link(8), await link(6)];
    const [oldToken, newToken] = [await refreshToken(8), await refreshToken(6)];
    const [oldTrip, newTrip] = [await orcidSignIn(8), await orcidSignIn(6)];

    await applyRetention();

    expect(await existing('account_emails', [oldLink, newLink])).toEqual([newLink]);
    expect(await existing('refresh_tokens', [oldToken, newToken])).toEqual([newToken]);
    expect(await existing('orcid_sign_ins', [oldTrip, newTrip])).toEqual([newTrip]);
  });

  it('deletes notifications and digests after a year, and clears SMTP errors after 90 days', async () => {
    const { firm } = platform.world;
    const { createNeed } = await firm.client.ok(ops.createNeed, { input: needInput() });
    const notification = async (ageDays: number, emailError: string | null = null) =>
      (
        await query(
          `INSERT INTO notifications (user_id, event, need_id, idempotency_key, created_at,
                                      email_failed_at, email_error)
           VALUES ($1, 'POSTING_EXPIRING', $2, $3, $4, $5, $6) RETURNING id`,
          [
            firm.id,
            createNeed.id,
            `test:${randomUUID()}`,
            daysAgo(ageDays),
            emailError && daysAgo(ageDays),
            emailError,
          ],
        )
      )[0].id as string;
    const digest = async (ageDays: number, period: string) =>
      (
        await query(
          `INSERT INTO email_digests (user_id, frequency, period, created_at)
           VALUES ($1, 'DAILY_DIGEST', $2, $3) RETURNING id`,
          [firm.id, period, daysAgo(ageDays)],
        )
      )[0].id as string;
    const [yearOld, younger] = [await notification(366), await notification(364)];
    const [oldDigest, newDigest] = [
      await digest(366, '2025-12-01'),
      await digest(364, '2025-12-03'),
    ];
    const refused = `550 5.1.1 <${firm.email}>: Recipient address rejected`;
    const [oldFailure, newFailure] = [
      await notification(91, refused),
      await notification(89, refused),
    ];

    await applyRetention();

    expect(await existing('notifications', [yearOld, younger])).toEqual([younger]);
    expect(await existing('email_digests', [oldDigest, newDigest])).toEqual([newDigest]);
    const failures: { id: string; email_error: string | null; email_failed_at: Date }[] =
      await query(
        `SELECT id, email_error, email_failed_at FROM notifications WHERE id = ANY($1) ORDER BY created_at`,
        [[oldFailure, newFailure]],
      );
    expect(failures.map(({ id, email_error }) => ({ id, email_error }))).toEqual([
      { id: oldFailure, email_error: null },
      { id: newFailure, email_error: refused },
    ]);
    expect(failures.every((failure) => failure.email_failed_at !== null)).toBe(true);
  });

  it('deletes postings closed two years ago with their proposals, unless they led to an introduction', async () => {
    const { world } = platform;
    const endedDaysAgo = async (table: 'needs' | 'capabilities', id: string, days: number) =>
      query(`UPDATE ${table} SET closed_at = $2 WHERE id = $1`, [id, daysAgo(days)]);
    const closeBoth = async (match: { needId: string; capabilityId: string }, days: number) => {
      await world.firm.client.ok(ops.closeNeed, { id: match.needId, reason: 'FULFILLED' });
      await world.researcher.client.ok(ops.closeCapability, {
        id: match.capabilityId,
        reason: 'FULFILLED',
      });
      await endedDaysAgo('needs', match.needId, days);
      await endedDaysAgo('capabilities', match.capabilityId, days);
    };
    const [old, recent, introduced] = [
      await proposedMatch(world),
      await proposedMatch(world),
      await proposedMatch(world),
    ];
    await world.coordinator.client.ok(ops.approveMatch, { id: introduced.id });
    for (const side of [world.firm, world.researcher]) {
      await side.client.ok(ops.respondToMatch, { id: introduced.id, interested: true });
    }
    expect((await world.firm.client.ok(ops.match, { id: introduced.id })).match.status).toBe(
      'INTRODUCED',
    );
    await platform.pipeline.idle();
    await closeBoth(old, 731);
    await closeBoth(recent, 729);
    await closeBoth(introduced, 731);

    await applyRetention();

    const pairs = [old, recent, introduced];
    expect(
      await existing(
        'needs',
        pairs.map((pair) => pair.needId),
      ),
    ).toEqual([recent.needId, introduced.needId].sort());
    expect(
      await existing(
        'capabilities',
        pairs.map((pair) => pair.capabilityId),
      ),
    ).toEqual([recent.capabilityId, introduced.capabilityId].sort());
    expect(
      await existing(
        'matches',
        pairs.map((pair) => pair.id),
      ),
    ).toEqual([recent.id, introduced.id].sort());
  });
});
