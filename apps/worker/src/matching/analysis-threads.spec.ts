import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalysisThreads } from './analysis-threads';

/** A build falls back to analysing in its own thread when its threads fail (engine-state). */
describe('analysis threads that cannot serve', () => {
  let directory: string;
  const entry = async (name: string, code: string) => {
    const path = join(directory, name);
    await writeFile(path, code);
    return path;
  };

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'analysis-threads-'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('refuse the work when the thread runs a file that never serves analysis', async () => {
    const threads = new AnalysisThreads(1, 'postgres://unused', {
      entry: await entry('idle.js', 'setInterval(() => {}, 1000);'),
      startTimeoutMs: 300,
    });
    await expect(threads.analyse('need', ['a'])).rejects.toThrow('did not start');
    await threads.close();
  });

  it('refuse the work when the thread fails as it starts', async () => {
    const threads = new AnalysisThreads(2, 'postgres://unused', {
      entry: await entry('failing.js', "throw new Error('no engine here');"),
    });
    await expect(threads.analyse('need', ['a'])).rejects.toThrow('no engine here');
    await expect(threads.analyse('capability', ['b'])).rejects.toThrow();
    await threads.close();
  });
});
