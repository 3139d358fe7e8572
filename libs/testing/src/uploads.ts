import type { GraphqlClient } from './graphql-client';

export interface UploadAnswer {
  status: number;
  body: { id?: string; name?: string; bytes?: number; errors?: { extensions: { code: string } }[] };
}

/** Sends a file to the api's upload route as the client's user, as the web app does. */
export async function uploadFile(
  client: GraphqlClient,
  name: string,
  content: Uint8Array | string,
  type = 'text/csv',
): Promise<UploadAnswer> {
  const response = await fetch(client.url.replace(/\/graphql$/, '/uploads'), {
    method: 'POST',
    headers: {
      'content-type': type,
      'x-file-name': encodeURIComponent(name),
      ...(client.accessToken ? { authorization: `Bearer ${client.accessToken}` } : {}),
    },
    body: content,
  });
  return { status: response.status, body: (await response.json()) as UploadAnswer['body'] };
}

/** The id of an upload the client's user may make. */
export async function uploadedId(
  client: GraphqlClient,
  name: string,
  content: Uint8Array | string,
  type?: string,
) {
  const { status, body } = await uploadFile(client, name, content, type);
  if (status !== 201 || !body.id)
    throw new Error(`upload refused: ${status} ${JSON.stringify(body)}`);
  return body.id;
}
