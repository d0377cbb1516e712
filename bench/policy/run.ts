/**
 * Benchmark: a full zaak_rechten decision in-process (compiled WebAssembly, lib/policy) against
 * the same policies served by `opa run --server` on loopback over REST with keep-alive (the
 * way ZAC calls OPA). Not a test; run with `npm run bench:policy`.
 *
 * Env: BENCH_INPROCESS_N (default 200000), BENCH_REST_N (default 5000), BENCH_REST_CONCURRENCY (8).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readdirSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { policyUser, zaakInvoer, zaakRechten, type PolicyGebruiker, type ZaakFeiten } from "@/lib/policy";

const ROOT = path.resolve(import.meta.dirname, "../..");
const N_IN = Number(process.env.BENCH_INPROCESS_N ?? 200_000);
const N_REST = Number(process.env.BENCH_REST_N ?? 5_000);
const CONCURRENCY = Number(process.env.BENCH_REST_CONCURRENCY ?? 8);
const REST_DEADLINE_MS = 120_000;

const gebruiker: PolicyGebruiker = {
  id: "behandelaar-1",
  iamModus: "pabc",
  pabc: {
    perZaaktype: { "Melding openbare ruimte": ["behandelaar", "coordinator"], Omgevingsvergunning: ["raadpleger"] },
    alleZaaktypen: ["raadpleger"],
  },
};
const zaak: ZaakFeiten = {
  open: true,
  zaaktype: "Melding openbare ruimte",
  opgeschort: false,
  verlengd: false,
  intake: false,
  besloten: true,
  heropend: false,
  brondatumBepaald: false,
  vertrouwelijkheidaanduiding: "openbaar",
};
const input = zaakInvoer(gebruiker, zaak);

function percentiel(gesorteerd: Float64Array, p: number): number {
  return gesorteerd[Math.min(gesorteerd.length - 1, Math.floor((p / 100) * gesorteerd.length))]!;
}

interface Meting {
  p50: number;
  p99: number;
  perSeconde: number;
  /** CPU time of this process per decision (ms); less sensitive to other load than wall time. */
  cpuPerBesluit?: number;
}

function fmtUs(ms: number) {
  return `${(ms * 1000).toFixed(1)} µs`;
}

function inProcess(): Meting {
  // Warm-up: JIT and the policy's first load.
  for (let i = 0; i < 20_000; i++) zaakRechten(input);
  const tijden = new Float64Array(N_IN);
  for (let i = 0; i < N_IN; i++) {
    const t0 = performance.now();
    zaakRechten(input);
    tijden[i] = performance.now() - t0;
  }
  tijden.sort();
  // Throughput without the per-call timer.
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < N_IN; i++) zaakRechten(input);
  const totaal = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  return {
    p50: percentiel(tijden, 50),
    p99: percentiel(tijden, 99),
    perSeconde: (N_IN / totaal) * 1000,
    cpuPerBesluit: (cpu.user + cpu.system) / 1000 / N_IN,
  };
}

function ensureOpa(): string {
  const out = execFileSync("bash", ["-c", 'source scripts/lib/opa.sh && ensure_opa'], { cwd: ROOT, encoding: "utf8" });
  return out.trim().split("\n").pop()!;
}

function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function post(agent: http.Agent, port: number, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        path: "/v1/data/zac/zaak/zaak_rechten",
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        let data = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (data += d));
        res.on("end", () => (res.statusCode === 200 ? resolve(data) : reject(new Error(`OPA ${res.statusCode}: ${data}`))));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

