import { Stack, Text } from '@mantine/core';

/** A legal text as the api gives it: plain paragraphs separated by blank lines, the first a title. */
export function LegalTextBody({ body }: { body: string }) {
  const [title, ...paragraphs] = body.split(/\n\s*\n/);
  return (
    <Stack gap="xs">
      <Text fw={700}>{title}</Text>
      {paragraphs.map((paragraph, index) => (
        <Text key={index} size="sm" style={{ whiteSpace: 'pre-line' }}>
          {paragraph}
        </Text>
      ))}
    </Stack>
  );
}
