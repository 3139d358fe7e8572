import { loadMatchParties } from '@app/database';
import { Language, MeetingStatus } from '@app/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { type MeetingInvitation, meetingInvitation } from './meeting-invitation';

/** Where the invitation points and who sends it. */
export interface InvitationSettings {
  appUrl: string;
  sender: string;
}

/**
 * The calendar file of a meeting for one person of either side: the event as it stands (a
 * cancellation once cancelled), in their language and time zone. Undefined while no time was
 * ever picked, or for someone on neither side. The api offers it for download and the worker
 * attaches it to the meeting's e-mails, so both give the same file.
 */
export async function invitationOf(
  db: DataSource | EntityManager,
  meetingId: string,
  userId: string,
  { appUrl, sender }: InvitationSettings,
): Promise<MeetingInvitation | undefined> {
  const [row] = await db.sql<
    {
      id: string;
      match_id: string;
      status: MeetingStatus;
      sequence: number;
      starts_at: Date | null;
      duration_minutes: number;
      online: boolean;
      location: string;
      need_title: string;
      reader_side: 'firm' | 'researcher' | null;
      language: Language;
      time_zone: string;
    }[]
  >`
    SELECT mt.id, mt.match_id, mt.status, mt.sequence, mt.starts_at, mt.duration_minutes,
      mt.online, mt.location, n.title AS need_title,
      CASE reader.organization_id WHEN n.organization_id THEN 'firm'
        WHEN c.organization_id THEN 'researcher' END AS reader_side,
      reader.language, reader.time_zone
    FROM meetings mt JOIN matches m ON m.id = mt.match_id
      JOIN needs n ON n.id = m.need_id JOIN capabilities c ON c.id = m.capability_id
      JOIN users reader ON reader.id = ${userId}::uuid
    WHERE mt.id = ${meetingId}::uuid`;
  if (!row?.starts_at || !row.reader_side) return undefined;
  const [parties] = await loadMatchParties(db, [row.match_id]);
  return meetingInvitation({
    meeting: {
      id: row.id,
      sequence: row.sequence,
      startsAt: row.starts_at,
      durationMinutes: row.duration_minutes,
      online: row.online,
      location: row.location,
    },
    cancelled: row.status === MeetingStatus.CANCELLED,
    reader: {
      language: row.language === Language.en ? Language.en : Language.pl,
      timeZone: row.time_zone,
      side: row.reader_side,
    },
    firm: parties!.firm,
    researcher: parties!.researcher,
    needTitle: row.need_title,
    link: `${appUrl}/matches/${row.match_id}`,
    sender,
  });
}
