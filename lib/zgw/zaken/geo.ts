import { bbox } from "@turf/bbox";
import { booleanWithin } from "@turf/boolean-within";
import { z } from "zod";
import { zgwFout } from "../fouten";

/**
 * Geometry without PostGIS (GUIDE 5.4): zaakgeometrie is stored as GeoJSON plus its bounding
 * box in indexed columns; `zaakgeometrie.within` selects bbox candidates in the query and
 * decides exactly with turf.
 */

export const CRS = "EPSG:4326";

/**
 * Accept-Crs / Content-Crs as vng-api-common's GeoMixin: a body (POST/PUT/PATCH) needs
 * Content-Crs; reading (GET/HEAD, _zoek) needs Accept-Crs. Missing -> 412, another CRS -> 406.
 * A header that is sent where it is not required must still name EPSG:4326.
 */
export function controleerCrs(request: Request, opties: { accept: boolean; content: boolean }): void {
  const controleer = (naam: string, verplicht: boolean) => {
    const waarde = request.headers.get(naam);
    if (waarde === null) {
      if (verplicht) throw zgwFout("precondition_failed", "precondition_failed", `De header '${naam}' ontbreekt.`);
      return;
    }
    if (waarde.trim() !== CRS) throw zgwFout("not_acceptable", "not_acceptable", `CRS '${waarde}' wordt niet ondersteund; gebruik ${CRS}.`);
  };
  controleer("content-crs", opties.content);
  controleer("accept-crs", opties.accept);
}

// Point2D in the OAS: exactly x and y.
const positie = z.array(z.number()).length(2);
const ring = z.array(positie).min(4);

export const GeoJsonGeometrie: z.ZodType<Geometrie> = z.lazy(() =>
  z.discriminatedUnion("type", [
    z.object({ type: z.literal("Point"), coordinates: positie }),
    z.object({ type: z.literal("MultiPoint"), coordinates: z.array(positie) }),
    z.object({ type: z.literal("LineString"), coordinates: z.array(positie).min(2) }),
    z.object({ type: z.literal("MultiLineString"), coordinates: z.array(z.array(positie).min(2)) }),
    z.object({ type: z.literal("Polygon"), coordinates: z.array(ring).min(1) }),
    z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(ring).min(1)) }),
    z.object({ type: z.literal("GeometryCollection"), geometries: z.array(GeoJsonGeometrie) }),
  ]),
) as z.ZodType<Geometrie>;

export type Geometrie =
  | { type: "Point"; coordinates: number[] }
  | { type: "MultiPoint"; coordinates: number[][] }
  | { type: "LineString"; coordinates: number[][] }
  | { type: "MultiLineString"; coordinates: number[][][] }
  | { type: "Polygon"; coordinates: number[][][] }
  | { type: "MultiPolygon"; coordinates: number[][][][] }
  | { type: "GeometryCollection"; geometries: Geometrie[] };

export interface Kader {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function kaderVan(g: Geometrie): Kader {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- turf's GeoJSON types
  const [minX, minY, maxX, maxY] = bbox(g as any);
  return { minX: minX!, minY: minY!, maxX: maxX!, maxY: maxY! };
}

/** Whether `g` lies within `container` (turf semantics: boundary-only contact is not within). */
export function ligtBinnen(g: Geometrie, container: Geometrie): boolean {
  if (g.type === "GeometryCollection") return g.geometries.length > 0 && g.geometries.every((d) => ligtBinnen(d, container));
  if (g.type === "MultiLineString") return g.coordinates.every((c) => ligtBinnen({ type: "LineString", coordinates: c }, container));
  if (container.type === "GeometryCollection") return container.geometries.some((c) => ligtBinnen(g, c));
  if (g.type === "MultiPolygon" && container.type === "Polygon") {
    return g.coordinates.every((c) => ligtBinnen({ type: "Polygon", coordinates: c }, container));
  }
  try {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- turf's GeoJSON types
    return booleanWithin(g as any, container as any);
  } catch {
    return false;
  }
}
