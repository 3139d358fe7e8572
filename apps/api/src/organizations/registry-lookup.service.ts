import { ENV, type Env } from '@app/config';
import { invalidInput, isValidNip, rateLimited, registryDigits } from '@app/domain';
import { type RegisteredOrganization, SourceFault, VatRegisterClient } from '@app/imports';
import { Inject, Injectable } from '@nestjs/common';
import type { RegistryLookupModel } from './models/registry-lookup.model';

/** Lookups an address may make per hour: a sign-up needs one or two. */
const lookupsPerHour = 20;
/** Answers kept, each for the day it was asked on (the register answers for a day). */
const cachedAnswers = 1000;

/**
 * A firm's details from the VAT register by its NIP, as a proposal for the sign-up form and the
 * coordinator's. The register is public, but the platform must not become a free proxy to it:
 * each client address may ask a few times an hour (in this process), and an answer is reused
 * for the rest of its day.
 */
@Injectable()
export class RegistryLookupService {
  private readonly client: VatRegisterClient | undefined;
  private readonly answers = new Map<string, RegisteredOrganization | null>();
  private readonly asked = new Map<string, { count: number; since: number }>();

  constructor(@Inject(ENV) env: Env) {
    this.client = env.VAT_REGISTER_URL
      ? new VatRegisterClient({ baseUrl: env.VAT_REGISTER_URL })
      : undefined;
  }

  async byNip(typed: string, address: string): Promise<RegistryLookupModel> {
    const nip = registryDigits(typed);
    if (!isValidNip(nip)) {
      throw invalidInput('nip', 'This is not a valid NIP: the check digit does not match', 'isNip');
    }
    if (!this.client) return { available: false, organization: null, failure: null };
    const day = new Date().toISOString().slice(0, 10);
    const key = `${day}:${nip}`;
    if (!this.answers.has(key)) {
      this.countAsked(address);
      try {
        this.remember(key, await this.client.byNip(nip, day));
      } catch (error) {
        if (!(error instanceof SourceFault)) throw error;
        return { available: true, organization: null, failure: error.code };
      }
    }
    return { available: true, organization: this.answers.get(key) ?? null, failure: null };
  }

  private countAsked(address: string): void {
    const now = Date.now();
    if (this.asked.size > 10_000) {
      for (const [known, { since }] of this.asked) {
        if (now - since >= 3_600_000) this.asked.delete(known);
      }
    }
    const seen = this.asked.get(address);
    const current = seen && now - seen.since < 3_600_000 ? seen : { count: 0, since: now };
    if (current.count >= lookupsPerHour) {
      throw rateLimited(
        'Too many register lookups from this address; try again later',
        Math.ceil((current.since + 3_600_000 - now) / 1000),
      );
    }
    this.asked.set(address, { ...current, count: current.count + 1 });
  }

  private remember(key: string, answer: RegisteredOrganization | null): void {
    if (this.answers.size >= cachedAnswers) this.answers.delete(this.answers.keys().next().value!);
    this.answers.set(key, answer);
  }
}
