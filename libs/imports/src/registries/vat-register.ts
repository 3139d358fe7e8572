import { isValidNip, isValidRegon, registryDigits } from '@app/domain';
import { SourceFault } from '../openalex/openalex-client';

export interface VatRegisterOptions {
  /** https://wl-api.mf.gov.pl; the platform calls nothing unless one is configured. */
  baseUrl: string;
  timeoutMs?: number;
}

/** What the register says of a NIP, as a proposal the user confirms: never stored unasked. */
export interface RegisteredOrganization {
  name: string;
  nip: string;
  regon: string | null;
  krs: string | null;
  /** The address as the register writes it ("UL. FABRYCZNA 12A, 21-040 ŚWIDNIK"). */
  address: string | null;
  postalCode: string | null;
  city: string | null;
  /** "Czynny", "Zwolniony", "Niezarejestrowany", as the register says it. */
  vatStatus: string | null;
}

interface Subject {
  name?: unknown;
  nip?: unknown;
  regon?: unknown;
  krs?: unknown;
  statusVat?: unknown;
  workingAddress?: unknown;
  residenceAddress?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** "…, 21-040 ŚWIDNIK": the postal code and the town the address ends with. */
function placeOf(address: string | null): { postalCode: string | null; city: string | null } {
  const match = address && /(\d{2}-\d{3})\s+([^,]+)$/.exec(address);
  return match
    ? { postalCode: match[1]!, city: match[2]!.trim() }
    : { postalCode: null, city: null };
}

/**
 * The Ministry of Finance's VAT taxpayer register ("Biała lista", wl-api.mf.gov.pl): a
 * taxpayer by NIP on a day. Its answer is `{ result: { subject, requestId, requestDateTime } }`,
 * `subject` null for a NIP it does not list; a refusal is `{ code: "WL-…", message }`.
 */
export class VatRegisterClient {
  constructor(private readonly options: VatRegisterOptions) {}

  async byNip(nip: string, day: string): Promise<RegisteredOrganization | null> {
    const url = new URL(
      `api/search/nip/${registryDigits(nip)}`,
      this.options.baseUrl.replace(/\/?$/, '/'),
    );
    url.searchParams.set('date', day);
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new SourceFault(
        'SOURCE_UNREACHABLE',
        `The VAT register did not answer: ${String(error)}`,
      );
    }
    const body = (await response.json().catch(() => undefined)) as
      { result?: { subject?: Subject | null }; code?: unknown; message?: unknown } | undefined;
    if (!response.ok) {
      const code = typeof body?.code === 'string' ? ` (${body.code})` : '';
      throw new SourceFault(
        'SOURCE_REFUSED',
        `The VAT register answered ${response.status}${code}`,
      );
    }
    if (!body?.result || typeof body.result !== 'object' || !('subject' in body.result)) {
      throw new SourceFault('NOT_VAT_REGISTER', 'The answer is not the VAT register’s');
    }
    const subject = body.result.subject;
    if (!subject) return null;
    const name = text(subject.name);
    const foundNip = text(subject.nip);
    if (!name || !foundNip || !isValidNip(foundNip)) {
      throw new SourceFault('NOT_VAT_REGISTER', 'The register’s subject has no name or NIP');
    }
    const regon = text(subject.regon);
    const address = text(subject.workingAddress) ?? text(subject.residenceAddress);
    return {
      name,
      nip: foundNip,
      regon: regon && isValidRegon(regon) ? regon : null,
      krs: text(subject.krs),
      address,
      ...placeOf(address),
      vatStatus: text(subject.statusVat),
    };
  }
}
