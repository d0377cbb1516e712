"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { FoutMelding, Knop, Laden, StatusMelding, foutTekst, haal, stuur } from "@/components/ui";
import { SIGNALERING_ENDPOINTS, SIGNALERING_TYPE_INFO, SignaleringInstellingen as Schema, type SignaleringInstelling } from "@/lib/signaleringen/contract";

const SLEUTEL = ["signaleringen", "instellingen"] as const;

/** Per type: on the dashboard and/or by e-mail. */
export function SignaleringInstellingen() {
  const client = useQueryClient();
  const q = useQuery({ queryKey: SLEUTEL, queryFn: ({ signal }) => haal(SIGNALERING_ENDPOINTS.instellingen, Schema, signal) });
  // null = not changed yet: the loaded settings.
  const [waarden, setWaarden] = useState<SignaleringInstelling[] | null>(null);
  const [gelukt, setGelukt] = useState(false);
  const opslaan = useMutation({
    mutationFn: (instellingen: SignaleringInstelling[]) => stuur(SIGNALERING_ENDPOINTS.instellingen, { method: "PUT", body: { instellingen }, schema: Schema }),
    onSuccess: (data) => {
      client.setQueryData(SLEUTEL, data);
      setWaarden(data.instellingen);
      setGelukt(true);
    },
  });

  if (q.isPending) return <Laden />;
  if (q.isError) return <FoutMelding>{foutTekst(q.error)}</FoutMelding>;
  const { mailBeschikbaar, email } = q.data;
  const lijst = waarden ?? q.data.instellingen;
  const zet = (type: SignaleringInstelling["type"], veld: "dashboard" | "mail", aan: boolean) => {
    setGelukt(false);
    setWaarden(lijst.map((i) => (i.type === type ? { ...i, [veld]: aan } : i)));
  };
  const mailUitleg = !mailBeschikbaar
    ? "E-mail is op deze omgeving niet ingesteld; signaleringen verschijnen alleen op je dashboard."
    : email
      ? `E-mails gaan naar ${email}.`
      : "Van jou is geen e-mailadres bekend; je krijgt daarom geen e-mails.";

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        opslaan.mutate(lijst);
      }}
    >
      <p className="mb-4 max-w-prose text-gray-700" id="mail-uitleg">
        {mailUitleg}
      </p>
      <table className="w-full max-w-3xl border-collapse text-left">
        <caption className="sr-only">Signaleringen per soort</caption>
        <thead>
          <tr className="border-b border-gray-300">
            <th scope="col" className="py-2 pr-4">
              Soort
            </th>
            <th scope="col" className="px-4 py-2">
              Op dashboard
            </th>
            <th scope="col" className="px-4 py-2">
              Per e-mail
            </th>
          </tr>
        </thead>
        <tbody>
          {lijst.map((i) => {
            const info = SIGNALERING_TYPE_INFO[i.type];
            return (
              <tr key={i.type} className="border-b border-gray-200 align-top">
                <th scope="row" className="py-3 pr-4 font-normal">
                  <span className="font-semibold">{info.titel}</span>
                  <span className="block text-sm text-gray-700">{info.omschrijving}</span>
                </th>
                <td className="px-4 py-3">
                  <input
                    type="checkbox"
                    className="size-5"
                    name={`${i.type}-dashboard`}
                    aria-label={`${info.titel} op dashboard`}
                    checked={i.dashboard}
                    onChange={(e) => zet(i.type, "dashboard", e.target.checked)}
                  />
                </td>
                <td className="px-4 py-3">
                  <input
                    type="checkbox"
                    className="size-5"
                    name={`${i.type}-mail`}
                    aria-label={`${info.titel} per e-mail`}
                    aria-describedby="mail-uitleg"
                    checked={i.mail}
                    disabled={!mailBeschikbaar}
                    onChange={(e) => zet(i.type, "mail", e.target.checked)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="mt-6 flex flex-col gap-3">
        {opslaan.isError ? <FoutMelding>{foutTekst(opslaan.error)}</FoutMelding> : null}
        <StatusMelding>{gelukt ? "Je instellingen zijn opgeslagen." : null}</StatusMelding>
        <div>
          <Knop type="submit" variant="primair" disabled={opslaan.isPending}>
            Opslaan
          </Knop>
        </div>
      </div>
    </form>
  );
}
