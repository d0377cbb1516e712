/**
 * The signaleringen tables: registering (idempotent, with the user's setting and e-mail),
 * listing and marking seen, the settings, the dashboard layout and clean-up.
 */
import { randomUUID } from "node:crypto";
import { and, count, desc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import { getConfig } from "@/lib/config";
import type { Database, Transaction } from "@/lib/db";
import { getLogger } from "@/lib/log";
import {
  KAARTEN,
  SIGNALERING_TYPEN,
  STANDAARD_INSTELLING,
  STANDAARD_KAARTEN,
  isSignaleringKaart,
  type Kaart,
  type Signalering,
  type SignaleringInstelling,
  type SignaleringType,
} from "./contract";
import { standaardMailer, type Mailer } from "./mail";
import { dashboardIndeling, signalering, signaleringInstelling, signaleringOntvanger } from "./schema";

type Db = Database | Transaction;

export interface NieuweSignalering {
  type: SignaleringType;
  /** Who gets it. */
  gebruikerId: string;
  /** Who caused it; nobody is signalled about their own action (null for scheduled jobs). */
  actorId: string | null;
  /** Unique per type and user: the same event registers once. */
  sleutel: string;
  objectType: "zaak" | "taak";
  objectId: string;
  onderwerp: string;
  tekst: string;
  /** Path in this app, e.g. /zaken/<uuid>. */
  link: string;
}

export interface RegistratieUitkomst {
  /** nieuw = stored now; bestaat = registered before (nothing done); overgeslagen = own action or the user wants neither. */
  status: "nieuw" | "bestaat" | "overgeslagen";
  gemaild: boolean;
}

export interface RegistratieOpties {
  /** Default: the SMTP mailer when SMTP_HOST is set, else none. */
  mailer?: Mailer | null;
}

export async function instellingVoor(db: Db, gebruikerId: string, type: SignaleringType): Promise<{ dashboard: boolean; mail: boolean }> {
  const [rij] = await db
    .select({ dashboard: signaleringInstelling.dashboard, mail: signaleringInstelling.mail })
    .from(signaleringInstelling)
    .where(and(eq(signaleringInstelling.gebruikerId, gebruikerId), eq(signaleringInstelling.type, type)));
  return rij ?? { ...STANDAARD_INSTELLING };
}

/**
 * Stores a signalering for a user, once per (type, sleutel, user), and mails it when the user
 * wants e-mail and SMTP is configured. The actor never gets a signalering about their own action.
 * The mail is sent after the insert; call it after your transaction commits (or with `db`).
 */
export async function registreerSignalering(db: Db, s: NieuweSignalering, opties: RegistratieOpties = {}): Promise<RegistratieUitkomst> {
  if (!s.gebruikerId || s.gebruikerId === s.actorId) return { status: "overgeslagen", gemaild: false };
  const instelling = await instellingVoor(db, s.gebruikerId, s.type);
  if (!instelling.dashboard && !instelling.mail) return { status: "overgeslagen", gemaild: false };
  const [rij] = await db
    .insert(signalering)
    .values({
      id: randomUUID(),
      type: s.type,
      gebruikerId: s.gebruikerId,
      sleutel: s.sleutel.slice(0, 500),
      objectType: s.objectType,
      objectId: s.objectId,
      onderwerp: s.onderwerp.slice(0, 200),
      tekst: s.tekst.slice(0, 1000),
      link: s.link,
      dashboard: instelling.dashboard,
    })
    .onConflictDoNothing()
    .returning({ id: signalering.id });
  if (!rij) return { status: "bestaat", gemaild: false };
  if (!instelling.mail) return { status: "nieuw", gemaild: false };
  const mailer = opties.mailer === undefined ? standaardMailer() : opties.mailer;
  if (!mailer) return { status: "nieuw", gemaild: false };
  const [ontvanger] = await db.select().from(signaleringOntvanger).where(eq(signaleringOntvanger.gebruikerId, s.gebruikerId));
  if (!ontvanger?.email) {
    getLogger().info({ type: s.type }, "signalering niet gemaild: geen e-mailadres bekend van de ontvanger");
    return { status: "nieuw", gemaild: false };
  }
  try {
    await mailer.verstuur({
      aan: ontvanger.email,
      onderwerp: s.tekst.slice(0, 200),
      tekst: `Hallo ${ontvanger.naam},\n\n${s.tekst}\n\nBekijk het hier: ${getConfig().publicUrl}${s.link}\n\nJe krijgt deze e-mail omdat je dit zo hebt ingesteld bij je signaleringen in de zaakafhandelcomponent.\n`,
    });
    await db.update(signalering).set({ gemaild: new Date() }).where(eq(signalering.id, rij.id));
    return { status: "nieuw", gemaild: true };
  } catch (error) {
    getLogger().warn({ err: error, type: s.type }, "signalering mailen mislukt");
    return { status: "nieuw", gemaild: false };
  }
}

/** Remembers the user's name and e-mail address (from their own session) for e-mails. */
export async function onthoudOntvanger(db: Db, g: { id: string; naam: string; email: string | null }): Promise<void> {
  await db
    .insert(signaleringOntvanger)
    .values({ gebruikerId: g.id, naam: g.naam, email: g.email })
    .onConflictDoUpdate({ target: signaleringOntvanger.gebruikerId, set: { naam: g.naam, email: g.email, bijgewerkt: new Date() } });
}

// --- lists and seen --------------------------------------------------------------------------------

export async function signaleringenVan(db: Db, gebruikerId: string, type: SignaleringType, limiet = 20): Promise<{ signaleringen: Signalering[]; aantal: number }> {
  const waar = and(eq(signalering.gebruikerId, gebruikerId), eq(signalering.type, type), eq(signalering.dashboard, true));
  const [rijen, [totaal]] = await Promise.all([
    db.select().from(signalering).where(waar).orderBy(desc(signalering.aangemaakt), desc(signalering.id)).limit(limiet),
    db.select({ n: count() }).from(signalering).where(waar),
  ]);
  return {
    aantal: totaal?.n ?? 0,
    signaleringen: rijen.map((r) => ({
      id: r.id,
      type: r.type as SignaleringType,
      onderwerp: r.onderwerp,
      tekst: r.tekst,
      link: r.link,
      aangemaakt: r.aangemaakt.toISOString(),
      nieuw: r.gezien === null,
    })),
  };
}

/** Unseen signaleringen of the types that have a card on the user's dashboard (the menu dot). */
export async function aantalNieuw(db: Db, gebruikerId: string): Promise<number> {
  const typen = (await kaartenVan(db, gebruikerId)).filter(isSignaleringKaart);
  if (typen.length === 0) return 0;
  const [r] = await db
    .select({ n: count() })
    .from(signalering)
    .where(and(eq(signalering.gebruikerId, gebruikerId), isNull(signalering.gezien), eq(signalering.dashboard, true), inArray(signalering.type, typen)));
  return r?.n ?? 0;
}

export async function markeerGezien(db: Db, gebruikerId: string, type: SignaleringType): Promise<number> {
  const r = await db
    .update(signalering)
    .set({ gezien: new Date() })
    .where(and(eq(signalering.gebruikerId, gebruikerId), eq(signalering.type, type), isNull(signalering.gezien)))
    .returning({ id: signalering.id });
  return r.length;
}

/** Removes signaleringen older than `dagen` days. */
export async function signaleringenOpruimen(db: Db, dagen: number, nu = new Date()): Promise<number> {
  const grens = new Date(nu.getTime() - dagen * 86_400_000);
  const r = await db.delete(signalering).where(lt(signalering.aangemaakt, grens)).returning({ id: signalering.id });
  return r.length;
}

// --- settings ----------------------------------------------------------------------------------------

export async function instellingenVan(db: Db, gebruikerId: string): Promise<SignaleringInstelling[]> {
  const rijen = await db.select().from(signaleringInstelling).where(eq(signaleringInstelling.gebruikerId, gebruikerId));
  const per = new Map(rijen.map((r) => [r.type, r]));
  return SIGNALERING_TYPEN.map((type) => {
    const r = per.get(type);
    return { type, dashboard: r?.dashboard ?? STANDAARD_INSTELLING.dashboard, mail: r?.mail ?? STANDAARD_INSTELLING.mail };
  });
}

export async function instellingenOpslaan(db: Database, gebruikerId: string, instellingen: readonly SignaleringInstelling[]): Promise<SignaleringInstelling[]> {
  await db.transaction(async (tx) => {
    for (const i of instellingen) {
      await tx
        .insert(signaleringInstelling)
        .values({ gebruikerId, type: i.type, dashboard: i.dashboard, mail: i.mail })
        .onConflictDoUpdate({
          target: [signaleringInstelling.gebruikerId, signaleringInstelling.type],
          set: { dashboard: i.dashboard, mail: i.mail, gewijzigd: new Date() },
        });
    }
  });
  return instellingenVan(db, gebruikerId);
}

// --- dashboard ---------------------------------------------------------------------------------------

export async function kaartenVan(db: Db, gebruikerId: string): Promise<Kaart[]> {
  const [rij] = await db.select({ kaarten: dashboardIndeling.kaarten }).from(dashboardIndeling).where(eq(dashboardIndeling.gebruikerId, gebruikerId));
  if (!rij) return [...STANDAARD_KAARTEN];
  // Cards that no longer exist (an older version) are left out.
  return rij.kaarten.filter((k): k is Kaart => (KAARTEN as readonly string[]).includes(k));
}

export async function kaartenOpslaan(db: Db, gebruikerId: string, kaarten: readonly Kaart[]): Promise<Kaart[]> {
  await db
    .insert(dashboardIndeling)
    .values({ gebruikerId, kaarten: [...kaarten] })
    .onConflictDoUpdate({ target: dashboardIndeling.gebruikerId, set: { kaarten: sql`excluded.kaarten`, gewijzigd: new Date() } });
  return kaartenVan(db, gebruikerId);
}
