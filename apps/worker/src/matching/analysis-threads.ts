import {
  type AnalysedPage,
  analysedText,
  ForeignVocabulary,
  type Indexed,
  type PostingProfile,
  PostingAnalyser,
  type Side,
  transferablesOf,
  withoutTexts,
} from '@app/matching';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { DataSource } from 'typeorm';
import { type LoadedPosting, postingsInOrder } from './posting-rows';

const role = 'posting-analysis';

interface ThreadData {
  role: typeof role;
  databaseUrl: string;
}

interface Request {
  id: number;
  side: Side;
  ids: string[];
}

/** A page of postings as read (texts left out) and the analysis of the published ones' texts. */
export interface AnalysedPostings {
  postings: LoadedPosting<Indexed<PostingProfile>>[];
  page: AnalysedPage;
}

type Reply = ({ id: number } & AnalysedPostings) | { id: number; error: string } | 'ready';

/** How long a thread may take to start before the build goes on without threads. */
const defaultStartTimeoutMs = 15_000;

/** Whether this is one of the threads a build analyses postings in (see `serveAnalysis`). */
export function isAnalysisThread(): boolean {
  return !isMainThread && (workerData as Partial<ThreadData> | null)?.role === role;
}

/**
 * The thread's side: reads the pages of postings it is sent and analyses their texts, in the
 * order they were sent, against its own vocabulary. It reads them itself so that the texts (most
 * of what a build allocates) never reach the worker's heap, where the index lives.
 */
export function serveAnalysis(): void {
  const { databaseUrl } = workerData as ThreadData;
  const database = new DataSource({
    type: 'postgres',
    url: databaseUrl,
    extra: { max: 1, application_name: 'matchmaking-index-build' },
  });
  const connected = database.initialize();
  const analyser = new PostingAnalyser();
  let previous = Promise.resolve();
  parentPort!.postMessage('ready' satisfies Reply);
  parentPort!.on('message', ({ id, side, ids }: Request) => {
    const reading = connected.then(() => postingsInOrder(database.manager, side, ids));
    reading.catch(() => undefined);
    previous = previous.then(async () => {
      try {
        const read = await reading;
        const published = read.filter((posting) => posting.published);
        const page = analyser.analyse(published.map((posting) => analysedText(posting.profile)));
        const postings = read.map((posting) => ({
          ...posting,
          profile: withoutTexts(posting.profile),
        }));
        parentPort!.postMessage({ id, postings, page } satisfies Reply, transferablesOf(page));
      } catch (error) {
        parentPort!.postMessage({ id, error: String(error) } satisfies Reply);
      }
    });
  });
}

interface Thread {
  worker: Worker;
  /** Settles when the thread says it serves analysis: a wrong entry file never does. */
  started: Promise<void>;
  vocabulary: ForeignVocabulary;
  waiting: Map<
    number,
    { resolve: (page: AnalysedPostings) => void; reject: (error: Error) => void }
  >;
}

/**
 * Threads that read and analyse postings for a fresh build, so that the text analysis (most of a
 * build) runs on every core while this thread indexes. Each page is indexed with the vocabulary
 * of the thread that analysed it, in the order the pages were asked for.
 */
export class AnalysisThreads {
  private readonly threads: Thread[];
  private next = 0;
  private requests = 0;

  constructor(
    count: number,
    databaseUrl: string,
    { entry = process.argv[1]!, startTimeoutMs = defaultStartTimeoutMs } = {},
  ) {
    this.threads = Array.from({ length: count }, () => {
      const worker = new Worker(entry, {
        workerData: { role, databaseUrl } satisfies ThreadData,
        // Its heap holds a few pages and the words it has met; the cap keeps its garbage small.
        resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 },
      });
      let started!: () => void;
      let failed!: (error: Error) => void;
      const thread: Thread = {
        worker,
        started: new Promise((resolve, reject) => {
          [started, failed] = [resolve, reject];
          setTimeout(
            () => reject(new Error('analysis thread did not start')),
            startTimeoutMs,
          ).unref();
        }),
        vocabulary: new ForeignVocabulary(),
        waiting: new Map(),
      };
      thread.started.catch(() => undefined);
      worker.on('message', (reply: Reply) => {
        if (reply === 'ready') return started();
        const request = thread.waiting.get(reply.id);
        thread.waiting.delete(reply.id);
        if ('error' in reply) request?.reject(new Error(reply.error));
        else request?.resolve(reply);
      });
      const failAll = (error: Error) => {
        failed(error);
        for (const request of thread.waiting.values()) request.reject(error);
        thread.waiting.clear();
      };
      worker.on('error', failAll);
      worker.on('exit', (code) => failAll(new Error(`analysis thread exited (${code})`)));
      return thread;
    });
  }

  get count(): number {
    return this.threads.length;
  }

  /** The postings read and analysed, with the vocabulary to index them with. */
  async analyse(
    side: Side,
    ids: string[],
  ): Promise<AnalysedPostings & { vocabulary: ForeignVocabulary }> {
    const thread = this.threads[this.next++ % this.threads.length]!;
    const id = this.requests++;
    await thread.started;
    const analysed = await new Promise<AnalysedPostings>((resolve, reject) => {
      thread.waiting.set(id, { resolve, reject });
      thread.worker.postMessage({ id, side, ids } satisfies Request);
    });
    return { ...analysed, vocabulary: thread.vocabulary };
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
  }
}
