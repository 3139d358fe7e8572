import { DomainErrorCode, DomainException, type FieldError } from '@app/domain';
import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';

function flatten(errors: ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((error) => {
    const field =
      Array.isArray(error.target) || /^\d+$/.test(error.property)
        ? `${prefix}[${error.property}]`
        : prefix
          ? `${prefix}.${error.property}`
          : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      message,
      rule,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * class-validator on every argument; failures become BAD_USER_INPUT errors that name each
 * field by its path from the argument (`input.budget.min`).
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
      exceptionFactory: (errors) => errors,
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (!Array.isArray(error)) throw error;
      const fieldErrors = flatten(
        error as ValidationError[],
        metadata.type === 'custom' ? '' : (metadata.data ?? ''),
      );
      const message = fieldErrors.map((fieldError) => fieldError.message).join('; ');
      throw new DomainException(DomainErrorCode.INVALID_INPUT, message, { fieldErrors });
    }
  }
}