async function wachtOpOpa(port: number, opa: ChildProcess) {
  const tot = Date.now() + 20_000;
  while (Date.now() < tot) {
    if (opa.exitCode !== null) throw new Error(`opa stopped with code ${opa.exitCode}`);
    const ok = await new Promise<boolean>((resolve) => {
      http
        .get({ host: "127.0.0.1", port, path: "/health" }, (res) => {
          res.resume();
          resolve(res.statusCode === 200);
        })
        .on("error", () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("opa did not become ready within 20 s");
}

async function rest(opaBin: string): Promise<{ sequentieel: Meting; parallel: number }> {
  const bestanden = readdirSync(path.join(ROOT, "policies"))
    .filter((f) => f.endsWith(".rego") && !f.endsWith("_test.rego"))
    .map((f) => path.join(ROOT, "policies", f));
  const port = await vrijePoort();
  const opa = spawn(opaBin, ["run", "--server", "--addr", `127.0.0.1:${port}`, "--log-level", "error", ...bestanden], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = () => {
    if (opa.exitCode === null) opa.kill("SIGTERM");
  };
  process.once("exit", stop);
  try {
    await wachtOpOpa(port, opa);
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const body = JSON.stringify({ input });
    // Sanity: OPA answers the same as the in-process policy.
    const antwoord = JSON.parse(await post(agent, port, body)) as { result: unknown };
    const lokaal = zaakRechten(input);
    if (JSON.stringify(Object.entries(antwoord.result as object).sort()) !== JSON.stringify(Object.entries(lokaal).sort())) {
      throw new Error("OPA REST and in-process disagree on zaak_rechten");
    }
    const deadline = Date.now() + REST_DEADLINE_MS;
    for (let i = 0; i < Math.min(500, N_REST); i++) await post(agent, port, body);

    // One request at a time over one kept-alive connection: latency.
    const tijden: number[] = [];
    const t0 = performance.now();
    for (let i = 0; i < N_REST && Date.now() < deadline; i++) {
      const s = performance.now();
      await post(agent, port, body);
      tijden.push(performance.now() - s);
    }
    const totaal = performance.now() - t0;
    const gesorteerd = Float64Array.from(tijden).sort();
    const sequentieel = {
      p50: percentiel(gesorteerd, 50),
      p99: percentiel(gesorteerd, 99),
      perSeconde: (tijden.length / totaal) * 1000,
    };

    // CONCURRENCY requests in flight: OPA's best throughput on this machine.
    let gedaan = 0;
    const p0 = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (gedaan < N_REST && Date.now() < deadline) {
          gedaan++;
          await post(agent, port, body);
        }
      }),
    );
    const parallel = (gedaan / (performance.now() - p0)) * 1000;
    agent.destroy();
    return { sequentieel, parallel };
  } finally {
    stop();
    await new Promise((r) => (opa.exitCode === null ? opa.once("exit", r) : r(null)));
    process.removeListener("exit", stop);
  }
}

async function main() {
  const opaBin = ensureOpa();
  const [l1] = os.loadavg();
  console.log(`machine: ${os.cpus().length} cores, load average ${l1!.toFixed(2)} (other processes slow both paths down)`);
  const rechten = zaakRechten(input);
  console.log(`zaak_rechten for ${JSON.stringify(policyUser(gebruiker, zaak.zaaktype).rollen)}: ${Object.values(rechten).filter(Boolean).length}/${Object.keys(rechten).length} rights true`);

  const a = inProcess();
  console.log(
    `in-process (WebAssembly, one core, ${N_IN} decisions, zod-parsed): p50 ${fmtUs(a.p50)}  p99 ${fmtUs(a.p99)}  ${Math.round(a.perSeconde).toLocaleString("en")} decisions/s  (CPU ${fmtUs(a.cpuPerBesluit!)} per decision)`,
  );

  const b = await rest(opaBin);
  console.log(
    `OPA REST (opa run --server, loopback, keep-alive, ${N_REST} sequential requests): p50 ${fmtUs(b.sequentieel.p50)}  p99 ${fmtUs(b.sequentieel.p99)}  ${Math.round(b.sequentieel.perSeconde).toLocaleString("en")} decisions/s`,
  );
  console.log(`OPA REST with ${CONCURRENCY} requests in flight: ${Math.round(b.parallel).toLocaleString("en")} decisions/s`);

  const ratioSeq = a.perSeconde / b.sequentieel.perSeconde;
  const ratioPar = a.perSeconde / b.parallel;
  console.log(`ratio in-process / REST: ${ratioSeq.toFixed(1)}x (sequential), ${ratioPar.toFixed(1)}x (vs ${CONCURRENCY} in flight); p50 latency ${(b.sequentieel.p50 / a.p50).toFixed(1)}x lower`);
  const gehaald = a.p50 * 1000 <= 20 && Math.min(ratioSeq, ratioPar) >= 20;
  console.log(`target (p50 <= 20 µs, >= 20x REST decisions/s): ${gehaald ? "met" : "MISSED"}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
