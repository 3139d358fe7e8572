import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsString } from 'class-validator';
import { CloseReason } from '../../graphql/enums';

@ArgsType()
export class CloseArgs {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field(() => CloseReason)
  @IsEnum(CloseReason)
  reason: CloseReason;
}
