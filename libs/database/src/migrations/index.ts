import { Initial1764162000000 } from './1764162000000-initial';
import { Matches1764180000000 } from './1764180000000-matches';
import { MatchReview1764190000000 } from './1764190000000-match-review';
import { Notifications1764200000000 } from './1764200000000-notifications';
import { DeadlinesAndPreferences1764210000000 } from './1764210000000-deadlines-and-preferences';
import { PolishSearchKeys1764220000000 } from './1764220000000-polish-search-keys';
import { AccountEmails1764230000000 } from './1764230000000-account-emails';
import { PipelineAtScale1764240000000 } from './1764240000000-pipeline-at-scale';
import { SearchStatistics1764250000000 } from './1764250000000-search-statistics';
import { IdempotencyKeys1764260000000 } from './1764260000000-idempotency-keys';
import { AnonymousPlaces1764270000000 } from './1764270000000-anonymous-places';
import { CrossLingualSearch1764280000000 } from './1764280000000-cross-lingual-search';
import { ProposalNotices1764290000000 } from './1764290000000-proposal-notices';
import { OrganizationRegistryIds1764300000000 } from './1764300000000-organization-registry-ids';
import { ResearchProfiles1764320000000 } from './1764320000000-research-profiles';
import { MatchCoordinators1764330000000 } from './1764330000000-match-coordinators';
import { EnumChecks1764340000000 } from './1764340000000-enum-checks';
import { OutboxNotify1764350000000 } from './1764350000000-outbox-notify';
import { ForeignKeyIndexes1764360000000 } from './1764360000000-foreign-key-indexes';
import { LegalAcceptances1764370000000 } from './1764370000000-legal-acceptances';
import { EmailConsent1764380000000 } from './1764380000000-email-consent';
import { DataExports1764390000000 } from './1764390000000-data-exports';
import { AccountErasures1764400000000 } from './1764400000000-account-erasures';
import { OrganizationErasures1764410000000 } from './1764410000000-organization-erasures';
import { LegalDocumentsDue1764420000000 } from './1764420000000-legal-documents-due';
import { Meetings1764430000000 } from './1764430000000-meetings';
import { MemberImports1764310000000 } from './1764310000000-member-imports';

/** In order of application; listed as classes because the apps are bundled. */
export const migrations = [
  Initial1764162000000,
  Matches1764180000000,
  MatchReview1764190000000,
  Notifications1764200000000,
  DeadlinesAndPreferences1764210000000,
  PolishSearchKeys1764220000000,
  AccountEmails1764230000000,
  PipelineAtScale1764240000000,
  SearchStatistics1764250000000,
  IdempotencyKeys1764260000000,
  AnonymousPlaces1764270000000,
  CrossLingualSearch1764280000000,
  ProposalNotices1764290000000,
  OrganizationRegistryIds1764300000000,
  MemberImports1764310000000,
  ResearchProfiles1764320000000,
  MatchCoordinators1764330000000,
  EnumChecks1764340000000,
  OutboxNotify1764350000000,
  ForeignKeyIndexes1764360000000,
  LegalAcceptances1764370000000,
  EmailConsent1764380000000,
  DataExports1764390000000,
  AccountErasures1764400000000,
  OrganizationErasures1764410000000,
  LegalDocumentsDue1764420000000,
  Meetings1764430000000,
];

/** Removes the place from stored anonymous matches; exported so a test can run it on them. */
export { AnonymousPlaces1764270000000 };

/** Rebuilds search documents; exported so a test can run it on data stored before it. */
export { PolishSearchKeys1764220000000 };
