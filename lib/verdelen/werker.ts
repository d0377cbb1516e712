/**
 * The in-process worker of bulk opdrachten: claims a few items at a time (FOR UPDATE SKIP
 * LOCKED, with a lease), processes them as the user who started the opdracht, settles each
 * item, and marks an opdracht `klaar` when nothing waits. Woken by a new opdracht (wek()),
 * otherwise it polls; items left by a crashed process are claimed again when their lease ends.
 */
import type { Database } from "@/lib/db";
import type { Logger } from "@/lib/log";
import { claimItems, geefVrij, opdrachtLezen, rondAf, stelUit, zetUitkomst, type GebruikerMomentopname, type GeclaimdItem, type OpdrachtRij } from "./opslag";
import { contextVoor, verwerkItem, type GroepenCache, type Uitkomst } from "./verwerking";

export interface VerdeelWerkerOpties {
  db: Database;
  log: Logger;
  pollMs?: number;
  /** Items per claim (processed GELIJKTIJDIG at a time). */
  batch?: number;
  leaseMs?: number;
  /** Temporary failures (ZGW API away) are retried this often, then the item is `mislukt`. */
  maxPogingen?: number;
  /** For tests: replaces the per-item work. */
  verwerk?: (opdracht: OpdrachtRij, item: GeclaimdItem) => Promise<Uitkomst>;
}

const GELIJKTIJDIG = 2;

export class VerdeelWerker {
  private gestopt = true;
  private lus: Promise<void> | null = null;
  private wekker: (() => void) | null = null;
  private gewekt = false;
  private stopGevraagd = false;
  /** Per opdracht: its row and a cache of PABC groups (opdrachten are immutable once made). */
  private readonly opdrachten = new Map<string, { rij: OpdrachtRij; groepen: GroepenCache }>();

  constructor(private readonly opties: VerdeelWerkerOpties) {}

  get actief(): boolean {
    return !this.gestopt;
  }

  start(): void {
    if (!this.gestopt) return;
    this.gestopt = false;
    this.stopGevraagd = false;
    this.lus = this.draai();
  }

  wek(): void {
    this.gewekt = true;
    this.wekker?.();
  }

  async stop(): Promise<void> {
    if (this.gestopt) return;
    this.gestopt = true;
    this.stopGevraagd = true;
    this.wekker?.();
    await this.lus;
    this.lus = null;
  }

  private async draai(): Promise<void> {
    while (!this.gestopt) {
      let verwerkt = 0;
      try {
        verwerkt = await this.ronde();
      } catch (error) {
        this.opties.log.warn({ fout: error instanceof Error ? error.message : String(error) }, "verdelen: ronde mislukt");
      }
      if (verwerkt > 0 || this.gestopt) continue;
      await this.slaap(this.opties.pollMs ?? 2000);
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

  /** One claim: process, settle, finish opdrachten. Returns the number of items claimed. Public for tests. */
  async ronde(): Promise<number> {
    const { db } = this.opties;
    const items = await claimItems(db, this.opties.batch ?? 6, this.opties.leaseMs ?? 120_000);
    for (let i = 0; i < items.length; i += GELIJKTIJDIG) {
      if (this.stopGevraagd) {
        // Stopping: hand the items not yet tried back at once (the attempt not counted).
        await geefVrij(db, items.slice(i));
        break;
      }
      await Promise.all(items.slice(i, i + GELIJKTIJDIG).map((item) => this.verwerk(item)));
    }
    await rondAf(db, [...new Set(items.map((i) => i.opdrachtId))]);
    return items.length;
  }

  private async opdracht(id: string) {
    let o = this.opdrachten.get(id);
    if (!o) {
      const rij = await opdrachtLezen(this.opties.db, id);
      if (!rij) return null;
      o = { rij, groepen: new Map() };
      if (this.opdrachten.size > 100) this.opdrachten.clear();
      this.opdrachten.set(id, o);
    }
    return o;
  }

  private async verwerk(item: GeclaimdItem): Promise<void> {
    const { db, log } = this.opties;
    const o = await this.opdracht(item.opdrachtId);
    if (!o) return;
    let uitkomst: Uitkomst;
    try {
      uitkomst = this.opties.verwerk
        ? await this.opties.verwerk(o.rij, item)
        : await verwerkItem(contextVoor(o.rij.gebruiker as GebruikerMomentopname, db), o.rij, item.sleutel, o.groepen);
    } catch (error) {
      uitkomst = { status: "mislukt", reden: error instanceof Error ? error.message : String(error), label: item.label };
    }
    if (uitkomst.status === "opnieuw") {
      if (item.pogingen < (this.opties.maxPogingen ?? 5)) {
        await stelUit(db, item, 2000 * 2 ** (item.pogingen - 1), uitkomst.reden);
        return;
      }
      uitkomst = { status: "mislukt", reden: uitkomst.reden, label: uitkomst.label };
    }
    await zetUitkomst(db, item, uitkomst);
    if (uitkomst.status === "mislukt") log.warn({ opdracht: item.opdrachtId, item: item.sleutel, reden: uitkomst.reden }, "verdelen: item mislukt");
  }
}

const WERKER_KEY = Symbol.for("zac.verdelen.werker");
type MetWerker = typeof globalThis & { [WERKER_KEY]?: VerdeelWerker };

/** Starts the worker of this process (once); server.ts calls it after the server listens. */
export function startVerdelen(db: Database, log: Logger): VerdeelWerker {
  const g = globalThis as MetWerker;
  const bestaand = g[WERKER_KEY];
  if (bestaand) return bestaand;
  const werker = new VerdeelWerker({ db, log: log.child({ module: "verdelen" }) });
  g[WERKER_KEY] = werker;
  werker.start();
  log.info("verdelen: werker gestart");
  return werker;
}

export async function stopVerdelen(): Promise<void> {
  const g = globalThis as MetWerker;
  const werker = g[WERKER_KEY];
  delete g[WERKER_KEY];
  await werker?.stop();
}

/** A new opdracht: look for work now (no-op without a worker in this process; it polls anyway). */
export function wekVerdeelWerker(): void {
  (globalThis as MetWerker)[WERKER_KEY]?.wek();
}
