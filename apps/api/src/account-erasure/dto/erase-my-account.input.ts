import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType()
export class EraseMyAccountInput {
  @Field({ description: 'The e-mail address of your account, typed to confirm' })
  @IsString()
  @MaxLength(254)
  email: string;
}
