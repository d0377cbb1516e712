import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { DashboardIndeling, KAARTEN, SignaleringInstellingenInvoer } from "./contract";
import { smtpInstellingen } from "./env";
import { transportMailer } from "./mail";
import { plusDagen, vandaag } from "./verlopend";

describe("dashboard contract", () => {
  it("accepts known cards in any order and refuses duplicates and unknown cards", () => {
    expect(DashboardIndeling.parse({ kaarten: ["taak_verlopend", "mijn-zaken"] }).kaarten).toEqual(["taak_verlopend", "mijn-zaken"]);
    expect(DashboardIndeling.safeParse({ kaarten: [] }).success).toBe(true);
    expect(DashboardIndeling.safeParse({ kaarten: ["mijn-zaken", "mijn-zaken"] }).success).toBe(false);
    expect(DashboardIndeling.safeParse({ kaarten: ["onbekend"] }).success).toBe(false);
    expect(KAARTEN).toHaveLength(7);
  });

  it("refuses a settings list that names a type twice", () => {
    const i = { type: "zaak_op_naam", dashboard: true, mail: false };
    expect(SignaleringInstellingenInvoer.safeParse({ instellingen: [i] }).success).toBe(true);
    expect(SignaleringInstellingenInvoer.safeParse({ instellingen: [i, i] }).success).toBe(false);
  });
});

describe("smtp settings", () => {
  it("are off without SMTP_HOST and read host, port and sender with it", () => {
    expect(smtpInstellingen({})).toBeNull();
    expect(smtpInstellingen({ SMTP_HOST: "" })).toBeNull();
    expect(smtpInstellingen({ SMTP_HOST: "smtp.gemeente.nl" })).toMatchObject({ host: "smtp.gemeente.nl", port: 587, from: "Zaakafhandelcomponent <zac@localhost>" });
    expect(smtpInstellingen({ SMTP_HOST: "smtp", SMTP_PORT: "465", SMTP_USER: "u", SMTP_PASSWORD: "p", SMTP_FROM: "ZAC <zac@gemeente.nl>" })).toEqual({
      host: "smtp",
      port: 465,
      user: "u",
      password: "p",
      from: "ZAC <zac@gemeente.nl>",
    });
    expect(() => smtpInstellingen({ SMTP_HOST: "smtp", SMTP_PORT: "geen" })).toThrow(/SMTP_PORT/);
  });

  it("the mailer hands nodemailer sender, recipient, subject and text", async () => {
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const verstuurd: string[] = [];
    const echt = transport.sendMail.bind(transport);
    transport.sendMail = (async (m: Parameters<typeof echt>[0]) => {
      const info = await echt(m);
      verstuurd.push(String((info as { message: string }).message));
      return info;
    }) as typeof transport.sendMail;
    await transportMailer(transport, "ZAC <zac@gemeente.nl>").verstuur({ aan: "bea@gemeente.nl", onderwerp: "Zaak Z-1", tekst: "Hallo" });
    expect(JSON.parse(verstuurd[0]!)).toMatchObject({ from: { address: "zac@gemeente.nl" }, to: [{ address: "bea@gemeente.nl" }], subject: "Zaak Z-1", text: "Hallo" });
  });
});

describe("dates for the jobs", () => {
  it("today is the calendar day in Amsterdam, also just after midnight there", () => {
    expect(vandaag(new Date("2026-03-01T23:30:00Z"))).toBe("2026-03-02");
    expect(vandaag(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
    expect(plusDagen("2026-02-27", 3)).toBe("2026-03-02");
    expect(plusDagen("2026-01-01", -1)).toBe("2025-12-31");
  });
});
