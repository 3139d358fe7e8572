/** The GraphQL operations the tests use, written as a client would write them. */
export const needFields = `
  id title summary description technologyKeywords marketKeywords sectors trlMin trlMax
  collaborationTypes budget { min max currency } deadline language visibility status closeReason
  publishedAt closedAt expiresAt version isOwn createdAt updatedAt organization { id name city }`;

export const capabilityFields = `
  id title summary description expertiseKeywords methods equipment sectors trl iprStatus team publications
  collaborationTypes language visibility status closeReason publishedAt version isOwn organization { id name city }`;

export const matchFields = `id score factors { name value weight contribution } reasonForFirm reasonForResearcher
  matchedTerms engineVersion status dueAt createdAt updatedAt`;

export const authFields = `accessToken refreshToken user { id email role organization { id name inviteCode } }`;

const meetingFields = `id matchId status proposedBy proposedTimes startsAt endsAt durationMinutes
  online location sequence followUpAskedAt viewerCan { accept propose cancel report }`;

export const ops = {
  signUp: `mutation($input: SignUpInput!) { signUp(input: $input) }`,
  eraseMyAccount: `mutation($input: EraseMyAccountInput!) {
    eraseMyAccount(input: $input) { id userId erasedBy erasedAt removed { kind count } } }`,
  eraseOrganization: `mutation($id: ID!, $dryRun: Boolean) {
    eraseOrganization(id: $id, dryRun: $dryRun) { organizationId name dryRun erasedAt
      people { id fullName email role } deletedPostings { kind id title }
      anonymisedPostings { kind id title } clusterMemberships researchDrafts } }`,
  eraseUser: `mutation($id: ID!) { eraseUser(id: $id) { id userId erasedBy erasedAt removed { kind count } } }`,
  verifyEmail: `mutation($token: String!) { verifyEmail(token: $token) { ${authFields} } }`,
  resendVerificationEmail: `mutation($email: String!) { resendVerificationEmail(email: $email) }`,
  requestPasswordReset: `mutation($email: String!) { requestPasswordReset(email: $email) }`,
  memberImportPlan: `query($clusterId: ID!, $uploadId: ID!) {
    memberImportPlan(clusterId: $clusterId, uploadId: $uploadId) {
      fileName rowCount organizationsToCreate organizationsToUpdate organizationsToJoin peopleToInvite
      problems { row column code }
      rows { row organizationName city organizationAction changes joinsCluster email personAction } } }`,
  importMembers: `mutation($clusterId: ID!, $uploadId: ID!) {
    importMembers(clusterId: $clusterId, uploadId: $uploadId) {
      organizationsCreated organizationsUpdated organizationsJoined peopleInvited } }`,
  invitations: `query($clusterId: ID!) {
    invitations(clusterId: $clusterId) { userId email fullName role language organizationName sentAt expiresAt emailFailed } }`,
  resendInvitation: `mutation($userId: ID!) { resendInvitation(userId: $userId) { userId email sentAt } }`,
  resetPassword: `mutation($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) { ${authFields} } }`,
  changePassword: `mutation($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) }`,
  signOutEverywhere: `mutation { signOutEverywhere }`,
  signIn: `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { ${authFields} } }`,
  refreshSession: `mutation($token: String!) { refreshSession(refreshToken: $token) { ${authFields} } }`,
  signOut: `mutation { signOut }`,
  me: `query { me { id email role fullName organization { id name inviteCode } } }`,
  legalTexts: `query($language: Language!) { legalTexts(language: $language) { document language version body } }`,
  acceptLegalDocuments: `mutation($input: AcceptLegalDocumentsInput!) {
    acceptLegalDocuments(input: $input) { id legalDocumentsToAccept } }`,
  legalDocumentsToAccept: `query { me { id legalDocumentsToAccept } }`,
  requestDataExport: `mutation { requestDataExport { id requestedAt readyAt downloadedAt } }`,
  dataExports: `query { dataExports { id requestedAt readyAt downloadedAt } }`,
  downloadDataExport: `mutation($token: String!) { downloadDataExport(token: $token) { fileName json } }`,
  updateProfile: `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id fullName language } }`,
  users: `query($role: UserRole) { users(role: $role) { id email role } }`,

  createNeed: `mutation($input: CreateNeedInput!) { createNeed(input: $input) { ${needFields} } }`,
  updateNeed: `mutation($id: ID!, $input: UpdateNeedInput!) { updateNeed(id: $id, input: $input) { ${needFields} } }`,
  publishNeed: `mutation($id: ID!) { publishNeed(id: $id) { ${needFields} } }`,
  pauseNeed: `mutation($id: ID!) { pauseNeed(id: $id) { ${needFields} } }`,
  closeNeed: `mutation($id: ID!, $reason: CloseReason!) { closeNeed(id: $id, reason: $reason) { ${needFields} } }`,
  need: `query($id: ID!) { need(id: $id) { ${needFields} } }`,
  needs: `query($filter: NeedFilter, $first: Int, $after: String) {
    needs(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${needFields} } } } }`,

  createCapability: `mutation($input: CreateCapabilityInput!) { createCapability(input: $input) { ${capabilityFields} } }`,
  updateCapability: `mutation($id: ID!, $input: UpdateCapabilityInput!) { updateCapability(id: $id, input: $input) { ${capabilityFields} } }`,
  publishCapability: `mutation($id: ID!) { publishCapability(id: $id) { ${capabilityFields} } }`,
  pauseCapability: `mutation($id: ID!) { pauseCapability(id: $id) { ${capabilityFields} } }`,
  closeCapability: `mutation($id: ID!, $reason: CloseReason!) { closeCapability(id: $id, reason: $reason) { ${capabilityFields} } }`,
  capability: `query($id: ID!) { capability(id: $id) { ${capabilityFields} } }`,
  capabilities: `query($filter: CapabilityFilter, $first: Int, $after: String) {
    capabilities(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${capabilityFields} } } } }`,

  matchesForNeed: `query($needId: ID!, $first: Int, $after: String) {
    matchesForNeed(needId: $needId, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { ${matchFields} capability { id title organization { id } } } } } }`,
  myMatches: `query($status: [MatchStatus!]) {
    myMatches(status: $status) {
      edges { node { ${matchFields} firmResponse researcherResponse need { id } capability { id } } } } }`,
  matchesForCapability: `query($capabilityId: ID!, $first: Int) {
    matchesForCapability(capabilityId: $capabilityId, first: $first) {
      totalCount edges { node { ${matchFields} need { id title organization { id } } } } } }`,

  match: `query($id: ID!) { match(id: $id) { ${matchFields}
    history { action fromStatus toStatus reason note actorId actorRole actorName actorErased }
    firmContact { organization person email message } researcherContact { organization person email message } } }`,
  reviewQueue: `query($clusterId: ID, $status: [MatchStatus!], $userInitiated: Boolean, $first: Int,
      $after: String, $orderBy: ReviewQueueOrder, $ids: [ID!], $sectors: [String!], $city: String,
      $minAgeDays: Int, $dueBefore: DateTime, $postingId: ID) {
    reviewQueue(clusterId: $clusterId, status: $status, userInitiated: $userInitiated, first: $first,
      after: $after, orderBy: $orderBy, ids: $ids, sectors: $sectors, city: $city, minAgeDays: $minAgeDays,
      dueBefore: $dueBefore, postingId: $postingId) {
      totalCount edges { node { id score status createdAt dueAt need { id } capability { id } } }
      pageInfo { hasNextPage endCursor } } }`,
  approveMatch: `mutation($id: ID!, $note: String) { approveMatch(id: $id, note: $note) { id status } }`,
  rejectMatch: `mutation($id: ID!, $reason: DeclineReason!, $note: String) {
    rejectMatch(id: $id, reason: $reason, note: $note) { id status } }`,
  approveMatches: `mutation($ids: [ID!]!) { approveMatches(ids: $ids) { id match { status } error { code message } } }`,
  rejectMatches: `mutation($ids: [ID!]!, $reason: DeclineReason!, $note: String) {
    rejectMatches(ids: $ids, reason: $reason, note: $note) { id match { status } error { code message } } }`,
  respondToMatch: `mutation($id: ID!, $interested: Boolean!, $reason: DeclineReason, $message: String) {
    respondToMatch(id: $id, interested: $interested, reason: $reason, message: $message) {
      id status firmContact { email message } researcherContact { email message } } }`,

  expressInterest: `mutation($needId: ID!, $capabilityId: ID!, $message: String) {
    expressInterest(needId: $needId, capabilityId: $capabilityId, message: $message) {
      id status userInitiated interestMessage score } }`,
  recordOutcome: `mutation($matchId: ID!, $outcome: MatchOutcome!, $agreementType: CollaborationType, $note: String) {
    recordOutcome(matchId: $matchId, outcome: $outcome, agreementType: $agreementType, note: $note) {
      id status outcome agreementType } }`,

  proposeMeeting: `mutation($input: ProposeMeetingInput!) { proposeMeeting(input: $input) {
    ${meetingFields} } }`,
  acceptMeetingTime: `mutation($meetingId: ID!, $startsAt: DateTime!) {
    acceptMeetingTime(meetingId: $meetingId, startsAt: $startsAt) { ${meetingFields} } }`,
  cancelMeeting: `mutation($meetingId: ID!) { cancelMeeting(meetingId: $meetingId) { ${meetingFields} } }`,
  reportMeeting: `mutation($meetingId: ID!, $held: Boolean!) {
    reportMeeting(meetingId: $meetingId, held: $held) { ${meetingFields} } }`,
  upcomingMeetings: `query($clusterId: ID) { upcomingMeetings(clusterId: $clusterId) {
    ${meetingFields} match { id need { title } } } }`,
  matchMeetings: `query($id: ID!) { match(id: $id) { id outcome viewerCan { meet }
    meetings { ${meetingFields} invitation } } }`,

  clusterStats: `query($clusterId: ID!, $from: DateTime, $to: DateTime) {
    clusterStats(clusterId: $clusterId, from: $from, to: $to) {
      needsPosted capabilitiesPosted matchesProposed matchesApproved matchesRejected matchesExpired
      rejectedByReason { key count } matchesIntroduced agreements medianHoursToDecision
      medianHoursToIntroduction unmatchedNeeds unmatchedBySector { key count }
      unmatchedByCity { key count } unmatchedByTrl { key count } } }`,

  notifications: `query($unreadOnly: Boolean, $first: Int) {
    notifications(unreadOnly: $unreadOnly, first: $first) {
      totalCount edges { node { id event matchId needId capabilityId path title body readAt } } } }`,
  unreadNotificationCount: `query { unreadNotificationCount }`,
  markNotificationsRead: `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
  notificationPreferences: `query { notificationPreferences { timeZone events { event frequency consentedAt } } }`,
  updateNotificationPreferences: `mutation($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) { timeZone events { event frequency consentedAt } } }`,
  failedEmails: `query($first: Int) { failedEmails(first: $first) { id kind event userId recipient error failedAt } }`,
  retryFailedEmails: `mutation($ids: [ID!]!) { retryFailedEmails(ids: $ids) }`,
  notificationReceived: `subscription { notificationReceived { id event matchId needId title } }`,
  updateClusterSettings: `mutation($clusterId: ID!, $input: ClusterSettingsInput!) {
    updateClusterSettings(clusterId: $clusterId, input: $input) {
      id stepDeadlineDays matchThreshold matchTopK } }`,

  createCluster: `mutation($input: CreateClusterInput!) { createCluster(input: $input) { id name regions } }`,
  appointCoordinator: `mutation($clusterId: ID!, $userId: ID!) {
    appointCoordinator(clusterId: $clusterId, userId: $userId) { id coordinators { id } } }`,
  addClusterMember: `mutation($clusterId: ID!, $organizationId: ID!) {
    addClusterMember(clusterId: $clusterId, organizationId: $organizationId) { id members { id name } } }`,
  clusters: `query { clusters { id name members { id } coordinators { id } } }`,
  cluster: `query($id: ID!) { cluster(id: $id) { id name } }`,
  organizations: `query($filter: OrganizationFilter, $first: Int, $after: String) {
    organizations(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id name kind city inviteCode } } } }`,
  organization: `query($id: ID!) { organization(id: $id) { id name inviteCode } }`,
};
