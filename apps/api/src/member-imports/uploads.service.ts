import { invalidInput, keepUploadsHours, notFound } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';

/** Uploads a user keeps at once; a newer one ends the oldest. */
const uploadsPerUser = 5;

export interface StoredUpload {
  id: string;
  name: string;
  bytes: number;
}

/** Files sent for an import, kept a day for the dry run and the import that name them. */
@Injectable()
export class UploadsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async store(viewer: Viewer, name: string, content: Buffer): Promise<StoredUpload> {
    if (content.length === 0) throw invalidInput('file', 'The file is empty', 'empty-file');
    return this.dataSource.transaction(async (manager) => {
      await manager.sql`DELETE FROM uploads WHERE expires_at < now()`;
      await manager.sql`DELETE FROM uploads WHERE id IN (
           SELECT id FROM uploads WHERE user_id = ${viewer.id}::uuid
           ORDER BY created_at DESC OFFSET ${uploadsPerUser - 1})`;
      const [{ id }] = await manager.sql<
        { id: string }[]
      >`INSERT INTO uploads (user_id, name, content, expires_at)
         VALUES (${viewer.id}::uuid, ${name}, ${content}, now() + make_interval(hours => ${keepUploadsHours})) RETURNING id`;
      return { id: id!, name, bytes: content.length };
    });
  }

  /** Only its sender may read an upload: to anyone else it does not exist. */
  async content(viewer: Viewer, uploadId: string): Promise<{ name: string; content: Buffer }> {
    const [upload] = await this.dataSource.sql<
      { name: string; content: Buffer }[]
    >`SELECT name, content FROM uploads WHERE id = ${uploadId}::uuid AND user_id = ${viewer.id}::uuid AND expires_at > now()`;
    if (!upload) throw notFound('Upload', uploadId);
    return upload;
  }
}
