import { type ParsedMail, simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SmtpInbox {
  url: string;
  messages: ParsedMail[];
  to(address: string): ParsedMail[];
  /** From now on takes mail for an address it refused or deferred. */
  accept(address: string): void;
  close(): Promise<void>;
}

export interface SmtpInboxOptions {
  /** Addresses refused for good (550 mailbox unavailable). */
  refuse?: string[];
  /** Addresses refused for now (451 try again later). */
  defer?: string[];
}

/**
 * A real SMTP server on a free local port that keeps every message it accepts, and refuses the
 * addresses it is told to.
 */
export async function startSmtpInbox(options: SmtpInboxOptions = {}): Promise<SmtpInbox> {
  const refuse = new Set(options.refuse);
  const defer = new Set(options.defer);
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo({ address }, _session, callback) {
      if (refuse.has(address)) {
        return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      }
      if (defer.has(address)) {
        return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    to: (address) =>
      messages.filter((mail) =>
        [mail.to].flat().some((to) => to?.value.some((entry) => entry.address === address)),
      ),
    accept: (address) => {
      refuse.delete(address);
      defer.delete(address);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
