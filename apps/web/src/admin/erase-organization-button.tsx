import { Alert, Button, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { EraseOrganizationMutation as Erasure } from '../graphql/generated/graphql';
import { errorCode } from '../graphql/errors';
import { useMutation } from '../graphql/use-mutation';
import { EraseOrganizationMutation, OrganizationsQuery } from './operations';

type Plan = Erasure['eraseOrganization'];

/** Erases an organisation with its people and postings, after showing what a dry run found. */
export function EraseOrganizationButton({
  organization,
}: {
  organization: { id: string; name: string };
}) {
  const intl = useIntl();
  const [plan, setPlan] = useState<Plan | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [erase, { loading }] = useMutation(EraseOrganizationMutation, {
    refetchQueries: [OrganizationsQuery],
  });

  const run = async (dryRun: boolean) => {
    try {
      const { data } = await erase({ variables: { id: organization.id, dryRun } });
      if (dryRun) return setPlan(data?.eraseOrganization ?? null);
      setPlan(null);
      notifications.show({
        color: 'green',
        message: intl.formatMessage({ id: 'organizations.erased' }, { name: organization.name }),
      });
    } catch (failure) {
      setRefused(
        intl.formatMessage({
          id: errorCode(failure) === 'CONFLICT' ? 'organizations.eraseConflict' : 'state.error',
        }),
      );
    }
  };
  const close = () => {
    setPlan(null);
    setRefused(null);
  };

  return (
    <>
      <Button
        size="compact-sm"
        variant="default"
        loading={loading && !plan}
        onClick={() => void run(true)}
      >
        <FormattedMessage id="organizations.erase" />
      </Button>
      <Modal
        opened={plan !== null || refused !== null}
        onClose={close}
        size="lg"
        title={intl.formatMessage({ id: 'organizations.eraseTitle' }, { name: organization.name })}
      >
        {refused && <Alert color="red">{refused}</Alert>}
        {plan && (
          <Stack gap="sm">
            <Text size="sm">
              <FormattedMessage id="organizations.eraseHint" />
            </Text>
            <PlanList
              heading="organizations.erasePeople"
              items={plan.people.map((person) => `${person.fullName} · ${person.email}`)}
            />
            <PlanList
              heading="organizations.eraseDeleted"
              items={plan.deletedPostings.map((posting) => posting.title)}
            />
            <PlanList
              heading="organizations.eraseAnonymised"
              items={plan.anonymisedPostings.map((posting) => posting.title)}
            />
            <Text size="sm">
              <FormattedMessage
                id="organizations.eraseCounts"
                values={{ clusters: plan.clusterMemberships, drafts: plan.researchDrafts }}
              />
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                <FormattedMessage id="action.cancel" />
              </Button>
              <Button color="red" loading={loading} onClick={() => void run(false)}>
                <FormattedMessage id="organizations.eraseConfirm" />
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}

function PlanList({
  heading,
  items,
}: {
  heading:
    'organizations.erasePeople' | 'organizations.eraseDeleted' | 'organizations.eraseAnonymised';
  items: string[];
}) {
  return (
    <section>
      <Title order={3} size="h6">
        <FormattedMessage id={heading} values={{ count: items.length }} />
      </Title>
      {items.length > 0 && (
        <List size="sm" spacing={2}>
          {items.map((item, index) => (
            <List.Item key={index}>{item}</List.Item>
          ))}
        </List>
      )}
    </section>
  );
}
