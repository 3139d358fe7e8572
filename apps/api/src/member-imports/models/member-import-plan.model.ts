import type {
  MemberColumn,
  OrganizationAction,
  PersonAction,
  PostingAction,
  ProblemCode,
} from '@app/imports';
import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** The spreadsheet's columns by their meaning, whatever the file calls them. */
export enum MemberImportColumn {
  organization = 'organization',
  kind = 'kind',
  size = 'size',
  nip = 'nip',
  regon = 'regon',
  city = 'city',
  region = 'region',
  country = 'country',
  website = 'website',
  email = 'email',
  fullName = 'fullName',
  role = 'role',
  language = 'language',
  postingTitle = 'postingTitle',
  postingSummary = 'postingSummary',
}

export enum MemberImportProblemCode {
  MISSING_COLUMN = 'MISSING_COLUMN',
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  INVALID_NIP = 'INVALID_NIP',
  INVALID_REGON = 'INVALID_REGON',
  INVALID_EMAIL = 'INVALID_EMAIL',
  INVALID_WEBSITE = 'INVALID_WEBSITE',
  UNKNOWN_VALUE = 'UNKNOWN_VALUE',
  SIZE_NOT_FOR_KIND = 'SIZE_NOT_FOR_KIND',
  ROLE_NOT_FOR_KIND = 'ROLE_NOT_FOR_KIND',
  POSTING_WITHOUT_AUTHOR = 'POSTING_WITHOUT_AUTHOR',
  DUPLICATE_IN_FILE = 'DUPLICATE_IN_FILE',
}

export enum OrganizationImportAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
}

export enum PersonImportAction {
  INVITE = 'INVITE',
  ALREADY_A_USER = 'ALREADY_A_USER',
  NONE = 'NONE',
}

export enum PostingImportAction {
  CREATE_NEED = 'CREATE_NEED',
  CREATE_CAPABILITY = 'CREATE_CAPABILITY',
  /** The person has a posting with this title already. */
  UNCHANGED = 'UNCHANGED',
  NONE = 'NONE',
}

registerEnumType(MemberImportColumn, { name: 'MemberImportColumn' });
registerEnumType(MemberImportProblemCode, { name: 'MemberImportProblemCode' });
registerEnumType(OrganizationImportAction, { name: 'OrganizationImportAction' });
registerEnumType(PersonImportAction, { name: 'PersonImportAction' });
registerEnumType(PostingImportAction, { name: 'PostingImportAction' });

// The library's names and the schema's are one list: the compiler says if either gains a value.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const schemaNamesMatchTheLibrary: [
  Same<ProblemCode, `${MemberImportProblemCode}`>,
  Same<MemberColumn, `${MemberImportColumn}`>,
  Same<OrganizationAction, `${OrganizationImportAction}`>,
  Same<PersonAction, `${PersonImportAction}`>,
  Same<PostingAction, `${PostingImportAction}`>,
] = [true, true, true, true, true];

@ObjectType('MemberImportProblem', {
  description: 'What is wrong in a row; the page words the code in the reader’s language',
})
export class MemberImportProblemModel {
  @Field(() => Int, { description: 'As the spreadsheet numbers it: the header is row 1' })
  row: number;

  @Field(() => MemberImportColumn)
  column: MemberImportColumn;

  @Field(() => MemberImportProblemCode)
  code: MemberImportProblemCode;
}

@ObjectType('PlannedMemberRow', { description: 'What the import would do with a row' })
export class PlannedMemberRowModel {
  @Field(() => Int)
  row: number;

  @Field()
  organizationName: string;

  @Field()
  city: string;

  @Field(() => OrganizationImportAction)
  organizationAction: OrganizationImportAction;

  @Field(() => [MemberImportColumn], { description: 'The fields an update changes' })
  changes: MemberImportColumn[];

  @Field({ description: 'The organisation is not yet a member of the cluster and would join it' })
  joinsCluster: boolean;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => PersonImportAction)
  personAction: PersonImportAction;

  @Field(() => PostingImportAction, {
    description: "A draft need (a firm's person) or capability (a researcher's) the row adds",
  })
  postingAction: PostingImportAction;

  @Field(() => String, { nullable: true })
  postingTitle: string | null;
}

@ObjectType('MemberImportPlan', {
  description: 'A dry run: what importing the file would do; nothing has changed',
})
export class MemberImportPlanModel {
  @Field()
  fileName: string;

  @Field(() => Int, { description: 'Rows under the header, empty ones aside' })
  rowCount: number;

  @Field(() => [MemberImportProblemModel], {
    description: 'Any problem stops the whole import: fix the file and upload it again',
  })
  problems: MemberImportProblemModel[];

  @Field(() => [PlannedMemberRowModel])
  rows: PlannedMemberRowModel[];

  @Field(() => Int)
  organizationsToCreate: number;

  @Field(() => Int)
  organizationsToUpdate: number;

  @Field(() => Int)
  organizationsToJoin: number;

  @Field(() => Int)
  peopleToInvite: number;

  @Field(() => Int, { description: 'Draft needs and capabilities, for their authors to publish' })
  postingsToCreate: number;
}

@ObjectType('MemberImport', { description: 'What an import did' })
export class MemberImportModel {
  @Field(() => Int)
  organizationsCreated: number;

  @Field(() => Int)
  organizationsUpdated: number;

  @Field(() => Int)
  organizationsJoined: number;

  @Field(() => Int)
  peopleInvited: number;

  @Field(() => Int)
  postingsCreated: number;
}
