import { hashPassword, UserEntity, UserRole } from '@app/domain';
import type { DataSource } from 'typeorm';

/** Creates the first admin once; later starts leave an existing account (and its password) alone. */
export async function bootstrapAdmin(
  dataSource: DataSource,
  admin: { email: string; password: string; fullName: string },
): Promise<boolean> {
  const { email, password, fullName } = admin;
  const existing = await dataSource
    .createQueryBuilder(UserEntity, 'user')
    .where('lower(user.email) = lower(:email)', { email })
    .getOne();
  if (existing) return false;
  await dataSource.manager.insert(UserEntity, {
    email,
    passwordHash: await hashPassword(password),
    fullName,
    role: UserRole.ADMIN,
    organizationId: null,
    // The operator chose the address; there is nobody to send a link to yet.
    emailVerifiedAt: new Date(),
  });
  return true;
}
