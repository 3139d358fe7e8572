import { Language, limits } from '@app/domain';
import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { Trimmed } from '../../postings/dto/field-rules';

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(limits.fullName)
  fullName?: string | null;

  @Field(() => Language, {
    nullable: true,
    description: 'Of the app, the e-mails and the match explanations',
  })
  @IsOptional()
  @IsEnum(Language)
  language?: Language | null;
}
