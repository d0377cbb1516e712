import Link from "next/link";
import { Dashboard } from "@/components/dashboard";
import { PaginaKop } from "@/components/ui/PaginaKop";

export default function HomePage() {
  return (
    <>
      <PaginaKop
        titel="Welkom bij de zaakafhandelcomponent"
        intro={
          <>
            Dit is je dashboard: je werkvoorraad en signaleringen in één oogopslag. Voeg kaarten toe, haal ze weg of zet ze in een andere volgorde.{" "}
            <Link href="/instellingen/signaleringen">Signaleringen instellen</Link>
          </>
        }
      />
      <Dashboard />
    </>
  );
}
