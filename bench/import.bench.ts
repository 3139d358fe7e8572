/**
 * npm run bench:import -- [--json] [--rows 5000] [--authors 2000] [--works-per-author 15]
 *
 * What the imports cost: reading a member spreadsheet of `--rows` rows, saved as Polish Excel
 * does (Windows-1250 CSV with semicolons, and XLSX), into checked member rows; its dry run and
 * import through the built api (upload, memberImportPlan, importMembers on a fresh database),
 * with the api's memory above what it held before; and drafting a capability per author from
 * their OpenAlex works, in this process and as a coordinator's institution import does it (the
 * built worker reading the works page by page from a local OpenAlex, the coordinator polling the
 * progress). The named baselines are the bare libraries in the same run (csv-parse
 * on the same text, exceljs loading the same workbook), as ratios. Needs `npm run build`.
 */
import { Workbook } from 'exceljs';
import { parse } from 'csv-parse/sync';
import { encode } from 'iconv-lite';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import {
  draftCapabilityFromWorks,
  readCsvTable,
  readMemberRows,
  readXlsxTable,
  type OpenAlexWork,
} from '../libs/imports/src';
import { GraphqlClient } from '../libs/testing/src/graphql-client';
import { ops } from '../libs/testing/src/operations';
import { measureCpu } from './pipeline/cpu-usage';
import { startPlatform } from './pipeline/platform-processes';
import { benchPassword, seedPlatform } from './pipeline/seed-platform';
import { round } from './stats';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    rows: { type: 'string', default: '5000' },
    authors: { type: 'string', default: '2000' },
    'works-per-author': { type: 'string', default: '15' },
  },
});
const rowCount = Number(values.rows);
const authorCount = Number(values.authors);
const worksPerAuthor = Number(values['works-per-author']);

const header = [
  'Nazwa organizacji',
  'Rodzaj',
  'Wielkość',
  'NIP',
  'Miejscowość',
  'Województwo',
  'E-mail',
  'Imię i nazwisko',
  'Rola',
  'Język',
];

/** A valid NIP of its own for each row number: nine digits from it, and the check digit. */
function nipFor(row: number): string {
  for (let salt = 0; ; salt++) {
    const digits = String(100_000_000 + row * 10 + salt)
      .split('')
      .map(Number);
    const check = [6, 5, 7, 2, 3, 4, 5, 6, 7].reduce((sum, w, i) => sum + w * digits[i]!, 0) % 11;
    if (check !== 10) return [...digits, check].join('');
  }
}

const memberRow = (row: number) => [
  `Zakład Mechaniczny Łącki nr ${row} Sp. z o.o.`,
  row % 5 === 0 ? 'uczelnia' : 'firma',
  row % 5 === 0 ? '' : 'mała',
  row % 5 === 0 ? '' : nipFor(row),
  ['Lublin', 'Radom', 'Świdnik', 'Starachowice'][row % 4]!,
  row % 4 === 1 ? 'mazowieckie' : 'lubelskie',
  `osoba.${row}@zaklad-${row}.example`,
  `Żaneta Źdźbło ${row}`,
  row % 5 === 0 ? 'naukowiec' : 'firma',
  row % 7 === 0 ? 'angielski' : 'polski',
];

