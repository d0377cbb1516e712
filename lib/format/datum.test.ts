import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { formatDatum, formatDatumTijd } from "@/lib/format";

describe("formatDatum", () => {
  it("formats a Date as dd-MM-yyyy", () => {
    expect(formatDatum(new Date("2026-01-05T12:00:00Z"))).toBe("05-01-2026");
  });

  it("uses the Amsterdam date when UTC is still the previous day (winter, UTC+1)", () => {
    expect(formatDatum("2026-01-31T23:30:00Z")).toBe("01-02-2026");
  });

  it("uses the Amsterdam date when UTC is still the previous day (summer, UTC+2)", () => {
    expect(formatDatum("2026-06-30T22:15:00Z")).toBe("01-07-2026");
    expect(formatDatum("2026-06-30T21:59:00Z")).toBe("30-06-2026");
  });

  it("takes the offset of the input into account", () => {
    expect(formatDatum("2026-05-10T00:30:00+02:00")).toBe("10-05-2026");
    expect(formatDatum("2026-05-10T00:30:00-05:00")).toBe("10-05-2026");
    expect(formatDatum("2026-05-10T20:30:00-05:00")).toBe("11-05-2026");
  });

  it("shows a calendar date unchanged, without time-zone shifts", () => {
    expect(formatDatum("2026-03-29")).toBe("29-03-2026");
    expect(formatDatum("2024-02-29")).toBe("29-02-2024");
  });

  it("rejects invalid input with an AppError of code invalid", () => {
    for (const slecht of ["", "gisteren", "2026-02-30", "2026-13-01", "2026-03-29T10:00:00", "29-03-2026"]) {
      let fout: unknown;
      try {
        formatDatum(slecht);
      } catch (e) {
        fout = e;
      }
      expect(fout, slecht).toBeInstanceOf(AppError);
      expect((fout as AppError).code).toBe("invalid");
    }
    expect(() => formatDatum(new Date(Number.NaN))).toThrow(AppError);
  });
});

describe("formatDatumTijd", () => {
  it("formats dd-MM-yyyy HH:mm in Amsterdam time (winter, UTC+1)", () => {
    expect(formatDatumTijd("2026-01-05T08:07:00Z")).toBe("05-01-2026 09:07");
  });

  it("crosses to the next day near midnight UTC", () => {
    expect(formatDatumTijd("2025-12-31T23:30:00Z")).toBe("01-01-2026 00:30");
  });

  it("handles the start of summer time (2026-03-29, clocks jump 02:00 -> 03:00)", () => {
    // 00:30Z is 01:30 CET, still before the switch at 01:00Z.
    expect(formatDatumTijd("2026-03-29T00:30:00Z")).toBe("29-03-2026 01:30");
    expect(formatDatum("2026-03-29T00:30:00Z")).toBe("29-03-2026");
    // 01:00Z is the switch moment: 03:00 CEST; 02:xx local never exists.
    expect(formatDatumTijd("2026-03-29T01:00:00Z")).toBe("29-03-2026 03:00");
    expect(formatDatumTijd("2026-03-29T01:30:00Z")).toBe("29-03-2026 03:30");
  });

  it("handles the end of summer time (2026-10-25, clocks go back 03:00 -> 02:00)", () => {
    expect(formatDatumTijd("2026-10-25T00:30:00Z")).toBe("25-10-2026 02:30");
    expect(formatDatumTijd("2026-10-25T01:30:00Z")).toBe("25-10-2026 02:30");
    expect(formatDatumTijd("2026-10-24T22:00:00Z")).toBe("25-10-2026 00:00");
  });

  it("uses a 24-hour clock with 00 for midnight", () => {
    expect(formatDatumTijd(new Date("2026-07-01T22:00:00Z"))).toBe("02-07-2026 00:00");
    expect(formatDatumTijd(new Date("2026-07-01T15:45:00Z"))).toBe("01-07-2026 17:45");
  });

  it("refuses a calendar date without a time", () => {
    expect(() => formatDatumTijd("2026-03-29")).toThrow(AppError);
  });
});
