import { ObjectType } from '@nestjs/graphql';
import { Connection } from '../../graphql/pagination';
import { OrganizationModel } from './organization.model';

@ObjectType()
export class OrganizationConnection extends Connection(OrganizationModel, 'Organization') {}
