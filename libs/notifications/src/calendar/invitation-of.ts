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
      firm_organization: string;
      firm_person: string | null;
      firm_email: string | null;
      researcher_organization: string;
      researcher_person: string | null;
      researcher_email: string | null;
    }[]
  >`
    SELECT mt.id, mt.match_id, mt.status, mt.sequence, mt.starts_at, mt.duration_minutes,
      mt.online, mt.location, n.title AS need_title,
      CASE reader.organization_id WHEN n.organization_id THEN 'firm'
        WHEN c.organization_id THEN 'researcher' END AS reader_side,
      reader.language, reader.time_zone,
      fo.name AS firm_organization,
      CASE WHEN fu.erased_at IS NULL THEN fu.full_name END AS firm_person,
      CASE WHEN fu.erased_at IS NULL THEN fu.email END AS firm_email,
      ro.name AS researcher_organization,
      CASE WHEN ru.erased_at IS NULL THEN ru.full_name END AS researcher_person,
      CASE WHEN ru.erased_at IS NULL THEN ru.email END AS researcher_email
    FROM meetings mt JOIN matches m ON m.id = mt.match_id
      JOIN needs n ON n.id = m.need_id JOIN users fu ON fu.id = n.author_id
      JOIN organizations fo ON fo.id = n.organization_id
      JOIN capabilities c ON c.id = m.capability_id JOIN users ru ON ru.id = c.author_id
      JOIN organizations ro ON ro.id = c.organization_id
      JOIN users reader ON reader.id = ${userId}::uuid
    WHERE mt.id = ${meetingId}::uuid`;
  if (!row?.starts_at || !row.reader_side) return undefined;
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
    firm: { organization: row.firm_organization, person: row.firm_person, email: row.firm_email },
    researcher: {
      organization: row.researcher_organization,
      person: row.researcher_person,
      email: row.researcher_email,
    },
    needTitle: row.need_title,
    link: `${appUrl}/matches/${row.match_id}`,
    sender,
  });
}
