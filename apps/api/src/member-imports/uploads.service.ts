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
      await manager.query(`DELETE FROM uploads WHERE expires_at < now()`);
      await manager.query(
        `DELETE FROM uploads WHERE id IN (
           SELECT id FROM uploads WHERE user_id = $1
           ORDER BY created_at DESC OFFSET $2)`,
        [viewer.id, uploadsPerUser - 1],
      );
      const [{ id }] = (await manager.query(
        `INSERT INTO uploads (user_id, name, content, expires_at)
         VALUES ($1, $2, $3, now() + make_interval(hours => $4)) RETURNING id`,
        [viewer.id, name, content, keepUploadsHours],
      )) as { id: string }[];
      return { id: id!, name, bytes: content.length };
    });
  }

  /** Only its sender may read an upload: to anyone else it does not exist. */
  async content(viewer: Viewer, uploadId: string): Promise<{ name: string; content: Buffer }> {
    const [upload] = (await this.dataSource.query(
      `SELECT name, content FROM uploads WHERE id = $1 AND user_id = $2 AND expires_at > now()`,
      [uploadId, viewer.id],
    )) as { name: string; content: Buffer }[];
    if (!upload) throw notFound('Upload', uploadId);
    return upload;
  }
}
