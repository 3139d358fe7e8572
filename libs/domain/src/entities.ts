import { CapabilityEntity } from './capabilities/capability.entity';
import { ClusterCoordinatorEntity } from './clusters/cluster-coordinator.entity';
import { ClusterMemberEntity } from './clusters/cluster-member.entity';
import { ClusterEntity } from './clusters/cluster.entity';
import { MemberImportEntity } from './imports/member-import.entity';
import { UploadEntity } from './imports/upload.entity';
import { InstitutionImportEntity } from './imports/institution-import.entity';
import { ResearchDraftEntity } from './imports/research-draft.entity';
import { IdempotencyKeyEntity } from './idempotency/idempotency-key.entity';
import { LegalAcceptanceEntity } from './legal/legal-acceptance.entity';
import { MatchEventEntity } from './matches/match-event.entity';
import { MatchEntity } from './matches/match.entity';
import { NeedEntity } from './needs/need.entity';
import { EmailDigestEntity } from './notifications/email-digest.entity';
import { NotificationPreferenceEntity } from './notifications/notification-preference.entity';
import { NotificationEntity } from './notifications/notification.entity';
import { OrganizationEntity } from './organizations/organization.entity';
import { OutboxEventEntity } from './outbox/outbox-event.entity';
import { OrcidSignInEntity } from './users/orcid-sign-in.entity';
import { DataExportEntity } from './users/data-export.entity';
import { MeetingEntity } from './meetings/meeting.entity';
import { AccountErasureEntity } from './users/account-erasure.entity';
import { AccountEmailEntity } from './users/account-email.entity';
import { RefreshTokenEntity } from './users/refresh-token.entity';
import { UserEntity } from './users/user.entity';

/** Listed as classes: the bundled apps cannot glob for entity files. */
export const entities = [
  OrganizationEntity,
  UserEntity,
  RefreshTokenEntity,
  ClusterEntity,
  ClusterMemberEntity,
  ClusterCoordinatorEntity,
  NeedEntity,
  CapabilityEntity,
  OutboxEventEntity,
  MatchEntity,
  MatchEventEntity,
  MeetingEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  EmailDigestEntity,
  AccountEmailEntity,
  LegalAcceptanceEntity,
  DataExportEntity,
  AccountErasureEntity,
  IdempotencyKeyEntity,
  UploadEntity,
  MemberImportEntity,
  OrcidSignInEntity,
  InstitutionImportEntity,
  ResearchDraftEntity,
];
