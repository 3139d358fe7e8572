import { invalidInput, UserRole } from '@app/domain';
import { sheetLimits } from '@app/imports';
import { Controller, Headers, HttpCode, PayloadTooLargeException, Post, Req } from '@nestjs/common';
import { type AuthenticatedRequest, CurrentViewer, Roles } from '../auth/auth.decorators';
import type { Viewer } from '../auth/viewer';
import { type StoredUpload, UploadsService } from './uploads.service';

const tooLarge = () =>
  new PayloadTooLargeException(`A file may have ${sheetLimits.fileBytes / 1024 / 1024} MB at most`);

/** The body's bytes as they come, up to the limit: a larger file is refused as it streams in. */
async function bodyBytes(request: AuthenticatedRequest, limit: number): Promise<Buffer> {
  if (request.readableEnded) {
    throw invalidInput('file', 'Send the file itself as the body, not JSON or a form', 'raw-body');
  }
  if (Number(request.headers['content-length'] ?? 0) > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > limit) {
      // The rest is not read: the connection closes once the refusal is sent.
      request.res?.setHeader('Connection', 'close');
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The name the file had, from `X-File-Name` (URI-encoded, as browsers can only send ASCII). */
function fileName(header: string | undefined): string {
  let name = 'upload';
  try {
    name = decodeURIComponent(header ?? '') || name;
  } catch {
    // A malformed encoding still uploads, under the default name.
  }
  return (name.split(/[\\/]/).pop() ?? name).trim().slice(0, 255) || 'upload';
}

/**
 * Files for imports arrive here, outside GraphQL (whose requests stay small), as the raw body
 * of a POST; the GraphQL operations that read them name them by the id this answers.
 */
@Controller('uploads')
export class UploadsController {
  constructor(private readonly uploads: UploadsService) {}

  @Roles(UserRole.ADMIN, UserRole.COORDINATOR, UserRole.RESEARCHER)
  @Post()
  @HttpCode(201)
  async upload(
    @Req() request: AuthenticatedRequest,
    @CurrentViewer() viewer: Viewer,
    @Headers('x-file-name') name?: string,
  ): Promise<StoredUpload> {
    const content = await bodyBytes(request, sheetLimits.fileBytes);
    return this.uploads.store(viewer, fileName(name), content);
  }
}
