import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Blockquote,
  Group,
  Highlight,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { errorCode } from '../graphql/errors';
import type { DeclineReason, MatchQuery as MatchData } from '../graphql/generated/graphql';
import { LoadError, PageLoader } from '../layout/page-state';
import { useRefetchOnNotification } from '../notifications';
import { NotFoundPage } from '../ui/not-found';
import { TrlBadge } from '../ui/badges';
import { postingPath } from '../ui/kinds';
import { MatchStatusBadge } from '../ui/match-badges';
import { MatchQuery } from './operations';
import { isOutcome, OutcomeForm, RespondForm } from './match-answers';
import { MeetingsSection } from './meetings-section';
import { BackToQueue, declineReasons, ReviewPanel } from '../review';
import { FactorBreakdown, ScoreBar } from '../ui/score';

type Match = MatchData['match'];

export function MatchPage() {
  const { id = '' } = useParams();
  const intl = useIntl();
  const { data, error, refetch } = useQuery(MatchQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  // An answer, an introduction or a decision by someone else shows without a reload.
  useRefetchOnNotification(refetch, { matchId: id });
  if (errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'FORBIDDEN') return <NotFoundPage />;
  if (error && !data) return <LoadError error={error} retry={refetch} />;
  if (!data) return <PageLoader />;
  const match = data.match;
  const side = match.need?.isOwn ? 'firm' : match.capability?.isOwn ? 'researcher' : null;
  const can = match.viewerCan;
  const reason = side === 'researcher' ? match.reasonForResearcher : match.reasonForFirm;
  const myAnswer =
    side === 'firm' ? match.firmResponse : side === 'researcher' ? match.researcherResponse : null;
  const contact =
    side === 'firm' ? match.researcherContact : side === 'researcher' ? match.firmContact : null;
  // A coordinator reads both sides' reasons; a side its own.
  const reviews = can.coordinate && !side;

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          {reviews && <BackToQueue />}
          <Title order={1} size="h2">
            <FormattedMessage id="match.title" />
          </Title>
          <Group gap="xs">
            <MatchStatusBadge status={match.status} />
            <ScoreBar score={match.score} />
          </Group>
        </Stack>
        {match.dueAt && (
          <Text size="sm" c="dimmed">
            <FormattedMessage
              id="match.due"
              values={{ date: <FormattedDate value={match.dueAt} dateStyle="long" /> }}
            />
          </Text>
        )}
      </Group>

      <Alert variant="light" title={intl.formatMessage({ id: 'match.why' })}>
        {reviews ? (
          <Stack gap={4}>
            <Text size="sm">
              <strong>{intl.formatMessage({ id: 'match.whyForFirm' })}:</strong>{' '}
              {match.reasonForFirm}
            </Text>
            <Text size="sm">
              <strong>{intl.formatMessage({ id: 'match.whyForResearcher' })}:</strong>{' '}
              {match.reasonForResearcher}
            </Text>
          </Stack>
        ) : (
          reason
        )}
      </Alert>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <PostingSide
          heading={intl.formatMessage({ id: 'match.theNeed' })}
          posting={match.need}
          organization={match.need?.organization?.name}
          href={match.need && postingPath('need', match.need.id)}
          trl={match.need && <TrlBadge min={match.need.trlMin} max={match.need.trlMax} />}
          keywords={match.need?.technologyKeywords ?? []}
          terms={termsAsWritten(match.matchedTerms, 'need')}
        />
        <PostingSide
          heading={intl.formatMessage({ id: 'match.theCapability' })}
          posting={match.capability}
          organization={match.capability?.organization?.name}
          href={match.capability && postingPath('capability', match.capability.id)}
          trl={match.capability && <TrlBadge min={match.capability.trl} />}
          keywords={match.capability?.expertiseKeywords ?? []}
          terms={termsAsWritten(match.matchedTerms, 'capability')}
        />
      </SimpleGrid>

      <Paper withBorder p="md" component="section" aria-labelledby="factors-heading">
        <Title order={2} size="h4" id="factors-heading" mb="sm">
          <FormattedMessage id="match.factors" />
        </Title>
        <FactorBreakdown factors={match.factors} />
      </Paper>

      {(can.approve || can.reject) && (
        <ReviewPanel matchId={match.id} onDecided={() => void refetch()} />
      )}
      {can.respond && <RespondForm matchId={match.id} />}
      {side && match.status === 'APPROVED' && myAnswer && (
        <Alert color="blue">
          <FormattedMessage
            id={myAnswer === 'INTERESTED' ? 'match.youSaidYes' : 'match.youSaidNo'}
          />
        </Alert>
      )}
      {contact && match.status === 'INTRODUCED' && (
        <Paper withBorder p="md" component="section" aria-labelledby="contact-heading">
          <Title order={2} size="h4" id="contact-heading">
            <FormattedMessage id="match.contact" />
          </Title>
          <Text>{contact.person ?? intl.formatMessage({ id: 'erasedUser' })}</Text>
          <Text>{contact.organization}</Text>
          {contact.email && <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor>}
          {contact.message && (
            <Blockquote mt="sm" p="sm" cite={intl.formatMessage({ id: 'match.theirMessage' })}>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {contact.message}
              </Text>
            </Blockquote>
          )}
        </Paper>
      )}
      {match.status === 'INTRODUCED' && <MeetingsSection match={match} />}
      {can.recordOutcome && <OutcomeForm match={match} />}
      <History match={match} />
    </Stack>
  );
}

