import {
  carryOutMemberImport,
  countsOf,
  planMemberFile,
  SheetFault,
  sheetLimits,
} from '@app/imports';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';

export const importMembersUsage =
  'import-members --cluster <cluster id or name> --file <members.csv|members.xlsx> [--dry-run]';

/**
 * The operator's member import: the same dry run and all-or-nothing import as the web page,
 * from a file on the server. Prints what it would do (or did) and every problem; exits 1 on a
 * file with problems, having changed nothing.
 */
export async function importMembers(
  dataSource: DataSource,
  args: string[],
  print: (line: string) => void,
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      cluster: { type: 'string' },
      file: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  if (!values.cluster || !values.file) {
    print(`usage: ${importMembersUsage}`);
    return 2;
  }
  if ((await stat(values.file)).size > sheetLimits.fileBytes) {
    print(`${values.file}: larger than ${sheetLimits.fileBytes / 1024 / 1024} MB`);
    return 1;
  }
  const content = await readFile(values.file);
  const clusterKey = values.cluster;
  return dataSource.transaction(async (manager) => {
    const [cluster] = await manager.sql<
      { id: string; name: string }[]
    >`SELECT id, name FROM clusters WHERE id::text = ${clusterKey} OR name = ${clusterKey} FOR NO KEY UPDATE`;
    if (!cluster) {
      print(`no cluster has the id or name "${values.cluster}"`);
      return 1;
    }
    let plan;
    try {
      plan = await planMemberFile(manager, cluster.id, basename(values.file!), content);
    } catch (error) {
      if (!(error instanceof SheetFault)) throw error;
      print(`${values.file}: ${error.code}`);
      return 1;
    }
    for (const problem of plan.problems) {
      print(`row ${problem.row}, ${problem.column}: ${problem.code}`);
    }
    print(JSON.stringify({ cluster: cluster.name, rows: plan.rowCount, ...countsOf(plan) }));
    if (plan.problems.length > 0) {
      const count = plan.problems.length;
      print(`${count} ${count === 1 ? 'problem' : 'problems'}: nothing imported`);
      return 1;
    }
    if (values['dry-run']) return 0;
    print(JSON.stringify(await carryOutMemberImport(manager, cluster.id, null, plan)));
    return 0;
  });
}
