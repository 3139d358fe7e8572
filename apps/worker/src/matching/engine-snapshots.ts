import { ENV, type Env } from '@app/config';
import {
  MatchingEngine,
  type MatchingConfig,
  type SnapshotFrame,
  type SnapshotHeader,
  type Side,
} from '@app/matching';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { DataSource } from 'typeorm';

/**
 * A snapshot file is frames: this header, the engine's postings in frames of `frameSize`, and
 * the end, which holds the vocabulary (taken after the postings that refer to it) and counts.
 */
interface Header extends SnapshotHeader {
  kind: 'header';
  database: string;
  takenAt: string;
}

interface Postings extends SnapshotFrame {
  kind: 'postings';
}

interface End {
  kind: 'end';
  vocabulary: readonly string[];
  counts: Record<Side, number>;
}

/** Frames keep the memory a save or a restore needs beside the engine small. */
const frameSize = 5000;
const sides = ['need', 'capability'] as const;

/**
 * Keeps the worker's analysed index on local disk between runs, so a restart restores it instead
 * of analysing every posting again. A snapshot is only offered back to the database it was taken
 * from (cluster identifier and database oid, so a restored backup or a recreated database gets a
 * fresh build); the caller reconciles it with the postings as they are now.
 */
@Injectable()
export class EngineSnapshots {
  private readonly directory: string | undefined;
  private identity: Promise<string> | undefined;

  constructor(
    @Inject(ENV) env: Env,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly logger: PinoLogger,
  ) {
    this.directory = env.MATCHING_SNAPSHOT_DIR;
  }

  /** An engine holding the snapshot's postings, if there is one this engine version can take. */
  async load(config: MatchingConfig): Promise<MatchingEngine | undefined> {
    if (!this.directory) return undefined;
    const path = await this.path();
    const file = await open(path).catch(() => undefined);
    if (!file) return undefined;
    try {
      const header = (await readFrame(file)) as Header;
      if (header.database !== (await this.database())) return undefined;
      const engine = MatchingEngine.restoring(header, config);
      if (!engine) return undefined;
      const counts = { need: 0, capability: 0 };
      let frame = (await readFrame(file)) as Postings | End | undefined;
      for (; frame?.kind === 'postings'; frame = (await readFrame(file)) as Postings | End) {
        engine.restoreFrame(frame);
        counts[frame.side] += frame.postings.length;
      }
      if (frame?.kind !== 'end' || sides.some((side) => frame.counts[side] !== counts[side])) {
        throw new Error('the file ends early');
      }
      engine.restoreVocabulary(frame.vocabulary);
      return engine;
    } catch (error) {
      this.logger.warn({ path, error }, 'matching snapshot unreadable; building from the database');
      return undefined;
    } finally {
      await file.close();
    }
  }

  /** Writes the snapshot beside the current one and swaps it in, so a crash leaves one whole. */
  async save(engine: MatchingEngine): Promise<void> {
    if (!this.directory) return;
    const started = performance.now();
    await mkdir(this.directory, { recursive: true });
    const path = await this.path();
    const partial = `${path}.${process.pid}.partial`;
    const file = await open(partial, 'w');
    try {
      const header: Header = {
        kind: 'header',
        ...engine.snapshotHeader(),
        database: await this.database(),
        takenAt: new Date().toISOString(),
      };
      await writeFrame(file, header);
      const counts = { need: 0, capability: 0 };
      for (const frame of engine.snapshotFrames(frameSize)) {
        await writeFrame(file, { kind: 'postings', ...frame } satisfies Postings);
        counts[frame.side] += frame.postings.length;
      }
      const vocabulary = engine.snapshotVocabulary();
      await writeFrame(file, { kind: 'end', vocabulary, counts } satisfies End);
      await file.sync();
    } catch (error) {
      await file.close();
      await rm(partial, { force: true });
      throw error;
    }
    await file.close();
    await rename(partial, path);
    this.logger.info(
      { path, ms: Math.round(performance.now() - started) },
      'matching snapshot saved',
    );
  }

  private async path(): Promise<string> {
    return join(this.directory!, `matching-index-${await this.database()}.snapshot`);
  }

  /**
   * Which database this is: its cluster's identifier and its oid, both new after a restore.
   * Asked once, at load, so a save at shutdown does not need the connection.
   */
  private database(): Promise<string> {
    return (this.identity ??= this.dataSource.sql<
      { id: string }[]
    >`SELECT ((SELECT system_identifier FROM pg_control_system()) || '-' || oid)::text AS id
         FROM pg_database WHERE datname = current_database()`.then(([row]) => row!.id));
  }
}

type File = Awaited<ReturnType<typeof open>>;

async function writeFrame(file: File, value: unknown): Promise<void> {
  const payload = serialize(value);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(payload.length);
  await file.write(length);
  await file.write(payload);
}

async function readFrame(file: File): Promise<unknown> {
  const length = Buffer.alloc(4);
  const { bytesRead } = await file.read(length, 0, 4);
  if (bytesRead === 0) return undefined;
  if (bytesRead !== 4) throw new Error('the file ends early');
  const payload = Buffer.alloc(length.readUInt32LE());
  const read = await file.read(payload, 0, payload.length);
  if (read.bytesRead !== payload.length) throw new Error('the file ends early');
  return deserialize(payload);
}
