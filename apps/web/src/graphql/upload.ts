import { errorCode, fieldErrorsOf } from './errors';
import type { Session } from '../session/session';

/**
 * Sends the file as the upload route wants it (the raw bytes), with the session's token,
 * refreshed once if it expired while the page sat open; a refusal carries the server's reason.
 */
export async function uploadFile(file: File, session: Session): Promise<string> {
  const send = () =>
    fetch('/uploads', {
      method: 'POST',
      headers: {
        'content-type': file.type || 'application/octet-stream',
        'x-file-name': encodeURIComponent(file.name),
        ...(session.accessToken ? { authorization: `Bearer ${session.accessToken}` } : {}),
      },
      body: file,
    });
  let response = await send();
  if (response.status === 401 && (await session.refresh())) response = await send();
  const body = (await response.json().catch(() => ({}))) as {
    id?: string;
    errors?: { extensions?: { code?: string; fieldErrors?: { rule?: string }[] } }[];
  };
  if (response.ok && body.id) return body.id;
  const extensions = body.errors?.[0]?.extensions;
  throw new UploadRefused(extensions?.fieldErrors?.[0]?.rule ?? extensions?.code ?? 'network');
}

export class UploadRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/**
 * Why a file was refused, wherever it was: the upload's reason, the rule of the operation's
 * field error (its argument `argument`), the error's code, or `network`.
 */
export function refusalOf(error: unknown, argument = 'input'): string {
  if (error instanceof UploadRefused) return error.reason;
  return fieldErrorsOf(error, argument)[0]?.rule ?? errorCode(error) ?? 'network';
}
