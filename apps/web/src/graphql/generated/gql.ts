/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AdminClusters {\n    clusters {\n      id\n      name\n      regions\n      createdAt\n      coordinators {\n        id\n        fullName\n        email\n      }\n      members {\n        id\n      }\n    }\n  }\n": typeof types.AdminClustersDocument,
    "\n  mutation CreateCluster($input: CreateClusterInput!) {\n    createCluster(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateClusterDocument,
    "\n  mutation AppointCoordinator($clusterId: ID!, $userId: ID!) {\n    appointCoordinator(clusterId: $clusterId, userId: $userId) {\n      id\n      coordinators {\n        id\n        fullName\n        email\n      }\n    }\n  }\n": typeof types.AppointCoordinatorDocument,
    "\n  query AdminUsers($role: UserRole, $email: String) {\n    users(role: $role, email: $email) {\n      id\n      fullName\n      email\n      role\n      language\n      createdAt\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query AdminOrganizations($filter: OrganizationFilter, $after: String) {\n    organizations(first: 50, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          city\n          region\n          size\n          createdAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AdminOrganizationsDocument,
    "\n  query FailedEmails {\n    failedEmails(first: 100) {\n      id\n      kind\n      event\n      recipient\n      error\n      failedAt\n    }\n  }\n": typeof types.FailedEmailsDocument,
    "\n  mutation RetryFailedEmails($ids: [ID!]!) {\n    retryFailedEmails(ids: $ids)\n  }\n": typeof types.RetryFailedEmailsDocument,
    "\n  query ClusterSettings($id: ID!) {\n    cluster(id: $id) {\n      id\n      name\n      stepDeadlineDays\n      matchThreshold\n      matchTopK\n      platformDefaults {\n        matchThreshold\n        matchTopK\n        stepDeadlineDays\n      }\n      members {\n        id\n        name\n        kind\n        city\n      }\n    }\n  }\n": typeof types.ClusterSettingsDocument,
    "\n  mutation UpdateClusterSettings($clusterId: ID!, $input: ClusterSettingsInput!) {\n    updateClusterSettings(clusterId: $clusterId, input: $input) {\n      id\n      stepDeadlineDays\n      matchThreshold\n      matchTopK\n    }\n  }\n": typeof types.UpdateClusterSettingsDocument,
    "\n  query OrganizationSearch($name: String) {\n    organizations(first: 20, filter: { name: $name }) {\n      edges {\n        node {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n": typeof types.OrganizationSearchDocument,
    "\n  mutation AddClusterMember($clusterId: ID!, $organizationId: ID!) {\n    addClusterMember(clusterId: $clusterId, organizationId: $organizationId) {\n      id\n      members {\n        id\n        name\n        kind\n        city\n      }\n    }\n  }\n": typeof types.AddClusterMemberDocument,
    "\n  query ClusterStats($clusterId: ID!, $from: DateTime, $to: DateTime) {\n    clusterStats(clusterId: $clusterId, from: $from, to: $to) {\n      needsPosted\n      capabilitiesPosted\n      matchesProposed\n      matchesApproved\n      matchesRejected\n      matchesExpired\n      matchesIntroduced\n      agreements\n      medianHoursToDecision\n      medianHoursToIntroduction\n      unmatchedNeeds\n      rejectedByReason {\n        key\n        count\n      }\n      unmatchedBySector {\n        key\n        count\n      }\n      unmatchedByCity {\n        key\n        count\n      }\n      unmatchedByTrl {\n        key\n        count\n      }\n    }\n  }\n": typeof types.ClusterStatsDocument,
    "\n  fragment ReviewRowFields on Match {\n    id\n    score\n    status\n    createdAt\n    dueAt\n    userInitiated\n    need {\n      id\n      title\n      sectors\n      organization {\n        id\n        name\n        city\n      }\n    }\n    capability {\n      id\n      title\n      sectors\n      organization {\n        id\n        name\n        city\n      }\n    }\n  }\n": typeof types.ReviewRowFieldsFragmentDoc,
    "\n  query ReviewQueue(\n    $clusterId: ID\n    $status: [MatchStatus!]\n    $minScore: Float\n    $maxScore: Float\n    $sectors: [String!]\n    $city: String\n    $minAgeDays: Int\n    $dueBefore: DateTime\n    $userInitiated: Boolean\n    $after: String\n  ) {\n    reviewQueue(\n      first: 50\n      after: $after\n      clusterId: $clusterId\n      status: $status\n      minScore: $minScore\n      maxScore: $maxScore\n      sectors: $sectors\n      city: $city\n      minAgeDays: $minAgeDays\n      dueBefore: $dueBefore\n      userInitiated: $userInitiated\n    ) {\n      totalCount\n      edges {\n        node {\n          ...ReviewRowFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  query MyClusters {\n    clusters {\n      id\n      name\n    }\n  }\n": typeof types.MyClustersDocument,
    "\n  mutation ApproveMatches($ids: [ID!]!, $note: String) {\n    approveMatches(ids: $ids, note: $note) {\n      id\n      error {\n        code\n        message\n      }\n      match {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ApproveMatchesDocument,
    "\n  mutation RejectMatches($ids: [ID!]!, $reason: DeclineReason!, $note: String) {\n    rejectMatches(ids: $ids, reason: $reason, note: $note) {\n      id\n      error {\n        code\n        message\n      }\n      match {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RejectMatchesDocument,
    "\n  mutation UpdateLanguage($language: Language!) {\n    updateProfile(input: { language: $language }) {\n      id\n      language\n    }\n  }\n": typeof types.UpdateLanguageDocument,
    "\n  fragment MatchSummaryFields on Match {\n    id\n    score\n    status\n    firmResponse\n    researcherResponse\n    dueAt\n    createdAt\n    userInitiated\n    reasonForFirm\n    reasonForResearcher\n    need {\n      id\n      title\n      isOwn\n      organization {\n        id\n        name\n      }\n    }\n    capability {\n      id\n      title\n      isOwn\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MatchSummaryFieldsFragmentDoc,
    "\n  query MatchesForNeed($needId: ID!, $after: String) {\n    matchesForNeed(needId: $needId, after: $after, first: 20) {\n      edges {\n        node {\n          ...MatchSummaryFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MatchesForNeedDocument,
    "\n  query MatchesForCapability($capabilityId: ID!, $after: String) {\n    matchesForCapability(capabilityId: $capabilityId, after: $after, first: 20) {\n      edges {\n        node {\n          ...MatchSummaryFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MatchesForCapabilityDocument,
    "\n  query MyMatches($status: [MatchStatus!]) {\n    myMatches(status: $status, first: 10) {\n      edges {\n        node {\n          ...MatchSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.MyMatchesDocument,
    "\n  query Match($id: ID!) {\n    match(id: $id) {\n      ...MatchSummaryFields\n      matchedTerms\n      outcome\n      agreementType\n      interestMessage\n      factors {\n        name\n        value\n        weight\n        contribution\n      }\n      firmContact {\n        person\n        organization\n        email\n      }\n      researcherContact {\n        person\n        organization\n        email\n      }\n      history {\n        id\n        action\n        fromStatus\n        toStatus\n        note\n        reason\n        createdAt\n        actorId\n      }\n      need {\n        id\n        title\n        summary\n        description\n        technologyKeywords\n        sectors\n        trlMin\n        trlMax\n        visibility\n      }\n      capability {\n        id\n        title\n        summary\n        description\n        expertiseKeywords\n        sectors\n        trl\n        visibility\n      }\n    }\n  }\n": typeof types.MatchDocument,
    "\n  mutation RespondToMatch(\n    $id: ID!\n    $interested: Boolean!\n    $reason: DeclineReason\n    $message: String\n  ) {\n    respondToMatch(id: $id, interested: $interested, reason: $reason, message: $message) {\n      id\n      status\n    }\n  }\n": typeof types.RespondToMatchDocument,
    "\n  mutation RecordOutcome(\n    $matchId: ID!\n    $outcome: MatchOutcome!\n    $agreementType: CollaborationType\n    $note: String\n  ) {\n    recordOutcome(\n      matchId: $matchId\n      outcome: $outcome\n      agreementType: $agreementType\n      note: $note\n    ) {\n      id\n      status\n      outcome\n      agreementType\n    }\n  }\n": typeof types.RecordOutcomeDocument,
    "\n  mutation ExpressInterest($needId: ID!, $capabilityId: ID!, $message: String) {\n    expressInterest(needId: $needId, capabilityId: $capabilityId, message: $message) {\n      id\n    }\n  }\n": typeof types.ExpressInterestDocument,
    "\n  query UnreadCount {\n    notifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n  }\n": typeof types.UnreadCountDocument,
    "\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      title\n      body\n      event\n      matchId\n      createdAt\n      readAt\n    }\n  }\n": typeof types.NotificationReceivedDocument,
    "\n  query Notifications($after: String, $unreadOnly: Boolean) {\n    notifications(first: 20, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        node {\n          id\n          title\n          body\n          event\n          matchId\n          needId\n          capabilityId\n          createdAt\n          readAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      timeZone\n      events {\n        event\n        frequency\n      }\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      timeZone\n      events {\n        event\n        frequency\n      }\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  query Account {\n    me {\n      id\n      fullName\n      email\n      role\n      language\n      organization {\n        id\n        name\n        kind\n        city\n        region\n        country\n        inviteCode\n      }\n    }\n  }\n": typeof types.AccountDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Home($firm: Boolean!, $researcher: Boolean!) {\n    needs(first: 10, filter: { mine: true }) @include(if: $firm) {\n      edges {\n        node {\n          id\n          title\n          status\n          publishedAt\n          expiresAt\n        }\n      }\n    }\n    capabilities(first: 10, filter: { mine: true }) @include(if: $researcher) {\n      edges {\n        node {\n          id\n          title\n          status\n          publishedAt\n          expiresAt\n        }\n      }\n    }\n    waiting: myMatches(status: [APPROVED]) {\n      edges {\n        node {\n          ...MatchSummaryFields\n        }\n      }\n    }\n    fresh: myMatches(status: [PROPOSED, INTRODUCED]) {\n      edges {\n        node {\n          ...MatchSummaryFields\n        }\n      }\n    }\n    notifications(first: 5, unreadOnly: true) {\n      edges {\n        node {\n          id\n          title\n          createdAt\n          matchId\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n": typeof types.HomeDocument,
    "\n  fragment NeedFields on Need {\n    id\n    title\n    summary\n    status\n    visibility\n    sectors\n    trlMin\n    trlMax\n    collaborationTypes\n    language\n    createdAt\n    publishedAt\n    expiresAt\n    deadline\n    isOwn\n    version\n    budget {\n      min\n      max\n      currency\n    }\n    organization {\n      id\n      name\n      city\n      region\n    }\n  }\n": typeof types.NeedFieldsFragmentDoc,
    "\n  fragment CapabilityFields on Capability {\n    id\n    title\n    summary\n    status\n    visibility\n    sectors\n    trl\n    iprStatus\n    collaborationTypes\n    language\n    createdAt\n    publishedAt\n    expiresAt\n    isOwn\n    version\n    organization {\n      id\n      name\n      city\n      region\n    }\n  }\n": typeof types.CapabilityFieldsFragmentDoc,
    "\n  query Needs($filter: NeedFilter, $after: String, $first: Int! = 20) {\n    needs(filter: $filter, after: $after, first: $first) {\n      edges {\n        cursor\n        node {\n          ...NeedFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.NeedsDocument,
    "\n  query Capabilities($filter: CapabilityFilter, $after: String, $first: Int! = 20) {\n    capabilities(filter: $filter, after: $after, first: $first) {\n      edges {\n        cursor\n        node {\n          ...CapabilityFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CapabilitiesDocument,
    "\n  query Need($id: ID!) {\n    need(id: $id) {\n      ...NeedFields\n      description\n      technologyKeywords\n      marketKeywords\n      closeReason\n    }\n  }\n": typeof types.NeedDocument,
    "\n  query Capability($id: ID!) {\n    capability(id: $id) {\n      ...CapabilityFields\n      description\n      expertiseKeywords\n      methods\n      equipment\n      publications\n      team\n      closeReason\n    }\n  }\n": typeof types.CapabilityDocument,
    "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateNeedDocument,
    "\n  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {\n    updateNeed(id: $id, input: $input) {\n      ...NeedFields\n      description\n      technologyKeywords\n      marketKeywords\n    }\n  }\n": typeof types.UpdateNeedDocument,
    "\n  mutation CreateCapability($input: CreateCapabilityInput!) {\n    createCapability(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCapabilityDocument,
    "\n  mutation UpdateCapability($id: ID!, $input: UpdateCapabilityInput!) {\n    updateCapability(id: $id, input: $input) {\n      ...CapabilityFields\n      description\n      expertiseKeywords\n      methods\n      equipment\n      publications\n      team\n    }\n  }\n": typeof types.UpdateCapabilityDocument,
    "\n  mutation PublishNeed($id: ID!) {\n    publishNeed(id: $id) {\n      ...NeedFields\n    }\n  }\n": typeof types.PublishNeedDocument,
    "\n  mutation PauseNeed($id: ID!) {\n    pauseNeed(id: $id) {\n      ...NeedFields\n    }\n  }\n": typeof types.PauseNeedDocument,
    "\n  mutation CloseNeed($id: ID!, $reason: CloseReason!) {\n    closeNeed(id: $id, reason: $reason) {\n      ...NeedFields\n      closeReason\n    }\n  }\n": typeof types.CloseNeedDocument,
    "\n  mutation PublishCapability($id: ID!) {\n    publishCapability(id: $id) {\n      ...CapabilityFields\n    }\n  }\n": typeof types.PublishCapabilityDocument,
    "\n  mutation PauseCapability($id: ID!) {\n    pauseCapability(id: $id) {\n      ...CapabilityFields\n    }\n  }\n": typeof types.PauseCapabilityDocument,
    "\n  mutation CloseCapability($id: ID!, $reason: CloseReason!) {\n    closeCapability(id: $id, reason: $reason) {\n      ...CapabilityFields\n      closeReason\n    }\n  }\n": typeof types.CloseCapabilityDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      fullName\n      email\n      role\n      language\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ...SessionFields\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      ...SessionFields\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
};
const documents: Documents = {
    "\n  query AdminClusters {\n    clusters {\n      id\n      name\n      regions\n      createdAt\n      coordinators {\n        id\n        fullName\n        email\n      }\n      members {\n        id\n      }\n    }\n  }\n": types.AdminClustersDocument,
    "\n  mutation CreateCluster($input: CreateClusterInput!) {\n    createCluster(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateClusterDocument,
    "\n  mutation AppointCoordinator($clusterId: ID!, $userId: ID!) {\n    appointCoordinator(clusterId: $clusterId, userId: $userId) {\n      id\n      coordinators {\n        id\n        fullName\n        email\n      }\n    }\n  }\n": types.AppointCoordinatorDocument,
    "\n  query AdminUsers($role: UserRole, $email: String) {\n    users(role: $role, email: $email) {\n      id\n      fullName\n      email\n      role\n      language\n      createdAt\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query AdminOrganizations($filter: OrganizationFilter, $after: String) {\n    organizations(first: 50, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          city\n          region\n          size\n          createdAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AdminOrganizationsDocument,
    "\n  query FailedEmails {\n    failedEmails(first: 100) {\n      id\n      kind\n      event\n      recipient\n      error\n      failedAt\n    }\n  }\n": types.FailedEmailsDocument,
    "\n  mutation RetryFailedEmails($ids: [ID!]!) {\n    retryFailedEmails(ids: $ids)\n  }\n": types.RetryFailedEmailsDocument,
    "\n  query ClusterSettings($id: ID!) {\n    cluster(id: $id) {\n      id\n      name\n      stepDeadlineDays\n      matchThreshold\n      matchTopK\n      platformDefaults {\n        matchThreshold\n        matchTopK\n        stepDeadlineDays\n      }\n      members {\n        id\n        name\n        kind\n        city\n      }\n    }\n  }\n": types.ClusterSettingsDocument,
    "\n  mutation UpdateClusterSettings($clusterId: ID!, $input: ClusterSettingsInput!) {\n    updateClusterSettings(clusterId: $clusterId, input: $input) {\n      id\n      stepDeadlineDays\n      matchThreshold\n      matchTopK\n    }\n  }\n": types.UpdateClusterSettingsDocument,
    "\n  query OrganizationSearch($name: String) {\n    organizations(first: 20, filter: { name: $name }) {\n      edges {\n        node {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n": types.OrganizationSearchDocument,
    "\n  mutation AddClusterMember($clusterId: ID!, $organizationId: ID!) {\n    addClusterMember(clusterId: $clusterId, organizationId: $organizationId) {\n      id\n      members {\n        id\n        name\n        kind\n        city\n      }\n    }\n  }\n": types.AddClusterMemberDocument,
    "\n  query ClusterStats($clusterId: ID!, $from: DateTime, $to: DateTime) {\n    clusterStats(clusterId: $clusterId, from: $from, to: $to) {\n      needsPosted\n      capabilitiesPosted\n      matchesProposed\n      matchesApproved\n      matchesRejected\n      matchesExpired\n      matchesIntroduced\n      agreements\n      medianHoursToDecision\n      medianHoursToIntroduction\n      unmatchedNeeds\n      rejectedByReason {\n        key\n        count\n      }\n      unmatchedBySector {\n        key\n        count\n      }\n      unmatchedByCity {\n        key\n        count\n      }\n      unmatchedByTrl {\n        key\n        count\n      }\n    }\n  }\n": types.ClusterStatsDocument,
    "\n  fragment ReviewRowFields on Match {\n    id\n    score\n    status\n    createdAt\n    dueAt\n    userInitiated\n    need {\n      id\n      title\n      sectors\n      organization {\n        id\n        name\n        city\n      }\n    }\n    capability {\n      id\n      title\n      sectors\n      organization {\n        id\n        name\n        city\n      }\n    }\n  }\n": types.ReviewRowFieldsFragmentDoc,
    "\n  query ReviewQueue(\n    $clusterId: ID\n    $status: [MatchStatus!]\n    $minScore: Float\n    $maxScore: Float\n    $sectors: [String!]\n    $city: String\n    $minAgeDays: Int\n    $dueBefore: DateTime\n    $userInitiated: Boolean\n    $after: String\n  ) {\n    reviewQueue(\n      first: 50\n      after: $after\n      clusterId: $clusterId\n      status: $status\n      minScore: $minScore\n      maxScore: $maxScore\n      sectors: $sectors\n      city: $city\n      minAgeDays: $minAgeDays\n      dueBefore: $dueBefore\n      userInitiated: $userInitiated\n    ) {\n      totalCount\n      edges {\n        node {\n          ...ReviewRowFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  query MyClusters {\n    clusters {\n      id\n      name\n    }\n  }\n": types.MyClustersDocument,
    "\n  mutation ApproveMatches($ids: [ID!]!, $note: String) {\n    approveMatches(ids: $ids, note: $note) {\n      id\n      error {\n        code\n        message\n      }\n      match {\n        id\n        status\n      }\n    }\n  }\n": types.ApproveMatchesDocument,
    "\n  mutation RejectMatches($ids: [ID!]!, $reason: DeclineReason!, $note: String) {\n    rejectMatches(ids: $ids, reason: $reason, note: $note) {\n      id\n      error {\n        code\n        message\n      }\n      match {\n        id\n        status\n      }\n    }\n  }\n": types.RejectMatchesDocument,
    "\n  mutation UpdateLanguage($language: Language!) {\n    updateProfile(input: { language: $language }) {\n      id\n      language\n    }\n  }\n": types.UpdateLanguageDocument,
    "\n  fragment MatchSummaryFields on Match {\n    id\n    score\n    status\n    firmResponse\n    researcherResponse\n    dueAt\n    createdAt\n    userInitiated\n    reasonForFirm\n    reasonForResearcher\n    need {\n      id\n      title\n      isOwn\n      organization {\n        id\n        name\n      }\n    }\n    capability {\n      id\n      title\n      isOwn\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.MatchSummaryFieldsFragmentDoc,
    "\n  query MatchesForNeed($needId: ID!, $after: String) {\n    matchesForNeed(needId: $needId, after: $after, first: 20) {\n      edges {\n        node {\n          ...MatchSummaryFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MatchesForNeedDocument,
    "\n  query MatchesForCapability($capabilityId: ID!, $after: String) {\n    matchesForCapability(capabilityId: $capabilityId, after: $after, first: 20) {\n      edges {\n        node {\n          ...MatchSummaryFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MatchesForCapabilityDocument,
    "\n  query MyMatches($status: [MatchStatus!]) {\n    myMatches(status: $status, first: 10) {\n      edges {\n        node {\n          ...MatchSummaryFields\n        }\n      }\n    }\n  }\n": types.MyMatchesDocument,
    "\n  query Match($id: ID!) {\n    match(id: $id) {\n      ...MatchSummaryFields\n      matchedTerms\n      outcome\n      agreementType\n      interestMessage\n      factors {\n        name\n        value\n        weight\n        contribution\n      }\n      firmContact {\n        person\n        organization\n        email\n      }\n      researcherContact {\n        person\n        organization\n        email\n      }\n      history {\n        id\n        action\n        fromStatus\n        toStatus\n        note\n        reason\n        createdAt\n        actorId\n      }\n      need {\n        id\n        title\n        summary\n        description\n        technologyKeywords\n        sectors\n        trlMin\n        trlMax\n        visibility\n      }\n      capability {\n        id\n        title\n        summary\n        description\n        expertiseKeywords\n        sectors\n        trl\n        visibility\n      }\n    }\n  }\n": types.MatchDocument,
    "\n  mutation RespondToMatch(\n    $id: ID!\n    $interested: Boolean!\n    $reason: DeclineReason\n    $message: String\n  ) {\n    respondToMatch(id: $id, interested: $interested, reason: $reason, message: $message) {\n      id\n      status\n    }\n  }\n": types.RespondToMatchDocument,
    "\n  mutation RecordOutcome(\n    $matchId: ID!\n    $outcome: MatchOutcome!\n    $agreementType: CollaborationType\n    $note: String\n  ) {\n    recordOutcome(\n      matchId: $matchId\n      outcome: $outcome\n      agreementType: $agreementType\n      note: $note\n    ) {\n      id\n      status\n      outcome\n      agreementType\n    }\n  }\n": types.RecordOutcomeDocument,
    "\n  mutation ExpressInterest($needId: ID!, $capabilityId: ID!, $message: String) {\n    expressInterest(needId: $needId, capabilityId: $capabilityId, message: $message) {\n      id\n    }\n  }\n": types.ExpressInterestDocument,
    "\n  query UnreadCount {\n    notifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n  }\n": types.UnreadCountDocument,
    "\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      title\n      body\n      event\n      matchId\n      createdAt\n      readAt\n    }\n  }\n": types.NotificationReceivedDocument,
    "\n  query Notifications($after: String, $unreadOnly: Boolean) {\n    notifications(first: 20, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        node {\n          id\n          title\n          body\n          event\n          matchId\n          needId\n          capabilityId\n          createdAt\n          readAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      timeZone\n      events {\n        event\n        frequency\n      }\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      timeZone\n      events {\n        event\n        frequency\n      }\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  query Account {\n    me {\n      id\n      fullName\n      email\n      role\n      language\n      organization {\n        id\n        name\n        kind\n        city\n        region\n        country\n        inviteCode\n      }\n    }\n  }\n": types.AccountDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query Home($firm: Boolean!, $researcher: Boolean!) {\n    needs(first: 10, filter: { mine: true }) @include(if: $firm) {\n      edges {\n        node {\n          id\n          title\n          status\n          publishedAt\n          expiresAt\n        }\n      }\n    }\n    capabilities(first: 10, filter: { mine: true }) @include(if: $researcher) {\n      edges {\n        node {\n          id\n          title\n          status\n          publishedAt\n          expiresAt\n        }\n      }\n    }\n    waiting: myMatches(status: [APPROVED]) {\n      edges {\n        node {\n          ...MatchSummaryFields\n        }\n      }\n    }\n    fresh: myMatches(status: [PROPOSED, INTRODUCED]) {\n      edges {\n        node {\n          ...MatchSummaryFields\n        }\n      }\n    }\n    notifications(first: 5, unreadOnly: true) {\n      edges {\n        node {\n          id\n          title\n          createdAt\n          matchId\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n": types.HomeDocument,
    "\n  fragment NeedFields on Need {\n    id\n    title\n    summary\n    status\n    visibility\n    sectors\n    trlMin\n    trlMax\n    collaborationTypes\n    language\n    createdAt\n    publishedAt\n    expiresAt\n    deadline\n    isOwn\n    version\n    budget {\n      min\n      max\n      currency\n    }\n    organization {\n      id\n      name\n      city\n      region\n    }\n  }\n": types.NeedFieldsFragmentDoc,
    "\n  fragment CapabilityFields on Capability {\n    id\n    title\n    summary\n    status\n    visibility\n    sectors\n    trl\n    iprStatus\n    collaborationTypes\n    language\n    createdAt\n    publishedAt\n    expiresAt\n    isOwn\n    version\n    organization {\n      id\n      name\n      city\n      region\n    }\n  }\n": types.CapabilityFieldsFragmentDoc,
    "\n  query Needs($filter: NeedFilter, $after: String, $first: Int! = 20) {\n    needs(filter: $filter, after: $after, first: $first) {\n      edges {\n        cursor\n        node {\n          ...NeedFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.NeedsDocument,
    "\n  query Capabilities($filter: CapabilityFilter, $after: String, $first: Int! = 20) {\n    capabilities(filter: $filter, after: $after, first: $first) {\n      edges {\n        cursor\n        node {\n          ...CapabilityFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.CapabilitiesDocument,
    "\n  query Need($id: ID!) {\n    need(id: $id) {\n      ...NeedFields\n      description\n      technologyKeywords\n      marketKeywords\n      closeReason\n    }\n  }\n": types.NeedDocument,
    "\n  query Capability($id: ID!) {\n    capability(id: $id) {\n      ...CapabilityFields\n      description\n      expertiseKeywords\n      methods\n      equipment\n      publications\n      team\n      closeReason\n    }\n  }\n": types.CapabilityDocument,
    "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      id\n    }\n  }\n": types.CreateNeedDocument,
    "\n  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {\n    updateNeed(id: $id, input: $input) {\n      ...NeedFields\n      description\n      technologyKeywords\n      marketKeywords\n    }\n  }\n": types.UpdateNeedDocument,
    "\n  mutation CreateCapability($input: CreateCapabilityInput!) {\n    createCapability(input: $input) {\n      id\n    }\n  }\n": types.CreateCapabilityDocument,
    "\n  mutation UpdateCapability($id: ID!, $input: UpdateCapabilityInput!) {\n    updateCapability(id: $id, input: $input) {\n      ...CapabilityFields\n      description\n      expertiseKeywords\n      methods\n      equipment\n      publications\n      team\n    }\n  }\n": types.UpdateCapabilityDocument,
    "\n  mutation PublishNeed($id: ID!) {\n    publishNeed(id: $id) {\n      ...NeedFields\n    }\n  }\n": types.PublishNeedDocument,
    "\n  mutation PauseNeed($id: ID!) {\n    pauseNeed(id: $id) {\n      ...NeedFields\n    }\n  }\n": types.PauseNeedDocument,
    "\n  mutation CloseNeed($id: ID!, $reason: CloseReason!) {\n    closeNeed(id: $id, reason: $reason) {\n      ...NeedFields\n      closeReason\n    }\n  }\n": types.CloseNeedDocument,
    "\n  mutation PublishCapability($id: ID!) {\n    publishCapability(id: $id) {\n      ...CapabilityFields\n    }\n  }\n": types.PublishCapabilityDocument,
    "\n  mutation PauseCapability($id: ID!) {\n    pauseCapability(id: $id) {\n      ...CapabilityFields\n    }\n  }\n": types.PauseCapabilityDocument,
    "\n  mutation CloseCapability($id: ID!, $reason: CloseReason!) {\n    closeCapability(id: $id, reason: $reason) {\n      ...CapabilityFields\n      closeReason\n    }\n  }\n": types.CloseCapabilityDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      fullName\n      email\n      role\n      language\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ...SessionFields\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      ...SessionFields\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n": types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminClusters {\n    clusters {\n      id\n      name\n      regions\n      createdAt\n      coordinators {\n        id\n        fullName\n        email\n      }\n      members {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminClusters {\n    clusters {\n      id\n      name\n      regions\n      createdAt\n      coordinators {\n        id\n        fullName\n        email\n      }\n      members {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCluster($input: CreateClusterInput!) {\n    createCluster(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCluster($input: CreateClusterInput!) {\n    createCluster(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointCoordinator($clusterId: ID!, $userId: ID!) {\n    appointCoordinator(clusterId: $clusterId, userId: $userId) {\n      id\n      coordinators {\n        id\n        fullName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AppointCoordinator($clusterId: ID!, $userId: ID!) {\n    appointCoordinator(clusterId: $clusterId, userId: $userId) {\n      id\n      coordinators {\n        id\n        fullName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($role: UserRole, $email: String) {\n    users(role: $role, email: $email) {\n      id\n      fullName\n      email\n      role\n      language\n      createdAt\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($role: UserRole, $email: String) {\n    users(role: $role, email: $email) {\n      id\n      fullName\n      email\n      role\n      language\n      createdAt\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganizations($filter: OrganizationFilter, $after: String) {\n    organizations(first: 50, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          city\n          region\n          size\n          createdAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganizations($filter: OrganizationFilter, $after: String) {\n    organizations(first: 50, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          city\n          region\n          size\n          createdAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedEmails {\n    failedEmails(first: 100) {\n      id\n      kind\n      event\n      recipient\n      error\n      failedAt\n    }\n  }\n"): (typeof documents)["\n  query FailedEmails {\n    failedEmails(first: 100) {\n      id\n      kind\n      event\n      recipient\n      error\n      failedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryFailedEmails($ids: [ID!]!) {\n    retryFailedEmails(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation RetryFailedEmails($ids: [ID!]!) {\n    retryFailedEmails(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterSettings($id: ID!) {\n    cluster(id: $id) {\n      id\n      name\n      stepDeadlineDays\n      matchThreshold\n      matchTopK\n      platformDefaults {\n        matchThreshold\n        matchTopK\n        stepDeadlineDays\n      }\n      members {\n        id\n        name\n        kind\n        city\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClusterSettings($id: ID!) {\n    cluster(id: $id) {\n      id\n      name\n      stepDeadlineDays\n      matchThreshold\n      matchTopK\n      platformDefaults {\n        matchThreshold\n        matchTopK\n        stepDeadlineDays\n      }\n      members {\n        id\n        name\n        kind\n        city\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClusterSettings($clusterId: ID!, $input: ClusterSettingsInput!) {\n    updateClusterSettings(clusterId: $clusterId, input: $input) {\n      id\n      stepDeadlineDays\n      matchThreshold\n      matchTopK\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateClusterSettings($clusterId: ID!, $input: ClusterSettingsInput!) {\n    updateClusterSettings(clusterId: $clusterId, input: $input) {\n      id\n      stepDeadlineDays\n      matchThreshold\n      matchTopK\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationSearch($name: String) {\n    organizations(first: 20, filter: { name: $name }) {\n      edges {\n        node {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationSearch($name: String) {\n    organizations(first: 20, filter: { name: $name }) {\n      edges {\n        node {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddClusterMember($clusterId: ID!, $organizationId: ID!) {\n    addClusterMember(clusterId: $clusterId, organizationId: $organizationId) {\n      id\n      members {\n        id\n        name\n        kind\n        city\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddClusterMember($clusterId: ID!, $organizationId: ID!) {\n    addClusterMember(clusterId: $clusterId, organizationId: $organizationId) {\n      id\n      members {\n        id\n        name\n        kind\n        city\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterStats($clusterId: ID!, $from: DateTime, $to: DateTime) {\n    clusterStats(clusterId: $clusterId, from: $from, to: $to) {\n      needsPosted\n      capabilitiesPosted\n      matchesProposed\n      matchesApproved\n      matchesRejected\n      matchesExpired\n      matchesIntroduced\n      agreements\n      medianHoursToDecision\n      medianHoursToIntroduction\n      unmatchedNeeds\n      rejectedByReason {\n        key\n        count\n      }\n      unmatchedBySector {\n        key\n        count\n      }\n      unmatchedByCity {\n        key\n        count\n      }\n      unmatchedByTrl {\n        key\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClusterStats($clusterId: ID!, $from: DateTime, $to: DateTime) {\n    clusterStats(clusterId: $clusterId, from: $from, to: $to) {\n      needsPosted\n      capabilitiesPosted\n      matchesProposed\n      matchesApproved\n      matchesRejected\n      matchesExpired\n      matchesIntroduced\n      agreements\n      medianHoursToDecision\n      medianHoursToIntroduction\n      unmatchedNeeds\n      rejectedByReason {\n        key\n        count\n      }\n      unmatchedBySector {\n        key\n        count\n      }\n      unmatchedByCity {\n        key\n        count\n      }\n      unmatchedByTrl {\n        key\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewRowFields on Match {\n    id\n    score\n    status\n    createdAt\n    dueAt\n    userInitiated\n    need {\n      id\n      title\n      sectors\n      organization {\n        id\n        name\n        city\n      }\n    }\n    capability {\n      id\n      title\n      sectors\n      organization {\n        id\n        name\n        city\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewRowFields on Match {\n    id\n    score\n    status\n    createdAt\n    dueAt\n    userInitiated\n    need {\n      id\n      title\n      sectors\n      organization {\n        id\n        name\n        city\n      }\n    }\n    capability {\n      id\n      title\n      sectors\n      organization {\n        id\n        name\n        city\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue(\n    $clusterId: ID\n    $status: [MatchStatus!]\n    $minScore: Float\n    $maxScore: Float\n    $sectors: [String!]\n    $city: String\n    $minAgeDays: Int\n    $dueBefore: DateTime\n    $userInitiated: Boolean\n    $after: String\n  ) {\n    reviewQueue(\n      first: 50\n      after: $after\n      clusterId: $clusterId\n      status: $status\n      minScore: $minScore\n      maxScore: $maxScore\n      sectors: $sectors\n      city: $city\n      minAgeDays: $minAgeDays\n      dueBefore: $dueBefore\n      userInitiated: $userInitiated\n    ) {\n      totalCount\n      edges {\n        node {\n          ...ReviewRowFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue(\n    $clusterId: ID\n    $status: [MatchStatus!]\n    $minScore: Float\n    $maxScore: Float\n    $sectors: [String!]\n    $city: String\n    $minAgeDays: Int\n    $dueBefore: DateTime\n    $userInitiated: Boolean\n    $after: String\n  ) {\n    reviewQueue(\n      first: 50\n      after: $after\n      clusterId: $clusterId\n      status: $status\n      minScore: $minScore\n      maxScore: $maxScore\n      sectors: $sectors\n      city: $city\n      minAgeDays: $minAgeDays\n      dueBefore: $dueBefore\n      userInitiated: $userInitiated\n    ) {\n      totalCount\n      edges {\n        node {\n          ...ReviewRowFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyClusters {\n    clusters {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MyClusters {\n    clusters {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMatches($ids: [ID!]!, $note: String) {\n    approveMatches(ids: $ids, note: $note) {\n      id\n      error {\n        code\n        message\n      }\n      match {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMatches($ids: [ID!]!, $note: String) {\n    approveMatches(ids: $ids, note: $note) {\n      id\n      error {\n        code\n        message\n      }\n      match {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMatches($ids: [ID!]!, $reason: DeclineReason!, $note: String) {\n    rejectMatches(ids: $ids, reason: $reason, note: $note) {\n      id\n      error {\n        code\n        message\n      }\n      match {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectMatches($ids: [ID!]!, $reason: DeclineReason!, $note: String) {\n    rejectMatches(ids: $ids, reason: $reason, note: $note) {\n      id\n      error {\n        code\n        message\n      }\n      match {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLanguage($language: Language!) {\n    updateProfile(input: { language: $language }) {\n      id\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLanguage($language: Language!) {\n    updateProfile(input: { language: $language }) {\n      id\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchSummaryFields on Match {\n    id\n    score\n    status\n    firmResponse\n    researcherResponse\n    dueAt\n    createdAt\n    userInitiated\n    reasonForFirm\n    reasonForResearcher\n    need {\n      id\n      title\n      isOwn\n      organization {\n        id\n        name\n      }\n    }\n    capability {\n      id\n      title\n      isOwn\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MatchSummaryFields on Match {\n    id\n    score\n    status\n    firmResponse\n    researcherResponse\n    dueAt\n    createdAt\n    userInitiated\n    reasonForFirm\n    reasonForResearcher\n    need {\n      id\n      title\n      isOwn\n      organization {\n        id\n        name\n      }\n    }\n    capability {\n      id\n      title\n      isOwn\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchesForNeed($needId: ID!, $after: String) {\n    matchesForNeed(needId: $needId, after: $after, first: 20) {\n      edges {\n        node {\n          ...MatchSummaryFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchesForNeed($needId: ID!, $after: String) {\n    matchesForNeed(needId: $needId, after: $after, first: 20) {\n      edges {\n        node {\n          ...MatchSummaryFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchesForCapability($capabilityId: ID!, $after: String) {\n    matchesForCapability(capabilityId: $capabilityId, after: $after, first: 20) {\n      edges {\n        node {\n          ...MatchSummaryFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchesForCapability($capabilityId: ID!, $after: String) {\n    matchesForCapability(capabilityId: $capabilityId, after: $after, first: 20) {\n      edges {\n        node {\n          ...MatchSummaryFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMatches($status: [MatchStatus!]) {\n    myMatches(status: $status, first: 10) {\n      edges {\n        node {\n          ...MatchSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyMatches($status: [MatchStatus!]) {\n    myMatches(status: $status, first: 10) {\n      edges {\n        node {\n          ...MatchSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Match($id: ID!) {\n    match(id: $id) {\n      ...MatchSummaryFields\n      matchedTerms\n      outcome\n      agreementType\n      interestMessage\n      factors {\n        name\n        value\n        weight\n        contribution\n      }\n      firmContact {\n        person\n        organization\n        email\n      }\n      researcherContact {\n        person\n        organization\n        email\n      }\n      history {\n        id\n        action\n        fromStatus\n        toStatus\n        note\n        reason\n        createdAt\n        actorId\n      }\n      need {\n        id\n        title\n        summary\n        description\n        technologyKeywords\n        sectors\n        trlMin\n        trlMax\n        visibility\n      }\n      capability {\n        id\n        title\n        summary\n        description\n        expertiseKeywords\n        sectors\n        trl\n        visibility\n      }\n    }\n  }\n"): (typeof documents)["\n  query Match($id: ID!) {\n    match(id: $id) {\n      ...MatchSummaryFields\n      matchedTerms\n      outcome\n      agreementType\n      interestMessage\n      factors {\n        name\n        value\n        weight\n        contribution\n      }\n      firmContact {\n        person\n        organization\n        email\n      }\n      researcherContact {\n        person\n        organization\n        email\n      }\n      history {\n        id\n        action\n        fromStatus\n        toStatus\n        note\n        reason\n        createdAt\n        actorId\n      }\n      need {\n        id\n        title\n        summary\n        description\n        technologyKeywords\n        sectors\n        trlMin\n        trlMax\n        visibility\n      }\n      capability {\n        id\n        title\n        summary\n        description\n        expertiseKeywords\n        sectors\n        trl\n        visibility\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToMatch(\n    $id: ID!\n    $interested: Boolean!\n    $reason: DeclineReason\n    $message: String\n  ) {\n    respondToMatch(id: $id, interested: $interested, reason: $reason, message: $message) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToMatch(\n    $id: ID!\n    $interested: Boolean!\n    $reason: DeclineReason\n    $message: String\n  ) {\n    respondToMatch(id: $id, interested: $interested, reason: $reason, message: $message) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOutcome(\n    $matchId: ID!\n    $outcome: MatchOutcome!\n    $agreementType: CollaborationType\n    $note: String\n  ) {\n    recordOutcome(\n      matchId: $matchId\n      outcome: $outcome\n      agreementType: $agreementType\n      note: $note\n    ) {\n      id\n      status\n      outcome\n      agreementType\n    }\n  }\n"): (typeof documents)["\n  mutation RecordOutcome(\n    $matchId: ID!\n    $outcome: MatchOutcome!\n    $agreementType: CollaborationType\n    $note: String\n  ) {\n    recordOutcome(\n      matchId: $matchId\n      outcome: $outcome\n      agreementType: $agreementType\n      note: $note\n    ) {\n      id\n      status\n      outcome\n      agreementType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExpressInterest($needId: ID!, $capabilityId: ID!, $message: String) {\n    expressInterest(needId: $needId, capabilityId: $capabilityId, message: $message) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ExpressInterest($needId: ID!, $capabilityId: ID!, $message: String) {\n    expressInterest(needId: $needId, capabilityId: $capabilityId, message: $message) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadCount {\n    notifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query UnreadCount {\n    notifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      title\n      body\n      event\n      matchId\n      createdAt\n      readAt\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      title\n      body\n      event\n      matchId\n      createdAt\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($after: String, $unreadOnly: Boolean) {\n    notifications(first: 20, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        node {\n          id\n          title\n          body\n          event\n          matchId\n          needId\n          capabilityId\n          createdAt\n          readAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($after: String, $unreadOnly: Boolean) {\n    notifications(first: 20, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        node {\n          id\n          title\n          body\n          event\n          matchId\n          needId\n          capabilityId\n          createdAt\n          readAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      timeZone\n      events {\n        event\n        frequency\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      timeZone\n      events {\n        event\n        frequency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      timeZone\n      events {\n        event\n        frequency\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      timeZone\n      events {\n        event\n        frequency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Account {\n    me {\n      id\n      fullName\n      email\n      role\n      language\n      organization {\n        id\n        name\n        kind\n        city\n        region\n        country\n        inviteCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query Account {\n    me {\n      id\n      fullName\n      email\n      role\n      language\n      organization {\n        id\n        name\n        kind\n        city\n        region\n        country\n        inviteCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home($firm: Boolean!, $researcher: Boolean!) {\n    needs(first: 10, filter: { mine: true }) @include(if: $firm) {\n      edges {\n        node {\n          id\n          title\n          status\n          publishedAt\n          expiresAt\n        }\n      }\n    }\n    capabilities(first: 10, filter: { mine: true }) @include(if: $researcher) {\n      edges {\n        node {\n          id\n          title\n          status\n          publishedAt\n          expiresAt\n        }\n      }\n    }\n    waiting: myMatches(status: [APPROVED]) {\n      edges {\n        node {\n          ...MatchSummaryFields\n        }\n      }\n    }\n    fresh: myMatches(status: [PROPOSED, INTRODUCED]) {\n      edges {\n        node {\n          ...MatchSummaryFields\n        }\n      }\n    }\n    notifications(first: 5, unreadOnly: true) {\n      edges {\n        node {\n          id\n          title\n          createdAt\n          matchId\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query Home($firm: Boolean!, $researcher: Boolean!) {\n    needs(first: 10, filter: { mine: true }) @include(if: $firm) {\n      edges {\n        node {\n          id\n          title\n          status\n          publishedAt\n          expiresAt\n        }\n      }\n    }\n    capabilities(first: 10, filter: { mine: true }) @include(if: $researcher) {\n      edges {\n        node {\n          id\n          title\n          status\n          publishedAt\n          expiresAt\n        }\n      }\n    }\n    waiting: myMatches(status: [APPROVED]) {\n      edges {\n        node {\n          ...MatchSummaryFields\n        }\n      }\n    }\n    fresh: myMatches(status: [PROPOSED, INTRODUCED]) {\n      edges {\n        node {\n          ...MatchSummaryFields\n        }\n      }\n    }\n    notifications(first: 5, unreadOnly: true) {\n      edges {\n        node {\n          id\n          title\n          createdAt\n          matchId\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedFields on Need {\n    id\n    title\n    summary\n    status\n    visibility\n    sectors\n    trlMin\n    trlMax\n    collaborationTypes\n    language\n    createdAt\n    publishedAt\n    expiresAt\n    deadline\n    isOwn\n    version\n    budget {\n      min\n      max\n      currency\n    }\n    organization {\n      id\n      name\n      city\n      region\n    }\n  }\n"): (typeof documents)["\n  fragment NeedFields on Need {\n    id\n    title\n    summary\n    status\n    visibility\n    sectors\n    trlMin\n    trlMax\n    collaborationTypes\n    language\n    createdAt\n    publishedAt\n    expiresAt\n    deadline\n    isOwn\n    version\n    budget {\n      min\n      max\n      currency\n    }\n    organization {\n      id\n      name\n      city\n      region\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CapabilityFields on Capability {\n    id\n    title\n    summary\n    status\n    visibility\n    sectors\n    trl\n    iprStatus\n    collaborationTypes\n    language\n    createdAt\n    publishedAt\n    expiresAt\n    isOwn\n    version\n    organization {\n      id\n      name\n      city\n      region\n    }\n  }\n"): (typeof documents)["\n  fragment CapabilityFields on Capability {\n    id\n    title\n    summary\n    status\n    visibility\n    sectors\n    trl\n    iprStatus\n    collaborationTypes\n    language\n    createdAt\n    publishedAt\n    expiresAt\n    isOwn\n    version\n    organization {\n      id\n      name\n      city\n      region\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Needs($filter: NeedFilter, $after: String, $first: Int! = 20) {\n    needs(filter: $filter, after: $after, first: $first) {\n      edges {\n        cursor\n        node {\n          ...NeedFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Needs($filter: NeedFilter, $after: String, $first: Int! = 20) {\n    needs(filter: $filter, after: $after, first: $first) {\n      edges {\n        cursor\n        node {\n          ...NeedFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Capabilities($filter: CapabilityFilter, $after: String, $first: Int! = 20) {\n    capabilities(filter: $filter, after: $after, first: $first) {\n      edges {\n        cursor\n        node {\n          ...CapabilityFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Capabilities($filter: CapabilityFilter, $after: String, $first: Int! = 20) {\n    capabilities(filter: $filter, after: $after, first: $first) {\n      edges {\n        cursor\n        node {\n          ...CapabilityFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Need($id: ID!) {\n    need(id: $id) {\n      ...NeedFields\n      description\n      technologyKeywords\n      marketKeywords\n      closeReason\n    }\n  }\n"): (typeof documents)["\n  query Need($id: ID!) {\n    need(id: $id) {\n      ...NeedFields\n      description\n      technologyKeywords\n      marketKeywords\n      closeReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Capability($id: ID!) {\n    capability(id: $id) {\n      ...CapabilityFields\n      description\n      expertiseKeywords\n      methods\n      equipment\n      publications\n      team\n      closeReason\n    }\n  }\n"): (typeof documents)["\n  query Capability($id: ID!) {\n    capability(id: $id) {\n      ...CapabilityFields\n      description\n      expertiseKeywords\n      methods\n      equipment\n      publications\n      team\n      closeReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {\n    updateNeed(id: $id, input: $input) {\n      ...NeedFields\n      description\n      technologyKeywords\n      marketKeywords\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {\n    updateNeed(id: $id, input: $input) {\n      ...NeedFields\n      description\n      technologyKeywords\n      marketKeywords\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCapability($input: CreateCapabilityInput!) {\n    createCapability(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCapability($input: CreateCapabilityInput!) {\n    createCapability(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCapability($id: ID!, $input: UpdateCapabilityInput!) {\n    updateCapability(id: $id, input: $input) {\n      ...CapabilityFields\n      description\n      expertiseKeywords\n      methods\n      equipment\n      publications\n      team\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCapability($id: ID!, $input: UpdateCapabilityInput!) {\n    updateCapability(id: $id, input: $input) {\n      ...CapabilityFields\n      description\n      expertiseKeywords\n      methods\n      equipment\n      publications\n      team\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishNeed($id: ID!) {\n    publishNeed(id: $id) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishNeed($id: ID!) {\n    publishNeed(id: $id) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseNeed($id: ID!) {\n    pauseNeed(id: $id) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation PauseNeed($id: ID!) {\n    pauseNeed(id: $id) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseNeed($id: ID!, $reason: CloseReason!) {\n    closeNeed(id: $id, reason: $reason) {\n      ...NeedFields\n      closeReason\n    }\n  }\n"): (typeof documents)["\n  mutation CloseNeed($id: ID!, $reason: CloseReason!) {\n    closeNeed(id: $id, reason: $reason) {\n      ...NeedFields\n      closeReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCapability($id: ID!) {\n    publishCapability(id: $id) {\n      ...CapabilityFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishCapability($id: ID!) {\n    publishCapability(id: $id) {\n      ...CapabilityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseCapability($id: ID!) {\n    pauseCapability(id: $id) {\n      ...CapabilityFields\n    }\n  }\n"): (typeof documents)["\n  mutation PauseCapability($id: ID!) {\n    pauseCapability(id: $id) {\n      ...CapabilityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCapability($id: ID!, $reason: CloseReason!) {\n    closeCapability(id: $id, reason: $reason) {\n      ...CapabilityFields\n      closeReason\n    }\n  }\n"): (typeof documents)["\n  mutation CloseCapability($id: ID!, $reason: CloseReason!) {\n    closeCapability(id: $id, reason: $reason) {\n      ...CapabilityFields\n      closeReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      fullName\n      email\n      role\n      language\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      fullName\n      email\n      role\n      language\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;