import { graphql } from '../graphql/generated';

export const MatchSummaryFields = graphql(`
  fragment MatchSummaryFields on Match {
    id
    score
    status
    firmResponse
    researcherResponse
    dueAt
    createdAt
    userInitiated
    reasonForFirm
    reasonForResearcher
    need {
      id
      title
      isOwn
      organization {
        id
        name
      }
    }
    capability {
      id
      title
      isOwn
      organization {
        id
        name
      }
    }
  }
`);

export const MatchesForNeedQuery = graphql(`
  query MatchesForNeed($needId: ID!, $after: String) {
    matchesForNeed(needId: $needId, after: $after, first: 20) {
      edges {
        node {
          ...MatchSummaryFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const MatchesForCapabilityQuery = graphql(`
  query MatchesForCapability($capabilityId: ID!, $after: String) {
    matchesForCapability(capabilityId: $capabilityId, after: $after, first: 20) {
      edges {
        node {
          ...MatchSummaryFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const MyMatchesQuery = graphql(`
  query MyMatches($status: [MatchStatus!]) {
    myMatches(status: $status, first: 10) {
      edges {
        node {
          ...MatchSummaryFields
        }
      }
    }
  }
`);

export const MatchQuery = graphql(`
  query Match($id: ID!) {
    match(id: $id) {
      ...MatchSummaryFields
      matchedTerms
      viewerCan {
        approve
        reject
        respond
        recordOutcome
        coordinate
        meet
      }
      meetings {
        ...MeetingFields
      }
      outcome
      agreementType
      interestMessage
      factors {
        name
        value
        weight
        contribution
      }
      outcomeNote
      firmContact {
        person
        organization
        email
        message
      }
      researcherContact {
        person
        organization
        email
        message
      }
      history {
        id
        action
        fromStatus
        toStatus
        note
        reason
        createdAt
        actorRole
        actorName
        actorErased
      }
      need {
        id
        title
        summary
        description
        technologyKeywords
        sectors
        trlMin
        trlMax
        visibility
      }
      capability {
        id
        title
        summary
        description
        expertiseKeywords
        sectors
        trl
        visibility
      }
    }
  }
`);

export const RespondToMatchMutation = graphql(`
  mutation RespondToMatch(
    $id: ID!
    $interested: Boolean!
    $reason: DeclineReason
    $message: String
  ) {
    respondToMatch(id: $id, interested: $interested, reason: $reason, message: $message) {
      id
      status
    }
  }
`);

export const RecordOutcomeMutation = graphql(`
  mutation RecordOutcome(
    $matchId: ID!
    $outcome: MatchOutcome!
    $agreementType: CollaborationType
    $note: String
  ) {
    recordOutcome(
      matchId: $matchId
      outcome: $outcome
      agreementType: $agreementType
      note: $note
    ) {
      id
      status
      outcome
      agreementType
    }
  }
`);

export const MeetingFieldsFragment = graphql(`
  fragment MeetingFields on Meeting {
    id
    status
    proposedBy
    proposedTimes
    startsAt
    durationMinutes
    online
    location
    sequence
    followUpAskedAt
    invitation
    viewerCan {
      accept
      propose
      cancel
      report
    }
  }
`);

export const ProposeMeetingMutation = graphql(`
  mutation ProposeMeeting($input: ProposeMeetingInput!) {
    proposeMeeting(input: $input) {
      ...MeetingFields
    }
  }
`);

export const AcceptMeetingTimeMutation = graphql(`
  mutation AcceptMeetingTime($meetingId: ID!, $startsAt: DateTime!) {
    acceptMeetingTime(meetingId: $meetingId, startsAt: $startsAt) {
      ...MeetingFields
    }
  }
`);

export const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($meetingId: ID!) {
    cancelMeeting(meetingId: $meetingId) {
      ...MeetingFields
    }
  }
`);

export const ReportMeetingMutation = graphql(`
  mutation ReportMeeting($meetingId: ID!, $held: Boolean!) {
    reportMeeting(meetingId: $meetingId, held: $held) {
      ...MeetingFields
    }
  }
`);
