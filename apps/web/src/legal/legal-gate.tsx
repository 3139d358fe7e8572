import { useQuery } from '@apollo/client/react';
import { Button, Checkbox, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from '../graphql/use-mutation';
import { useLocale } from '../i18n/locale-provider';
import { useServerFieldErrors } from '../i18n/use-field-errors';
import { LoadError, PageLoader } from '../layout/page-state';
import { AcceptLegalDocumentsMutation, LegalTextsQuery } from '../session/operations';
import type { SessionUser } from '../session/session';
import { useSession } from '../session/session-context';
import { LegalParagraphs, splitLegalText } from './legal-text';

/**
 * Shown instead of any page while the user has not accepted the texts in force (a first visit
 * of an invited person, or after the operator changed them): the api refuses every change
 * until then, so the app asks first rather than fail on the first save.
 */
export function LegalGate({ user }: { user: SessionUser }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const session = useSession();
  const serverErrors = useServerFieldErrors();
  const [agreed, setAgreed] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const texts = useQuery(LegalTextsQuery, { variables: { language: locale } });
  const [accept, { loading }] = useMutation(AcceptLegalDocumentsMutation);
  const shown = texts.data?.legalTexts.filter((text) =>
    user.legalDocumentsToAccept.includes(text.document),
  );

  const submit = async () => {
    if (!agreed) return setRefusal(intl.formatMessage({ id: 'legal.agreeFirst' }));
    try {
      const { data } = await accept({
        variables: {
          input: {
            language: locale,
            documents: (texts.data?.legalTexts ?? []).map(({ document, version }) => ({
              document,
              version,
            })),
          },
        },
      });
      if (data) session.updateUser({ ...user, ...data.acceptLegalDocuments });
    } catch (failure) {
      // A text changed while it was being read: show the new one.
      await texts.refetch();
      setAgreed(false);
      setRefusal(
        Object.values(serverErrors(failure, 'input'))[0] ??
          intl.formatMessage({ id: 'state.error' }),
      );
    }
  };

  if (texts.error && !texts.data) return <LoadError error={texts.error} retry={texts.refetch} />;
  if (!shown) return <PageLoader />;
  return (
    <Stack maw={760}>
      <Title order={1}>
        <FormattedMessage id="legal.gate.title" />
      </Title>
      <Text>
        <FormattedMessage id="legal.gate.intro" />
      </Text>
      {shown.map((text) => (
        <Paper key={text.document} withBorder p="md">
          <Title order={2} size="h4" mb="xs">
            {splitLegalText(text.body).title}
          </Title>
          <LegalParagraphs body={text.body} />
        </Paper>
      ))}
      <Checkbox
        label={intl.formatMessage({ id: 'legal.agree' })}
        checked={agreed}
        onChange={(event) => {
          setAgreed(event.currentTarget.checked);
          setRefusal(null);
        }}
        error={refusal}
      />
      <Button onClick={() => void submit()} loading={loading} style={{ alignSelf: 'flex-start' }}>
        <FormattedMessage id="legal.accept" />
      </Button>
    </Stack>
  );
}