function timed<T>(work: () => T): { result: T; seconds: number } {
  const start = process.hrtime.bigint();
  const result = work();
  return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

async function timedAsync<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const start = process.hrtime.bigint();
  const result = await work();
  return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

const memoryMb = () => {
  globalThis.gc?.();
  const { heapUsed, external, arrayBuffers } = process.memoryUsage();
  return (heapUsed + external - arrayBuffers) / 1024 / 1024;
};

/** The invented institution the synthetic works name (a ROR id in ROR's own format). */
const ror = 'https://ror.org/02pq7ke47';

const words =
  'fatigue weld toe residual stress crack growth finite element model steel joint truck frame vibration sensor gear hardening laser coating wear friction casting aluminium porosity milling titanium tool chatter inspection vision measurement'.split(
    ' ',
  );

/** An author's works: titles and inverted abstracts from a shared vocabulary, as OpenAlex gives them. */
function syntheticWorks(author: number): OpenAlexWork[] {
  const authorId = `https://openalex.org/A${5_000_000 + author}`;
  return Array.from({ length: worksPerAuthor }, (_, index) => {
    const pick = (offset: number) => words[(author * 7 + index * 3 + offset) % words.length]!;
    const abstract = Array.from(
      { length: 5 },
      (_, sentence) =>
        `We study ${pick(sentence)} and ${pick(sentence + 1)} of ${pick(sentence + 2)} in ${pick(sentence + 3)} under ${pick(sentence + 4)} loads.`,
    ).join(' ');
    const inverted: Record<string, number[]> = {};
    abstract.split(' ').forEach((word, position) => (inverted[word] ??= []).push(position));
    return {
      id: `https://openalex.org/W${author * 100 + index}`,
      doi: `https://doi.org/10.5555/bench.${author}.${index}`,
      title: `${pick(0)} ${pick(1)} of ${pick(2)} ${pick(3)}`,
      publication_year: 2015 + (index % 10),
      language: 'en',
      abstract_inverted_index: inverted,
      authorships: [
        {
          author: { id: authorId },
          institutions: [
            {
              id: 'https://openalex.org/I1',
              display_name: 'Politechnika Przykładowa',
              ror,
              country_code: 'PL',
            },
          ],
        },
      ],
      topics: [
        { id: `https://openalex.org/T${index % 9}`, display_name: `Topic ${pick(0)}`, score: 0.9 },
      ],
      keywords: [{ display_name: pick(1), score: 0.5 }],
    };
  });
}

/** The spreadsheet uploaded, dry-run and imported through the built api, as a coordinator does. */
async function throughTheApi(csvBytes: Buffer) {
  const seeded = await seedPlatform('matchmaking_bench_import', {
    needs: 0,
    capabilities: 0,
    draftNeeds: 0,
    draftCapabilities: 0,
  });
  const platform = await startPlatform(seeded.databaseUrl, 'matchmaking_bench_import', 0);
  try {
    const anonymous = new GraphqlClient(platform.url);
    const { signIn } = await anonymous.ok(ops.signIn, {
      email: 'coordinator-1@bench.example',
      password: benchPassword,
    });
    const coordinator = anonymous.as(signIn.accessToken);
    const [{ id: clusterId }] = await seeded.dataSource.query('SELECT id FROM clusters');
    const rssBefore = platform.apiRssMb().now;
    const upload = await timedAsync(async () => {
      const response = await fetch(platform.url.replace(/graphql$/, 'uploads'), {
        method: 'POST',
        headers: {
          authorization: `Bearer ${signIn.accessToken}`,
          'content-type': 'text/csv',
          'x-file-name': 'czlonkowie.csv',
        },
        body: csvBytes,
      });
      return ((await response.json()) as { id: string }).id;
    });
    const variables = { clusterId, uploadId: upload.result };
    const dryRun = await timedAsync(() => coordinator.ok(ops.memberImportPlan, variables));
    const plan = dryRun.result.memberImportPlan;
    if (plan.problems.length > 0 || plan.peopleToInvite !== rowCount) {
      throw new Error(
        `the dry run found ${plan.problems.length} problems: ${JSON.stringify(plan.problems.slice(0, 3))}`,
      );
    }
    const imported = await timedAsync(() => coordinator.ok(ops.importMembers, variables));
    if (imported.result.importMembers.peopleInvited !== rowCount) {
      throw new Error(`the import invited ${imported.result.importMembers.peopleInvited}`);
    }
    const again = await timedAsync(() => coordinator.ok(ops.importMembers, variables));
    if (again.result.importMembers.organizationsCreated !== 0) {
      throw new Error('the second import of the same file created organisations');
    }
    return {
      uploadSeconds: round(upload.seconds, 3),
      dryRunSeconds: round(dryRun.seconds, 3),
      importSeconds: round(imported.seconds, 3),
      reimportSeconds: round(again.seconds, 3),
      importExtraMemoryMb: platform.apiRssMb().peak - rssBefore,
    };
  } finally {
    await platform.stop();
    await seeded.drop();
  }
}

/** OpenAlex's works endpoint for the institution, paged by cursor as OpenAlex pages it. */
async function startOpenAlex(works: OpenAlexWork[]) {
  const perPage = 100;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://openalex.bench');
    const cursor = url.searchParams.get('cursor');
    const page = cursor === '*' ? 0 : Number(cursor);
    const results =
      url.searchParams.get('filter') === `authorships.institutions.ror:${ror}`
        ? works.slice(page * perPage, (page + 1) * perPage)
        : [];
    const more = (page + 1) * perPage < works.length;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        meta: {
          count: works.length,
          per_page: perPage,
          next_cursor: more ? String(page + 1) : null,
        },
        results,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The institution imported as a coordinator does it: the worker reads every page from a local
 * OpenAlex and writes a draft per researcher, while the coordinator's page polls the progress.
 */
async function institutionThroughTheWorker(works: OpenAlexWork[]) {
  const openAlex = await startOpenAlex(works);
  const seeded = await seedPlatform('matchmaking_bench_institution', {
    needs: 0,
    capabilities: 0,
    draftNeeds: 0,
    draftCapabilities: 0,
  });
  const platform = await startPlatform(seeded.databaseUrl, 'matchmaking_bench_institution', 1, {
    extraEnv: { OPENALEX_URL: openAlex.url },
  });
  try {
    const anonymous = new GraphqlClient(platform.url);
    const { signIn } = await anonymous.ok(ops.signIn, {
      email: 'coordinator-1@bench.example',
      password: benchPassword,
    });
    const coordinator = anonymous.as(signIn.accessToken);
    const [university] = await seeded.dataSource.query(
      `SELECT o.id, cm.cluster_id FROM organizations o
       JOIN cluster_members cm ON cm.organization_id = o.id
       WHERE o.kind = 'UNIVERSITY' ORDER BY o.name LIMIT 1`,
    );
    const cpu = measureCpu(platform.processes);
    const started = performance.now();
    const { importInstitution } = await coordinator.ok(
      `mutation($input: ImportInstitutionInput!) { importInstitution(input: $input) { id } }`,
      { input: { clusterId: university.cluster_id, organizationId: university.id, ror } },
    );
    let progress: Record<string, any> = {};
    for (;;) {
      ({ institutionImport: progress } = await coordinator.ok(
        `query($id: ID!) { institutionImport(id: $id) { status worksRead authorsFound draftsMade } }`,
        { id: importInstitution.id },
      ));
      if (progress.status === 'DONE' || progress.status === 'FAILED') break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const seconds = (performance.now() - started) / 1000;
    const used = cpu();
    if (progress.status !== 'DONE' || progress.draftsMade !== authorCount) {
      throw new Error(`the institution import ended ${JSON.stringify(progress)}`);
    }
    return {
      draftSeconds: round(seconds, 2),
      draftWorkerCpuMsPerAuthor: round((used.workers ?? 0) / authorCount, 2),
      draftPostgresCpuMsPerAuthor: round((used.postgres ?? 0) / authorCount, 2),
      draftWorkerPeakRssMb: platform.workers[0]!.peakRssMb(),
    };
  } finally {
    await platform.stop();
    await seeded.drop();
    await openAlex.close();
  }
}

async function main() {
  const rows = Array.from({ length: rowCount }, (_, index) => memberRow(index + 1));
  const csvText = [header, ...rows].map((cells) => cells.join(';')).join('\r\n') + '\r\n';
  const csvBytes = encode(csvText, 'win1250');
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Członkowie');
  sheet.addRows([header, ...rows]);
  const xlsxBytes = Buffer.from(await workbook.xlsx.writeBuffer());

  const memoryBefore = memoryMb();
  const csv = timed(() => readMemberRows(readCsvTable(csvBytes)));
  const readExtraMemoryMb = memoryMb() - memoryBefore;
  if (csv.result.members.length !== rowCount || csv.result.problems.length > 0) {
    throw new Error(
      `the CSV read ${csv.result.members.length} members and ${csv.result.problems.length} problems`,
    );
  }
  const bareCsv = timed(() => parse(csvText, { delimiter: ';' }));
  const xlsx = await timedAsync(async () => readMemberRows(await readXlsxTable(xlsxBytes)));
  if (xlsx.result.members.length !== rowCount) throw new Error('the XLSX lost rows');
  const bareXlsx = await timedAsync(() =>
    new Workbook().xlsx.load(xlsxBytes as unknown as ArrayBuffer),
  );

  const authors = Array.from({ length: authorCount }, (_, author) => syntheticWorks(author));
  const cpuBefore = process.cpuUsage();
  const drafting = timed(() =>
    authors.map((works, author) =>
      draftCapabilityFromWorks(`https://openalex.org/A${5_000_000 + author}`, works),
    ),
  );
  const draftCpu = process.cpuUsage(cpuBefore);
  if (drafting.result.some((draft) => !draft?.summary.value))
    throw new Error('a draft has no summary');

  const figures = {
    memberRows: rowCount,
    csvBytes: csvBytes.length,
    xlsxBytes: xlsxBytes.length,
    csvReadSeconds: round(csv.seconds, 3),
    csvVsBareLibrary: round(csv.seconds / bareCsv.seconds),
    xlsxReadSeconds: round(xlsx.seconds, 3),
    xlsxVsBareLibrary: round(xlsx.seconds / bareXlsx.seconds),
    readExtraMemoryMb: round(readExtraMemoryMb, 1),
    authors: authorCount,
    works: authorCount * worksPerAuthor,
    draftInProcessSeconds: round(drafting.seconds, 3),
    draftCpuMsPerAuthor: round((draftCpu.user + draftCpu.system) / 1000 / authorCount, 3),
    ...(await throughTheApi(csvBytes)),
    ...(await institutionThroughTheWorker(authors.flat())),
  };
  if (!values.json) {
    process.stdout.write(
      `${rowCount} member rows: CSV (Windows-1250, ${round(csvBytes.length / 1024)} KB) read and checked in ${figures.csvReadSeconds} s ` +
        `(${figures.csvVsBareLibrary}× csv-parse alone), XLSX in ${figures.xlsxReadSeconds} s (${figures.xlsxVsBareLibrary}× exceljs alone), ` +
        `${figures.readExtraMemoryMb} MB more memory; ${authorCount} authors, ${figures.works} works drafted in ${figures.draftInProcessSeconds} s ` +
        `(${figures.draftCpuMsPerAuthor} ms CPU per author) in-process, and through the worker from OpenAlex pages in ${figures.draftSeconds} s ` +
        `(worker ${figures.draftWorkerCpuMsPerAuthor} ms and PostgreSQL ${figures.draftPostgresCpuMsPerAuthor} ms CPU per author, worker peak ${figures.draftWorkerPeakRssMb} MB); through the api: uploaded in ${figures.uploadSeconds} s, ` +
        `dry run ${figures.dryRunSeconds} s, import ${figures.importSeconds} s (again, changing nothing: ${figures.reimportSeconds} s), ` +
        `api memory +${figures.importExtraMemoryMb} MB at its peak\n`,
    );
  }
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

void main();
