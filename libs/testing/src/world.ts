import { createAdmin, signUp, type TestUser } from './builders';
import { type GraphqlClient } from './graphql-client';
import { ops } from './operations';
import type { TestApi } from './test-api';

/**
 * A small platform with every kind of actor: cluster A holds firm A and the researcher;
 * cluster B holds the other firm. Each cluster has its own coordinator.
 */
export interface World {
  anonymous: GraphqlClient;
  admin: GraphqlClient;
  firm: TestUser;
  otherFirm: TestUser;
  researcher: TestUser;
  coordinator: TestUser;
  otherCoordinator: TestUser;
  clusterId: string;
  otherClusterId: string;
}

export async function buildWorld(api: TestApi): Promise<World> {
  const anonymous = api.anonymous;
  const admin = await createAdmin(api.dataSource, anonymous);
  const [firm, otherFirm, researcher, coordinator, otherCoordinator] = await Promise.all([
    signUp(api, 'FIRM', { city: 'Świdnik', region: 'lubelskie' }),
    signUp(api, 'FIRM', { city: 'Radom', region: 'mazowieckie' }),
    signUp(api, 'RESEARCHER', { city: 'Lublin', region: 'lubelskie' }),
    signUp(api, 'COORDINATOR'),
    signUp(api, 'COORDINATOR'),
  ]);
  const suffix = firm.id.slice(0, 8);
  const clusterId = await createCluster(admin, `Cluster A ${suffix}`, coordinator, [
    firm,
    researcher,
  ]);
  const otherClusterId = await createCluster(admin, `Cluster B ${suffix}`, otherCoordinator, [
    otherFirm,
  ]);
  return {
    anonymous,
    admin,
    firm,
    otherFirm,
    researcher,
    coordinator,
    otherCoordinator,
    clusterId,
    otherClusterId,
  };
}

async function createCluster(
  admin: GraphqlClient,
  name: string,
  coordinator: TestUser,
  members: TestUser[],
): Promise<string> {
  const { createCluster: cluster } = await admin.ok(ops.createCluster, {
    input: { name, regions: ['lubelskie'] },
  });
  await admin.ok(ops.appointCoordinator, { clusterId: cluster.id, userId: coordinator.id });
  for (const member of members) {
    await admin.ok(ops.addClusterMember, {
      clusterId: cluster.id,
      organizationId: member.organizationId,
    });
  }
  return cluster.id;
}
