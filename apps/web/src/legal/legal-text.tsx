import { Stack, Text } from '@mantine/core';

/** A legal text as the api gives it: paragraphs separated by blank lines, the first its title. */
export function splitLegalText(body: string): { title: string; paragraphs: string[] } {
  const [title = '', ...paragraphs] = body.split(/\n\s*\n/);
  return { title, paragraphs };
}

export function LegalParagraphs({ body }: { body: string }) {
  return (
    <Stack gap="xs">
      {splitLegalText(body).paragraphs.map((paragraph, index) => (
        <Text key={index} size="sm" style={{ whiteSpace: 'pre-line' }}>
          {paragraph}
        </Text>
      ))}
    </Stack>
  );
}
