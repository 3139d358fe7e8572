import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsNotEmpty, IsString, MaxLength } from 'class-validator';

@InputType()
export class CreateClusterInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(1000)
  description: string = '';

  @Field(() => [String], { defaultValue: [], description: 'Voivodeships served' })
  @ArrayMaxSize(16)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  regions: string[] = [];
}
