import { z } from "zod";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: string) => z.preprocess((v) => (v === undefined || v === "" ? fallback : v), schema);

/** SMTP for signalering e-mails (merged into lib/config). No SMTP_HOST = no e-mail, dashboard only. */
export const smtpEnvShape = {
  SMTP_HOST: optional(z.string().min(1).max(255)),
  SMTP_PORT: withDefault(z.coerce.number({ error: "verwacht een poortnummer" }).int().min(1).max(65535), "587"),
  SMTP_USER: optional(z.string().min(1).max(255)),
  SMTP_PASSWORD: optional(z.string().min(1)),
  SMTP_FROM: withDefault(z.string().min(3).max(255), "Zaakafhandelcomponent <zac@localhost>"),
} as const;

export const smtpEnvDocumentation = {
  SMTP_HOST: { standaard: "(empty: no e-mail)", omschrijving: "SMTP server for signalering e-mails. Empty: signaleringen only on the dashboard." },
  SMTP_PORT: { standaard: "587", omschrijving: "SMTP port; 465 = TLS from the start, otherwise STARTTLS when the server offers it." },
  SMTP_USER: { standaard: "(none)", omschrijving: "SMTP user name (empty: no authentication)." },
  SMTP_PASSWORD: { standaard: "(none)", omschrijving: "SMTP password." },
  SMTP_FROM: { standaard: "`Zaakafhandelcomponent <zac@localhost>`", omschrijving: "Sender (From) of signalering e-mails." },
} as const;

export interface SmtpInstellingen {
  host: string;
  port: number;
  user?: string;
  password?: string;
  from: string;
}

const schema = z.object(smtpEnvShape);

/**
 * The SMTP settings, or null when none are configured. Read from the environment directly (like
 * the Notificaties settings), so a test can point it at a local server.
 */
export function smtpInstellingen(env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env): SmtpInstellingen | null {
  if (!env.SMTP_HOST?.trim()) return null;
  const r = schema.safeParse(env);
  if (!r.success) throw new Error(`Ongeldige SMTP-configuratie: ${r.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join("; ")}`);
  const e = r.data;
  return { host: e.SMTP_HOST!, port: e.SMTP_PORT, user: e.SMTP_USER, password: e.SMTP_PASSWORD, from: e.SMTP_FROM };
}
