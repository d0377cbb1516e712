import type { PoolClient } from "pg";
import type { Database, DatabaseHandle } from "@/lib/db";
import type { Logger } from "@/lib/log";
import { wachttijdNaPoging } from "./backoff";
import type { NotificatiesInstellingen } from "./env";
import { registreerKanalen } from "./kanalen";
import { NrcClient, NRC_TIMEOUT_MS } from "./nrc";
import { claimNotificaties, geefVrij, markeerAfgeleverd, markeerFout, ruimAfgeleverdOp, type GeclaimdeNotificatie } from "./opslag";

/** PostgreSQL channel on which a commit that wrote outbox rows wakes the worker (`pg_notify` in the transaction). */
export const WEK_KANAAL = "zgw_notificatie_uitgaand";

/** Rows per claim; they are sent with limited concurrency. */
const BATCH = 20;
const GELIJKTIJDIG = 5;
/** A claimed row is someone else's again after this long (well beyond one NRC call). */
const LEASE_MS = NRC_TIMEOUT_MS * 6;
/** Kanaal registration that failed is tried again after this long. */
const KANALEN_OPNIEUW_MS = 60_000;
/** Delivered rows are kept this long (the status endpoint and debugging), then deleted. */
export const BEWAARTERMIJN_AFGELEVERD_DAGEN = 7;
const OPRUIMEN_ELKE_MS = 60 * 60 * 1000;

export interface WerkerOpties {
  db: Database;
  instellingen: NotificatiesInstellingen;
  publicUrl: string;
  log: Logger;
  nrc?: NrcClient;
  willekeur?: () => number;
  /** Subscribes to commit wake-ups; returns the unsubscribe function. */
  luister?: (wek: () => void) => Promise<() => Promise<void>>;
}

export interface WerkerToestand {
  actief: boolean;
  kanalenGeregistreerd: boolean;
  laatsteAflevering: string | null;
  laatsteFout: string | null;
  wektDoorCommit: boolean;
}

/**
 * Delivers the outbox (`zgw_notificatie_uitgaand`) to the Notificaties API: claims due rows,
 * POSTs each to {nrc}/notificaties, marks it delivered, or schedules the next attempt with
 * exponential back-off (after the last one: `mislukt`, logged at error). Runs until stop();
 * woken by commits (LISTEN) or by wek(), otherwise it polls.
 */
export class NotificatieWerker {
  private readonly nrc: NrcClient;
  private gestopt = true;
  private lus: Promise<void> | null = null;
  private stopGevraagd = false;
  private wekker: (() => void) | null = null;
  private gewekt = false;
  private ontkoppel: (() => Promise<void>) | null = null;
  private kanalenOk = false;
  private volgendeKanaalPoging = 0;
  private volgendeOpruiming = 0;
  private readonly toestand: WerkerToestand = {
    actief: false,
    kanalenGeregistreerd: false,
    laatsteAflevering: null,
    laatsteFout: null,
    wektDoorCommit: false,
  };

  constructor(private readonly opties: WerkerOpties) {
    this.nrc = opties.nrc ?? new NrcClient(opties.instellingen);
  }

  get status(): WerkerToestand {
    return { ...this.toestand };
  }

  async start(): Promise<void> {
    if (!this.gestopt) return;
    this.gestopt = false;
    this.stopGevraagd = false;
    this.toestand.actief = true;
    if (this.opties.luister) {
      try {
        this.ontkoppel = await this.opties.luister(() => this.wek());
        this.toestand.wektDoorCommit = true;
      } catch (error) {
        this.opties.log.warn({ fout: tekst(error) }, "notificaties: wekken bij commit niet beschikbaar; alleen periodiek");
      }
    }
    this.lus = this.draai();
  }

  /** Look for work now (a commit wrote rows, or failed rows were put back). */
  wek(): void {
    this.gewekt = true;
    this.wekker?.();
  }

  /** Stops taking work and waits for the round in progress; claimed rows left unsent are sent again later. */
  async stop(): Promise<void> {
    if (this.gestopt) return;
    this.gestopt = true;
    this.stopGevraagd = true;
    this.toestand.actief = false;
    this.wekker?.();
    await this.lus;
    this.lus = null;
    await this.ontkoppel?.().catch(() => undefined);
    this.ontkoppel = null;
  }

  private async draai(): Promise<void> {
    while (!this.gestopt) {
      let verwerkt = 0;
      try {
        await this.onderhoud();
        verwerkt = await this.ronde();
      } catch (error) {
        // The database is away (restart, failover): try again after the poll interval.
        this.toestand.laatsteFout = tekst(error);
        this.opties.log.warn({ fout: tekst(error) }, "notificaties: ronde mislukt");
      }
      if (verwerkt > 0 || this.gestopt) continue;
      await this.slaap(this.opties.instellingen.pollMs);
    }
  }