/** The API lists a shared subject as "need's word ↔ capability's word" when they differ. */
function termsAsWritten(terms: string[], side: 'need' | 'capability'): string[] {
  return terms.map((term) => {
    const [needWord, capabilityWord] = term.split(' ↔ ');
    return side === 'need' ? needWord! : (capabilityWord ?? needWord!);
  });
}

interface SideProps {
  heading: string;
  posting:
    { title: string; summary: string; description: string; sectors: string[] } | null | undefined;
  /** Named when the policy lets this reader know who posted it. */
  organization: string | null | undefined;
  href: string | null | undefined;
  trl: React.ReactNode;
  keywords: string[];
  terms: string[];
}

/** One side of the pair with the terms both texts share highlighted, in its own language. */
function PostingSide({ heading, posting, organization, href, trl, keywords, terms }: SideProps) {
  return (
    <Paper withBorder p="md" component="section" aria-label={heading}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {heading}
      </Text>
      {posting ? (
        <Stack gap="xs">
          <Anchor component={Link} to={href!} fw={600}>
            <Highlight component="span" highlight={terms} inherit>
              {posting.title}
            </Highlight>
          </Anchor>
          {organization && <Text size="sm">{organization}</Text>}
          {trl}
          <Highlight size="sm" highlight={terms} fw={500}>
            {posting.summary}
          </Highlight>
          <Highlight size="sm" highlight={terms} style={{ whiteSpace: 'pre-line' }}>
            {posting.description}
          </Highlight>
          {keywords.length > 0 && (
            <Highlight size="xs" c="dimmed" highlight={terms}>
              {keywords.join(' · ')}
            </Highlight>
          )}
        </Stack>
      ) : (
        <Text c="dimmed">
          <FormattedMessage id="match.hiddenPosting" />
        </Text>
      )}
    </Paper>
  );
}

type MatchEvent = NonNullable<Match['history']>[number];

function History({ match }: { match: Match }) {
  const intl = useIntl();
  if (!match.history) return null;
  const actedBy = (event: MatchEvent) => {
    const role = intl.formatMessage({ id: `matchActor.${event.actorRole ?? 'PLATFORM'}` as const });
    if (event.actorErased) {
      return intl.formatMessage(
        { id: 'match.actedBy' },
        { role, name: intl.formatMessage({ id: 'erasedUser' }) },
      );
    }
    return event.actorName
      ? intl.formatMessage({ id: 'match.actedBy' }, { role, name: event.actorName })
      : role;
  };
  // An answer says yes or no; an outcome names what happened (its reason holds the outcome).
  const eventTitle = (event: MatchEvent) =>
    event.action === 'RESPONDED'
      ? intl.formatMessage({
          id: event.reason ? 'matchAction.RESPONDED.no' : 'matchAction.RESPONDED.yes',
        })
      : event.action === 'OUTCOME_RECORDED' && isOutcome(event.reason)
        ? `${intl.formatMessage({ id: 'match.outcome' })}: ${intl.formatMessage({ id: `outcome.${event.reason}` })}`
        : intl.formatMessage({ id: `matchAction.${event.action}` });
  const reasonLabel = (reason: string) =>
    declineReasons.includes(reason as DeclineReason)
      ? intl.formatMessage({ id: `declineReason.${reason as DeclineReason}` })
      : reason;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="history-heading">
      <Title order={2} size="h4" id="history-heading" mb="sm">
        <FormattedMessage id="match.history" />
      </Title>
      <Timeline bulletSize={14} lineWidth={2}>
        {/* A pair someone asked for starts with that request; the engine's proposals with this. */}
        {!match.userInitiated && (
          <Timeline.Item title={intl.formatMessage({ id: 'match.proposedByEngine' })}>
            <Text size="xs" c="dimmed">
              <FormattedDate value={match.createdAt} dateStyle="medium" timeStyle="short" />
              {' · '}
              {intl.formatMessage({ id: 'matchActor.PLATFORM' })}
            </Text>
          </Timeline.Item>
        )}
        {match.history.map((event) => (
          <Timeline.Item key={event.id} title={eventTitle(event)}>
            <Text size="xs" c="dimmed">
              <FormattedDate value={event.createdAt} dateStyle="medium" timeStyle="short" />
              {' · '}
              {actedBy(event)}
            </Text>
            {event.reason && event.action !== 'OUTCOME_RECORDED' && (
              <Text size="sm">
                {intl.formatMessage({ id: 'review.reason' })}: {reasonLabel(event.reason)}
              </Text>
            )}
            {event.note && <Text size="sm">{event.note}</Text>}
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}
