import { z } from "zod";

/**
 * The PABC API contract (../shared/specs/pabc/PABC.Server.json, PABC v1.0.0) as zod schemas.
 * Objects the OAS marks `additionalProperties: false` are strict here, so a response with an
 * extra field fails just as it would against the OAS. Used by the client to parse answers,
 * by the built-in API to shape them, and by the contract tests to check every body.
 */

const nullableString = z.string().nullable().optional();

export const ApplicationRoleModel = z.strictObject({
  name: z.string(),
  application: z.string(),
});

export const EntityTypeModel = z.strictObject({
  id: z.string(),
  name: z.string(),
  type: z.string(),
});

export const GetApplicationRolesRequest = z.strictObject({
  functionalRoleNames: z.array(z.string()),
});

export const GetApplicationRolesResponseModel = z.strictObject({
  entityType: EntityTypeModel.optional(),
  applicationRoles: z.array(ApplicationRoleModel),
});

export const GetApplicationRolesResponse = z.strictObject({
  results: z.array(GetApplicationRolesResponseModel),
});

export const GroupRepresentation = z.strictObject({
  name: z.string(),
  description: nullableString,
  attributes: z.record(z.string(), z.array(z.string())),
});

export const GetGroupsByApplicationRoleAndEntityTypeResponse = z.strictObject({
  groups: z.array(GroupRepresentation),
});

/** ProblemDetails allows any extra member (`additionalProperties: {}`). */
export const ProblemDetails = z.looseObject({
  type: nullableString,
  title: nullableString,
  status: z.number().int().nullable().optional(),
  detail: nullableString,
  instance: nullableString,
});

export const ValidationProblemDetails = ProblemDetails.extend({
  errors: z.record(z.string(), z.array(z.string())).optional(),
});

export type ApplicationRoleModel = z.infer<typeof ApplicationRoleModel>;
export type EntityTypeModel = z.infer<typeof EntityTypeModel>;
export type GetApplicationRolesResponseModel = z.infer<typeof GetApplicationRolesResponseModel>;
export type GetApplicationRolesResponse = z.infer<typeof GetApplicationRolesResponse>;
export type GroupRepresentation = z.infer<typeof GroupRepresentation>;
export type GetGroupsResponse = z.infer<typeof GetGroupsByApplicationRoleAndEntityTypeResponse>;

/** Paths below the base URL (`.../api/v1`). */
export const PABC_PADEN = {
  applicatieRollen: "/application-roles-per-entity-type",
  groepen: "/groups",
  specs: "/specs.json",
} as const;

/** Query parameters of GET /groups, all required. */
export const GROEPEN_PARAMETERS = ["application-name", "application-role-name", "entity-type-id", "entity-type"] as const;

/** The key the built-in PABC accepts outside production when PABC_API_KEY is unset. */
export const DEMO_PABC_SLEUTEL = "zac-demo-pabc-sleutel";