  private slaap(ms: number): Promise<void> {
    if (this.gewekt) {
      this.gewekt = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const klaar = () => {
        clearTimeout(timer);
        this.wekker = null;
        this.gewekt = false;
        resolve();
      };
      const timer = setTimeout(klaar, ms);
      this.wekker = klaar;
    });
  }

  private async onderhoud(): Promise<void> {
    const nu = Date.now();
    if (!this.kanalenOk && nu >= this.volgendeKanaalPoging) {
      this.kanalenOk = await registreerKanalen(this.nrc, this.opties.publicUrl, this.opties.log);
      this.toestand.kanalenGeregistreerd = this.kanalenOk;
      this.volgendeKanaalPoging = nu + KANALEN_OPNIEUW_MS;
    }
    if (nu >= this.volgendeOpruiming) {
      this.volgendeOpruiming = nu + OPRUIMEN_ELKE_MS;
      const weg = await ruimAfgeleverdOp(this.opties.db, BEWAARTERMIJN_AFGELEVERD_DAGEN);
      if (weg > 0) this.opties.log.info({ aantal: weg }, "notificaties: oude afgeleverde notificaties opgeruimd");
    }
  }

  /** One claim and delivery; returns the number of rows handled. Public for tests. */
  async ronde(): Promise<number> {
    const rijen = await claimNotificaties(this.opties.db, BATCH, LEASE_MS);
    // One row per hoofdObject per claim (see claimNotificaties), so concurrency keeps the order.
    for (let i = 0; i < rijen.length; i += GELIJKTIJDIG) {
      if (this.stopGevraagd) {
        // Stopping: hand the rows not yet tried back at once (without using up an attempt).
        await geefVrij(this.opties.db, rijen.slice(i));
        break;
      }
      await Promise.all(rijen.slice(i, i + GELIJKTIJDIG).map((r) => this.lever(r)));
    }
    return rijen.length;
  }

  private async lever(n: GeclaimdeNotificatie): Promise<void> {
    const { instellingen, log, db } = this.opties;
    try {
      await this.nrc.publiceer(n.bericht);
    } catch (error) {
      const fout = tekst(error);
      this.toestand.laatsteFout = fout;
      const laatste = n.pogingen >= instellingen.maxPogingen;
      const wachttijdMs = wachttijdNaPoging(n.pogingen, instellingen.backoffBasisMs, this.opties.willekeur);
      await markeerFout(db, n, fout, { laatste, wachttijdMs });
      const velden = { notificatie: n.id, kanaal: n.bericht.kanaal, hoofdObject: n.hoofdObject, poging: n.pogingen, fout };
      if (laatste) log.error(velden, "notificatie definitief mislukt na het maximale aantal pogingen");
      else log.warn({ ...velden, opnieuwOverMs: wachttijdMs }, "notificatie niet afgeleverd; later opnieuw");
      return;
    }
    await markeerAfgeleverd(db, n);
    this.toestand.laatsteAflevering = new Date().toISOString();
  }
}

function tekst(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Wake-ups on commit: the transaction that writes outbox rows runs `pg_notify` on WEK_KANAAL,
 * which PostgreSQL (and PGlite) deliver only when it commits, and never on rollback.
 */
export function luisterNaarCommits(handle: DatabaseHandle, log: Logger): (wek: () => void) => Promise<() => Promise<void>> {
  return async (wek) => {
    if (handle.driver === "pglite") {
      const stop = await handle.client.listen(WEK_KANAAL, () => wek());
      return async () => stop();
    }
    // A dedicated connection from the pool holds the LISTEN; when it breaks, the worker polls
    // and a new one is tried after a while.
    let gestopt = false;
    let client: PoolClient | null = null;
    let herstel: NodeJS.Timeout | undefined;
    const verbind = async (): Promise<void> => {
      const c = await handle.pool.connect();
      c.on("notification", (m) => {
        if (m.channel === WEK_KANAAL) wek();
      });
      c.on("error", (error) => {
        log.warn({ fout: error.message }, "notificaties: LISTEN-verbinding verbroken");
        c.release(error);
        if (client === c) client = null;
        if (!gestopt) herstel = setTimeout(opnieuw, 10_000);
      });
      await c.query(`LISTEN ${WEK_KANAAL}`);
      client = c;
      wek(); // rows written while not listening
    };
    const opnieuw = () => {
      if (gestopt) return;
      verbind().catch(() => {
        herstel = setTimeout(opnieuw, 10_000);
      });
    };
    await verbind();
    return async () => {
      gestopt = true;
      clearTimeout(herstel);
      const c = client;
      client = null;
      if (c) {
        await c.query(`UNLISTEN ${WEK_KANAAL}`).catch(() => undefined);
        c.release();
      }
    };
  };
}
