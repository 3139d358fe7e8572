import { useQuery } from '@apollo/client/react';
import { useMutation } from '../graphql/use-mutation';
import { Button, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { errorCode, fieldErrorsOf } from '../graphql/errors';
import { useSessionUser } from '../session/session-context';
import type { PostingKind } from '../ui/kinds';
import { CapabilitiesQuery, NeedsQuery } from './operations';
import { ExpressInterestMutation } from './operations';
import { createsOnce } from '../graphql/idempotency';

const mineAndPublished = { mine: true, status: ['PUBLISHED' as const] };

/**
 * "Express interest": a firm offers one of its needs to a capability it found, or a researcher
 * one of its capabilities to a need; the coordinators then review the pair like any proposal.
 */
export function ExpressInterest({ kind, id }: { kind: PostingKind; id: string }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const user = useSessionUser();
  const offersNeed = kind === 'capability' && !!user?.can.postNeeds;
  const offersCapability = kind === 'need' && !!user?.can.postCapabilities;
  const needs = useQuery(NeedsQuery, {
    variables: { filter: mineAndPublished, first: 50 },
    skip: !offersNeed,
  });
  const capabilities = useQuery(CapabilitiesQuery, {
    variables: { filter: mineAndPublished, first: 50 },
    skip: !offersCapability,
  });
  const [express, { loading }] = useMutation(ExpressInterestMutation);
  const [own, setOwn] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!offersNeed && !offersCapability) return null;

  const options = (
    offersNeed ? needs.data?.needs.edges : capabilities.data?.capabilities.edges
  )?.map((edge) => ({
    value: edge.node.id,
    label: edge.node.title,
  }));

  const submit = async () => {
    if (!own) return setError(intl.formatMessage({ id: 'form.required' }));
    try {
      const { data } = await express({
        variables: {
          needId: offersNeed ? own : id,
          capabilityId: offersNeed ? id : own,
          message: message.trim() || undefined,
        },
        context: createsOnce,
      });
      notifications.show({ color: 'green', message: intl.formatMessage({ id: 'interest.sent' }) });
      if (data) void navigate(`/matches/${data.expressInterest.id}`);
    } catch (failure) {
      const field = fieldErrorsOf(failure, '')[0];
      setError(
        errorCode(failure) === 'CONFLICT'
          ? intl.formatMessage({ id: 'interest.exists' })
          : (field?.message ?? intl.formatMessage({ id: 'error.network' })),
      );
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="interest-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="interest-heading">
          <FormattedMessage id="interest.title" />
        </Title>
        <Text size="sm" c="dimmed">
          <FormattedMessage id={offersNeed ? 'interest.leadFirm' : 'interest.leadResearcher'} />
        </Text>
        {options && options.length === 0 ? (
          <Text size="sm">
            <FormattedMessage id={offersNeed ? 'interest.noNeeds' : 'interest.noCapabilities'} />
          </Text>
        ) : (
          <>
            <Select
              label={intl.formatMessage({
                id: offersNeed ? 'interest.yourNeed' : 'interest.yourCapability',
              })}
              data={options ?? []}
              value={own}
              onChange={(value) => {
                setOwn(value);
                setError(null);
              }}
              error={error}
            />
            <Textarea
              label={intl.formatMessage({ id: 'interest.message' })}
              maxLength={2000}
              autosize
              minRows={2}
              value={message}
              onChange={(event) => setMessage(event.currentTarget.value)}
            />
            <Button
              onClick={() => void submit()}
              loading={loading}
              style={{ alignSelf: 'flex-start' }}
            >
              <FormattedMessage id="interest.submit" />
            </Button>
          </>
        )}
      </Stack>
    </Paper>
  );
}
