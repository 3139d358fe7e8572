/**
 * node --import tsx bench/profile-summary.ts <file.cpuprofile> [--top 30] [--since-ms 0]
 *
 * Where a process's CPU went, from a V8 CPU profile (`bench:pipeline -- --profile dir`): self
 * time by function and by package or source folder, and inclusive time of the functions that
 * hold most of it. Idle time (the event loop waiting) is left out of the shares.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '30' }, 'since-ms': { type: 'string', default: '0' } },
});
const profile = JSON.parse(readFileSync(positionals[0]!, 'utf8')) as Profile;
const top = Number(values.top);
const sinceUs = Number(values['since-ms']) * 1000;

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes)
  for (const child of node.children ?? []) parent.set(child, node.id);

const where = ({ url, lineNumber }: ProfileNode['callFrame']) => {
  const path = url.replace(/^file:\/\//, '');
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  return {
    module: module ?? path.match(/dist\/(apps|libs)\/[^/]+/)?.[0] ?? (path || 'native'),
    at: `${path.split('/').slice(-2).join('/')}:${lineNumber + 1}`,
  };
};
const label = (node: ProfileNode) =>
  `${node.callFrame.functionName || '(anonymous)'} ${where(node.callFrame).at}`;
const idle = new Set(['(idle)', '(program)', '(garbage collector)']);

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const modules = new Map<string, number>();
let elapsed = 0;
let busy = 0;
let gc = 0;
profile.samples.forEach((id, i) => {
  elapsed += profile.timeDeltas[i] ?? 0;
  if (elapsed < sinceUs) return;
  const delta = profile.timeDeltas[i + 1] ?? 0;
  const node = byId.get(id)!;
  const name = node.callFrame.functionName;
  if (name === '(garbage collector)') gc += delta;
  if (name === '(idle)' || name === '(program)') return;
  busy += delta;
  self.set(label(node), (self.get(label(node)) ?? 0) + delta);
  if (!idle.has(name)) {
    const module = where(node.callFrame).module;
    modules.set(module, (modules.get(module) ?? 0) + delta);
  }
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const key = label(byId.get(at)!);
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + delta);
  }
});

const ms = (us: number) => (us / 1000).toFixed(0).padStart(7);
const share = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)}%`;
const print = (line: string) => process.stdout.write(`${line}\n`);
const list = (title: string, entries: Map<string, number>) => {
  print(`\n${title}`);
  for (const [key, us] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top))
    print(`${ms(us)} ms ${share(us)}  ${key}`);
};
print(`busy ${ms(busy)} ms (gc ${ms(gc)} ms) of ${ms(elapsed)} ms profiled`);
list('self time by package or folder', modules);
list('self time by function', self);
list('inclusive time by function', inclusive);
