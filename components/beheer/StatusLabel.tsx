import { ZAAKTYPE_STATUS_TEKST, type ZaaktypeStatus } from "@/lib/zaakafhandelparameters/model";

const KLEUR: Record<ZaaktypeStatus, string> = {
  bruikbaar: "border-green-700 bg-green-50 text-green-900",
  niet_in_gebruik: "border-gray-500 bg-gray-50 text-gray-900",
  onvolledig: "border-amber-700 bg-amber-50 text-amber-900",
  niet_ingericht: "border-red-700 bg-red-50 text-red-900",
};

/** The status of a zaaktype's inrichting as text (colour is only an extra). */
export function StatusLabel({ status }: { status: ZaaktypeStatus }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${KLEUR[status]}`}>{ZAAKTYPE_STATUS_TEKST[status]}</span>;
}
