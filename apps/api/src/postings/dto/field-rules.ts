import { doiPattern, limits, naceCodePattern } from '@app/domain';
import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsNotEmpty,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { CollaborationType } from '../../graphql/enums';

/** Validation rules for list fields that needs and capabilities share. */
export const Keywords = () =>
  applyDecorators(
    ArrayMaxSize(limits.keywordsPerKind, {
      message: `$property takes at most ${limits.keywordsPerKind} keywords`,
    }),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(limits.keywordLength, { each: true }),
  );

export const TextItems = () =>
  applyDecorators(
    ArrayMaxSize(limits.listItems),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(limits.listItemLength, { each: true }),
  );

export const Sectors = () =>
  applyDecorators(
    ArrayMaxSize(limits.sectors),
    Matches(naceCodePattern, {
      each: true,
      message: 'sectors must be NACE Rev. 2 codes such as C29.10',
    }),
  );

export const Dois = () =>
  applyDecorators(
    ArrayMaxSize(limits.publications),
    Matches(doiPattern, {
      each: true,
      message: 'publications must be DOIs such as 10.1016/j.wear.2024.01.002',
    }),
  );

export const CollaborationTypes = () =>
  applyDecorators(ArrayMinSize(1), ArrayUnique(), IsEnum(CollaborationType, { each: true }));

/** Leading and trailing white space is not content: "   " is an empty title. */
export const Trimmed = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
