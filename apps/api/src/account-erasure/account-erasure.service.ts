import { type AccountErasureEntity, invalidInput } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { erasePerson } from './erase-person';

/** The right to erasure, of one's own account or of someone's on request; one transaction. */
@Injectable()
export class AccountErasureService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The person themselves, after typing their address to confirm. */
  eraseOwn(viewer: Viewer, confirmationEmail: string): Promise<AccountErasureEntity> {
    return this.erase(viewer.id, null, (email) => {
      if (email.trim().toLowerCase() !== confirmationEmail.trim().toLowerCase()) {
        throw invalidInput(
          'email',
          'Type the e-mail address of your account to confirm',
          'erasure-confirmation',
        );
      }
    });
  }

  /** An admin, on the person's request. */
  eraseOnRequest(userId: string, admin: Viewer): Promise<AccountErasureEntity> {
    return this.erase(userId, admin.id);
  }

  private erase(
    userId: string,
    erasedBy: string | null,
    confirm?: (email: string) => void,
  ): Promise<AccountErasureEntity> {
    return this.dataSource.transaction((manager) =>
      erasePerson(manager, userId, erasedBy, confirm),
    );
  }
}
