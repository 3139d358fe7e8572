import { ENV, type Env } from '@app/config';
import type { EngineSnapshot, Side } from '@app/matching';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { DataSource } from 'typeorm';

/** The first frame of a snapshot file; the engine's postings follow in frames of `frameSize`. */
interface Header {
  database: string;
  takenAt: string;
  format: EngineSnapshot['format'];
  engineVersion: string;
  vocabulary: readonly string[];
  counts: Record<Side, number>;
}

interface Frame {
  side: Side;
  postings: EngineSnapshot['postings'][Side];
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

  async load(): Promise<EngineSnapshot | undefined> {
    if (!this.directory) return undefined;
    const path = await this.path();
    const file = await open(path).catch(() => undefined);
    if (!file) return undefined;
    try {
      const header = (await readFrame(file)) as Header;
      if (header.database !== (await this.database())) return undefined;
      const postings: EngineSnapshot['postings'] = { need: [], capability: [] };
      for (let frame = await readFrame(file); frame; frame = await readFrame(file)) {
        const { side, postings: batch } = frame as Frame;
        for (const posting of batch) postings[side].push(posting);
      }
      if (sides.some((side) => postings[side].length !== header.counts[side])) {
        throw new Error('the file ends early');
      }
      return { ...header, postings };
    } catch (error) {
      this.logger.warn({ path, error }, 'matching snapshot unreadable; building from the database');
      return undefined;
    } finally {
      await file.close();
    }
  }

  /** Writes the snapshot beside the current one and swaps it in, so a crash leaves one whole. */
  async save(snapshot: EngineSnapshot): Promise<void> {
    if (!this.directory) return;
    const started = performance.now();
    await mkdir(this.directory, { recursive: true });
    const path = await this.path();
    const partial = `${path}.${process.pid}.partial`;
    const file = await open(partial, 'w');
    try {
      const { postings, ...engine } = snapshot;
      const header: Header = {
        ...engine,
        database: await this.database(),
        takenAt: new Date().toISOString(),
        counts: { need: postings.need.length, capability: postings.capability.length },
      };
      await writeFrame(file, header);
      for (const side of sides) {
        for (let i = 0; i < postings[side].length; i += frameSize) {
          await writeFrame(file, { side, postings: postings[side].slice(i, i + frameSize) });
        }
      }
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
