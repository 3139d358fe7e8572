import { AccountEmailKind, conflict, DataExportEntity, invalidInput } from '@app/domain';
import { notificationJob, recordOutboxJob } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { gunzipSync } from 'node:zlib';
import { DataSource, type EntityManager } from 'typeorm';
import { AccountEmailsService } from '../auth/account-emails.service';
import type { Viewer } from '../auth/viewer';
import type { DataExportFileModel, DataExportModel } from './models/data-export.model';

/** One archive at a time: a request waits this long for the worker before another is taken. */
const preparingForMinutes = 60;

/** Whether an archive of this person's data is being prepared (and so must not change under it). */
export async function archiveBeingPrepared(manager: EntityManager, userId: string) {
  const [preparing] = await manager.sql<{ id: string }[]>`SELECT id FROM data_exports
    WHERE user_id = ${userId}::uuid AND ready_at IS NULL
      AND requested_at > now() - make_interval(mins => ${preparingForMinutes})`;
  return preparing !== undefined;
}

/** A person's own archive of their data: asked for here, prepared by the worker, downloaded once. */
@Injectable()
export class DataExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accountEmails: AccountEmailsService,
  ) {}

  request(viewer: Viewer): Promise<DataExportModel> {
    return this.dataSource.transaction(async (manager) => {
      // Serialises requests of one person, so two quick clicks prepare one archive.
      await manager.sql<
        { id: string }[]
      >`SELECT id FROM users WHERE id = ${viewer.id}::uuid FOR UPDATE`;
      if (await archiveBeingPrepared(manager, viewer.id))
        throw conflict('Your archive is being prepared; its link comes by e-mail');
      const saved = await manager.save(manager.create(DataExportEntity, { userId: viewer.id }));
      await recordOutboxJob(
        manager,
        notificationJob({ name: 'prepare-data-export', data: { exportId: saved.id } }),
      );
      return { id: saved.id, requestedAt: saved.requestedAt, readyAt: null, downloadedAt: null };
    });
  }

  mine(viewer: Viewer): Promise<DataExportModel[]> {
    return this.dataSource.manager.find(DataExportEntity, {
      where: { userId: viewer.id },
      order: { requestedAt: 'DESC' },
      take: 5,
    });
  }

  /** The link works once and for its owner only; the archive is dropped once downloaded. */
  download(viewer: Viewer, token: string): Promise<DataExportFileModel> {
    return this.dataSource.transaction(async (manager) => {
      await this.accountEmails.useLink(
        manager,
        token,
        AccountEmailKind.DATA_EXPORT_READY,
        viewer.id,
      );
      const [ready] = await manager.sql<
        { id: string; archive: Buffer; ready_at: Date | null }[]
      >`SELECT id, archive, ready_at FROM data_exports
        WHERE user_id = ${viewer.id}::uuid AND archive IS NOT NULL
        ORDER BY ready_at DESC LIMIT 1 FOR UPDATE`;
      if (ready) {
        await manager.sql`UPDATE data_exports SET archive = NULL, downloaded_at = now()
          WHERE id = ${ready.id}::uuid`;
      }
      if (!ready) {
        throw invalidInput('token', 'This archive was downloaded already', 'invalid-link');
      }
      return {
        fileName: `matchmaking-data-${ready.ready_at!.toISOString().slice(0, 10)}.json`,
        json: gunzipSync(ready.archive).toString('utf8'),
      };
    });
  }
}
