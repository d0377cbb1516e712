/**
 * Signalering e-mails over SMTP (nodemailer). Only when SMTP_HOST is set; a failed mail is
 * logged and never breaks the action that caused the signalering.
 */
import nodemailer, { type Transporter } from "nodemailer";
import { smtpInstellingen, type SmtpInstellingen } from "./env";

export interface MailBericht {
  aan: string;
  onderwerp: string;
  tekst: string;
}

export interface Mailer {
  verstuur(bericht: MailBericht): Promise<void>;
}

const TRANSPORT = Symbol.for("zac.signaleringen.transport");
type MetTransport = typeof globalThis & { [TRANSPORT]?: { sleutel: string; transport: Transporter } };

function transportVoor(s: SmtpInstellingen): Transporter {
  const g = globalThis as MetTransport;
  // One pooled transport per process and configuration (a changed env gets a new one).
  const sleutel = JSON.stringify([s.host, s.port, s.user ?? "", s.password ?? ""]);
  if (g[TRANSPORT]?.sleutel !== sleutel) {
    g[TRANSPORT]?.transport.close();
    const transport = nodemailer.createTransport({
      host: s.host,
      port: s.port,
      secure: s.port === 465,
      auth: s.user ? { user: s.user, pass: s.password ?? "" } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    g[TRANSPORT] = { sleutel, transport };
  }
  return g[TRANSPORT]!.transport;
}

/** A mailer on the given nodemailer transport (tests use jsonTransport or a local SMTP server). */
export function transportMailer(transport: Transporter, from: string): Mailer {
  return {
    async verstuur(b) {
      await transport.sendMail({ from, to: b.aan, subject: b.onderwerp, text: b.tekst });
    },
  };
}

/** The configured mailer, or null without SMTP_HOST. */
export function standaardMailer(): Mailer | null {
  const s = smtpInstellingen();
  return s ? transportMailer(transportVoor(s), s.from) : null;
}

export function mailBeschikbaar(): boolean {
  return smtpInstellingen() !== null;
}
