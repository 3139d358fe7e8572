import {
  assertNoNulls,
  checkArgument,
  definedFields,
  notFound,
  UserEntity,
  UserRole,
} from '@app/domain';
import type { UpdateProfileInput } from './dto/update-profile.input';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UserModel } from './models/user.model';

@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byId(id: string): Promise<UserModel> {
    const user = await this.dataSource.manager.findOneBy(UserEntity, { id });
    if (!user) throw notFound('User', id);
    return UserModel.from(user);
  }

  /** The signed-in user's own name and language; the next request already reads them. */
  async updateProfile(userId: string, input: UpdateProfileInput): Promise<UserModel> {
    checkArgument('input', () => assertNoNulls(input, ['fullName', 'language']));
    const patch = definedFields(input);
    await this.dataSource.manager.update(UserEntity, { id: userId }, patch as Partial<UserEntity>);
    return this.byId(userId);
  }

  /** Directory for admins, e.g. to find a coordinator to appoint. */
  async search(filter: { role?: UserRole | null; email?: string | null }): Promise<UserModel[]> {
    const query = this.dataSource
      .createQueryBuilder(UserEntity, 'user')
      .where('user.erased_at IS NULL')
      .orderBy('user.created_at', 'DESC')
      .limit(100);
    if (filter.role) query.andWhere('user.role = :role', { role: filter.role });
    if (filter.email)
      query.andWhere('lower(user.email) LIKE lower(:email)', {
        email: `%${escapeLike(filter.email)}%`,
      });
    return (await query.getMany()).map((user) => UserModel.from(user));
  }
}

export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);
