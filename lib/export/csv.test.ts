import { describe, expect, it } from "vitest";
import { csvBestandsnaam, csvCel, csvResponse, exporteerCsv, metEersteRij, type CsvKolom } from "./csv";

async function tekstVan(stream: ReadableStream<Uint8Array>): Promise<{ bytes: Uint8Array; tekst: string }> {
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  // ignoreBOM: keep the BOM in the text so the tests can see it.
  return { bytes, tekst: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}

async function* van<T>(rijen: T[]): AsyncGenerator<T> {
  for (const r of rijen) yield r;
}

interface Rij {
  naam: string;
  datum: string | null;
  moment?: string;
  aantal?: number;
  ja?: boolean;
}
const KOLOMMEN: CsvKolom<Rij>[] = [
  { titel: "Naam", waarde: (r) => r.naam },
  { titel: "Datum", waarde: (r) => r.datum, soort: "datum" },
];

describe("csvCel", () => {
  it("leaves plain text alone", () => {
    expect(csvCel("ZAAK-2026-0001")).toBe("ZAAK-2026-0001");
    expect(csvCel("Jansen, P.")).toBe("Jansen, P.");
  });

  it("quotes per RFC 4180: separator, quote, CR and LF; quotes are doubled", () => {
    expect(csvCel("a;b")).toBe('"a;b"');
    expect(csvCel('zei "hallo"')).toBe('"zei ""hallo"""');
    expect(csvCel("regel 1\nregel 2")).toBe('"regel 1\nregel 2"');
    expect(csvCel("regel 1\r\nregel 2")).toBe('"regel 1\r\nregel 2"');
  });

  it("escapes text that a spreadsheet would run as a formula with a leading apostrophe", () => {
    expect(csvCel("=SUM(A1:A2)")).toBe("'=SUM(A1:A2)");
    expect(csvCel("+31612345678")).toBe("'+31612345678");
    expect(csvCel("-2+3")).toBe("'-2+3");
    expect(csvCel("@SUM(1)")).toBe("'@SUM(1)");
    expect(csvCel("\t=1+1")).toBe("'\t=1+1");
    expect(csvCel("\r=1+1")).toBe("\"'\r=1+1\"");
    // Escaped and quoted when both apply.
    expect(csvCel('=HYPERLINK("http://x";"klik")')).toBe('"\'=HYPERLINK(""http://x"";""klik"")"');
    // Only the start counts.
    expect(csvCel("a=b")).toBe("a=b");
  });

  it("writes numbers with a decimal comma and does not escape negative numbers", () => {
    expect(csvCel(-5)).toBe("-5");
    expect(csvCel(1.5)).toBe("1,5");
    expect(csvCel(Number.NaN)).toBe("");
  });

  it("writes booleans as ja/nee and null/undefined as empty", () => {
    expect(csvCel(true)).toBe("ja");
    expect(csvCel(false)).toBe("nee");
    expect(csvCel(null)).toBe("");
    expect(csvCel(undefined)).toBe("");
  });

  it("writes dates as dd-MM-yyyy in Europe/Amsterdam", () => {
    expect(csvCel("2026-03-29", "datum")).toBe("29-03-2026");
    // 23:30 UTC on 31 January is already 1 February in Amsterdam.
    expect(csvCel("2026-01-31T23:30:00Z", "datum")).toBe("01-02-2026");
    expect(csvCel(new Date("2026-06-30T22:15:00Z"), "datum")).toBe("01-07-2026");
    expect(csvCel("2026-07-01T15:45:00Z", "datumtijd")).toBe("01-07-2026 17:45");
    expect(csvCel(null, "datum")).toBe("");
  });

  it("keeps a value that is not a date as text (escaped) instead of failing the export", () => {
    expect(csvCel("onbekend", "datum")).toBe("onbekend");
    expect(csvCel("=1+1", "datum")).toBe("'=1+1");
  });
});

describe("exporteerCsv", () => {
  it("writes a UTF-8 BOM, a header row and one CRLF line per row, separated by ;", async () => {
    const { bytes, tekst } = await tekstVan(
      exporteerCsv(
        van<Rij>([
          { naam: "Zaak één", datum: "2026-11-23" },
          { naam: "=cmd|' /C calc'!A0", datum: null },
        ]),
        KOLOMMEN,
      ),
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(tekst).toBe("\uFEFFNaam;Datum\r\nZaak één;23-11-2026\r\n'=cmd|' /C calc'!A0;\r\n");
  });

  it("writes only the header for no rows", async () => {
    const { tekst } = await tekstVan(exporteerCsv(van<Rij>([]), KOLOMMEN));
    expect(tekst).toBe("\uFEFFNaam;Datum\r\n");
  });

  it("pulls rows only as the consumer reads (bounded read-ahead)", async () => {
    let gelezen = 0;
    async function* veel(): AsyncGenerator<Rij> {
      for (let i = 0; i < 1_000_000; i++) {
        gelezen++;
        yield { naam: `zaak ${i}`, datum: "2026-01-01" };
      }
    }
    const stream = exporteerCsv(veel(), KOLOMMEN, { blokGrootte: 1024 });
    const reader = stream.getReader();
    await reader.read(); // header
    await reader.read(); // first block
    await new Promise((r) => setTimeout(r, 20));
    // A block of 1 kB holds ~40 rows; with one block read ahead far fewer than all rows were produced.
    expect(gelezen).toBeGreaterThan(0);
    expect(gelezen).toBeLessThan(200);
    await reader.cancel();
  });

  it("closes the row source when the download is cancelled", async () => {
    let gesloten = false;
    let uitkomst: { rijen: number; afgebroken?: boolean } | undefined;
    async function* bron(): AsyncGenerator<Rij> {
      try {
        for (let i = 0; ; i++) yield { naam: `r${i}`, datum: null };
      } finally {
        gesloten = true;
      }
    }
    const reader = exporteerCsv(bron(), KOLOMMEN, { blokGrootte: 100, bijEinde: (u) => (uitkomst = u) }).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(gesloten).toBe(true);
    expect(uitkomst?.afgebroken).toBe(true);
  });

  it("errors the stream when the source fails halfway (the client sees a failed download, not a short file)", async () => {
    async function* kapot(): AsyncGenerator<Rij> {
      yield { naam: "a", datum: null };
      throw new Error("database weg");
    }
    await expect(tekstVan(exporteerCsv(kapot(), KOLOMMEN))).rejects.toThrow("database weg");
  });
});

describe("metEersteRij", () => {
  it("surfaces a failure on the first row before the response exists", async () => {
    async function* kapot(): AsyncGenerator<Rij> {
      throw new Error("ZGW-API onbereikbaar");
    }
    await expect(metEersteRij(kapot())).rejects.toThrow("ZGW-API onbereikbaar");
  });

  it("yields the first row and then the rest, in order", async () => {
    const rijen = await metEersteRij(van([1, 2, 3]));
    const uit: number[] = [];
    for await (const r of rijen) uit.push(r);
    expect(uit).toEqual([1, 2, 3]);
  });
});

describe("bestand", () => {
  it("names the file after the list with today's Amsterdam date", () => {
    expect(csvBestandsnaam("Zaken-werkvoorraad", new Date("2026-11-23T10:00:00Z"))).toBe("zaken-werkvoorraad-23-11-2026.csv");
    expect(csvBestandsnaam("Mijn zaken", new Date("2026-12-31T23:30:00Z"))).toBe("mijn-zaken-01-01-2027.csv");
    expect(csvBestandsnaam("Zoekresultaat één", new Date("2026-01-05T12:00:00Z"))).toBe("zoekresultaat-een-05-01-2026.csv");
  });

  it("answers an attachment download as UTF-8 CSV", () => {
    const r = csvResponse(new ReadableStream(), "zaken-werkvoorraad-23-11-2026.csv");
    expect(r.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(r.headers.get("Content-Disposition")).toBe(`attachment; filename="zaken-werkvoorraad-23-11-2026.csv"; filename*=UTF-8''zaken-werkvoorraad-23-11-2026.csv`);
    expect(r.headers.get("Cache-Control")).toContain("no-store");
  });
});
