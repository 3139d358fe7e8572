import { present } from '@app/database';
import { AccountEmailKind } from '@app/domain';
import { recordAccountEmail } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { gzipSync } from 'node:zlib';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';

export const dataExportFormat = 'matchmaking-data-export/1';

/**
 * Builds the archive of everything the platform holds about one person, in one statement (one
 * snapshot), and e-mails them the link. Of a match it keeps what their side was shown: their
 * own posting, the other posting's title, their side's reason and answer, and the other
 * organisation only once the introduction was made.
 */
@Injectable()
export class DataExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly logger: PinoLogger,
  ) {}

  prepare(exportId: string): Promise<{ skipped: string } | { bytes: number }> {
    return this.dataSource.transaction(async (manager) => {
      const [request] = await manager.sql<{ user_id: string; ready_at: Date | null }[]>`
        SELECT user_id, ready_at FROM data_exports WHERE id = ${exportId}::uuid FOR UPDATE`;
      if (!request) return { skipped: 'the export is gone' };
      if (request.ready_at) return { skipped: 'prepared already' };
      const rows = await manager.sql<{ archive: string | null }[]>`
        SELECT jsonb_pretty(jsonb_build_object(
          'format', ${dataExportFormat}::text, 'exportedAt', now(),
          'profile', jsonb_build_object('id', u.id, 'email', u.email, 'fullName', u.full_name,
            'role', u.role, 'language', u.language, 'timeZone', u.time_zone, 'orcidId', u.orcid_id,
            'createdAt', u.created_at, 'emailVerifiedAt', u.email_verified_at,
            'hasPassword', u.password_hash IS NOT NULL),
          'organization', (SELECT to_jsonb(o) - 'invite_code' FROM organizations o
            WHERE o.id = u.organization_id),
          'needs', (SELECT COALESCE(jsonb_agg(to_jsonb(n) - 'search_document' - 'change_xid'
              - 'expiry_notice_for' ORDER BY n.created_at), '[]')
            FROM needs n WHERE n.author_id = u.id),
          'capabilities', (SELECT COALESCE(jsonb_agg(to_jsonb(c) - 'search_document' - 'change_xid'
              - 'expiry_notice_for' ORDER BY c.created_at), '[]')
            FROM capabilities c WHERE c.author_id = u.id),
          'matches', (SELECT COALESCE(jsonb_agg(jsonb_build_object(
              'id', m.id, 'status', m.status, 'score', m.score, 'createdAt', m.created_at,
              'introducedAt', m.introduced_at, 'yourSide', side.name,
              'yourPosting', CASE WHEN side.firm THEN jsonb_build_object('kind', 'need', 'id', n.id, 'title', n.title)
                ELSE jsonb_build_object('kind', 'capability', 'id', c.id, 'title', c.title) END,
              'otherPosting', CASE WHEN side.firm THEN jsonb_build_object('kind', 'capability', 'id', c.id, 'title', c.title)
                ELSE jsonb_build_object('kind', 'need', 'id', n.id, 'title', n.title) END,
              'otherOrganization', CASE WHEN m.introduced_at IS NOT NULL THEN
                (SELECT other.name FROM organizations other
                 WHERE other.id = CASE WHEN side.firm THEN c.organization_id ELSE n.organization_id END) END,
              'reason', CASE WHEN side.firm THEN m.reason_for_firm ELSE m.reason_for_researcher END,
              'yourResponse', CASE WHEN side.firm THEN m.firm_response ELSE m.researcher_response END)
              ORDER BY m.created_at), '[]')
            FROM matches m JOIN needs n ON n.id = m.need_id JOIN capabilities c ON c.id = m.capability_id
            CROSS JOIN LATERAL (SELECT n.author_id = u.id AS firm,
              CASE WHEN n.author_id = u.id THEN 'firm' ELSE 'researcher' END AS name) side
            WHERE n.author_id = u.id OR c.author_id = u.id),
          'meetings', (SELECT COALESCE(jsonb_agg(jsonb_build_object('matchId', mt.match_id,
              'status', mt.status, 'proposedTimes', mt.proposed_times, 'startsAt', mt.starts_at,
              'durationMinutes', mt.duration_minutes, 'online', mt.online, 'location', mt.location,
              'proposedByYou', mt.proposed_by = u.id, 'createdAt', mt.created_at)
              ORDER BY mt.created_at), '[]')
            FROM meetings mt JOIN matches m ON m.id = mt.match_id JOIN needs n ON n.id = m.need_id
              JOIN capabilities c ON c.id = m.capability_id
            WHERE n.author_id = u.id OR c.author_id = u.id OR mt.proposed_by = u.id),
          'matchActions', (SELECT COALESCE(jsonb_agg(jsonb_build_object('matchId', e.match_id,
              'action', e.action, 'from', e.from_status, 'to', e.to_status, 'reason', e.reason,
              'note', e.note, 'at', e.created_at) ORDER BY e.created_at), '[]')
            FROM match_events e WHERE e.actor_id = u.id),
          'notifications', (SELECT COALESCE(jsonb_agg(jsonb_build_object('event', x.event,
              'subject', x.subject_title, 'matchId', x.match_id, 'needId', x.need_id,
              'capabilityId', x.capability_id, 'meetingId', x.meeting_id,
              'createdAt', x.created_at, 'readAt', x.read_at,
              'email', x.email_frequency, 'emailedAt', x.emailed_at) ORDER BY x.created_at), '[]')
            FROM notifications x WHERE x.user_id = u.id),
          'emailsSent', jsonb_build_object(
            'account', (SELECT COALESCE(jsonb_agg(jsonb_build_object('kind', a.kind,
                'createdAt', a.created_at, 'emailedAt', a.emailed_at, 'failedAt', a.email_failed_at,
                'linkExpiresAt', a.expires_at, 'linkUsedAt', a.used_at) ORDER BY a.created_at), '[]')
              FROM account_emails a WHERE a.user_id = u.id),
            'digests', (SELECT COALESCE(jsonb_agg(jsonb_build_object('frequency', d.frequency,
                'period', d.period, 'emailedAt', d.emailed_at, 'failedAt', d.email_failed_at)
                ORDER BY d.created_at), '[]')
              FROM email_digests d WHERE d.user_id = u.id)),
          'sessions', (SELECT COALESCE(jsonb_agg(jsonb_build_object('session', t.family_id,
              'createdAt', t.created_at, 'expiresAt', t.expires_at, 'usedAt', t.used_at,
              'revokedAt', t.revoked_at) ORDER BY t.created_at), '[]')
            FROM refresh_tokens t WHERE t.user_id = u.id),
          'consents', jsonb_build_object(
            'legalTexts', (SELECT COALESCE(jsonb_agg(jsonb_build_object('document', l.document,
                'version', l.version, 'language', l.language, 'acceptedAt', l.accepted_at)
                ORDER BY l.accepted_at), '[]')
              FROM legal_acceptances l WHERE l.user_id = u.id),
            'emailNotifications', (SELECT COALESCE(jsonb_agg(jsonb_build_object('event', p.event,
                'frequency', p.frequency, 'consentedAt', p.consented_at) ORDER BY p.event), '[]')
              FROM notification_preferences p WHERE p.user_id = u.id)),
          'uploads', (SELECT COALESCE(jsonb_agg(jsonb_build_object('name', f.name,
              'createdAt', f.created_at, 'expiresAt', f.expires_at) ORDER BY f.created_at), '[]')
            FROM uploads f WHERE f.user_id = u.id),
          'dataExports', (SELECT COALESCE(jsonb_agg(jsonb_build_object('requestedAt', r.requested_at,
              'readyAt', r.ready_at, 'downloadedAt', r.downloaded_at) ORDER BY r.requested_at), '[]')
            FROM data_exports r WHERE r.user_id = u.id)
        ))::text AS archive
        FROM users u WHERE u.id = ${request.user_id}::uuid`;
      const [{ archive }] = present(rows, 'archive');
      const content: Buffer = gzipSync(archive);
      await manager.sql`UPDATE data_exports SET archive = ${content}, ready_at = now()
        WHERE id = ${exportId}::uuid`;
      await recordAccountEmail(manager, request.user_id, AccountEmailKind.DATA_EXPORT_READY);
      this.logger.info({ exportId, bytes: content.length }, 'data export prepared');
      return { bytes: content.length };
    });
  }
}
