import { notFound, OrganizationEntity } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isAdmin, type Viewer } from '../auth/viewer';
import { Page, paginate, PaginationArgs } from '../graphql/pagination';
import { escapeLike } from '../users/users.service';
import { OrganizationFilter } from './dto/organization-filter.input';
import { OrganizationModel } from './models/organization.model';

/** The member directory: names and places are public within the platform; invite codes are not. */
@Injectable()
export class OrganizationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(filter: OrganizationFilter, page: PaginationArgs): Promise<Page<OrganizationModel>> {
    const query = this.dataSource
      .createQueryBuilder(OrganizationEntity, 'org')
      .where('org.erased_at IS NULL');
    if (filter.kind) query.andWhere('org.kind = :kind', { kind: filter.kind });
    if (filter.name)
      query.andWhere('org.name ILIKE :name', { name: `%${escapeLike(filter.name)}%` });
    if (filter.clusterId) {
      query.andWhere(
        'org.id IN (SELECT organization_id FROM cluster_members WHERE cluster_id = :clusterId)',
        { clusterId: filter.clusterId },
      );
    }
    return paginate(
      query,
      page,
      {
        column: 'org.name',
        idColumn: 'org.id',
        direction: 'ASC',
        sortType: 'text',
      },
      OrganizationModel.from,
    );
  }

  async byId(id: string): Promise<OrganizationModel> {
    const organization = await this.dataSource.manager.findOneBy(OrganizationEntity, { id });
    if (!organization) throw notFound('Organization', id);
    return OrganizationModel.from(organization);
  }

  /** Public operations (sign-in) have no viewer yet; they get no invite code either. */
  inviteCodeFor(organization: OrganizationModel, viewer: Viewer | undefined): string | null {
    if (!viewer) return null;
    return viewer.organizationId === organization.id || isAdmin(viewer)
      ? organization.inviteCode
      : null;
  }
}
