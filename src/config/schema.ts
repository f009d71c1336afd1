/**
 * The environment variables the app reads, their defaults and their rules (zod schema).
 *
 * Names follow Teams Toolkit / Microsoft 365 Agents Toolkit conventions (`BOT_ID`, `BOT_PASSWORD`,
 * `BOT_TYPE`, `BOT_TENANT_ID`, `TAB_ENDPOINT`, `AAD_APP_CLIENT_ID`, `TEAMS_APP_ID`).
 * Every rule carries the fix in its message, because the message is what an admin sees at start-up.
 */
import { z } from "zod";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === "" ? undefined : v));

const optionalGuid = (fix: string) =>
  optionalText.refine((v) => v === undefined || GUID.test(v), { message: `must be a GUID; ${fix}` });

const httpsOrigin = optionalText.refine(
  (v) => v === undefined || /^https?:\/\/[^/?#]+(\/[^?#]*)?$/.test(v),
  { message: "must be an absolute URL such as https://course-companion.azurewebsites.net (no query or fragment)" },
);

/** Raw environment → typed values; cross-field rules are in config/load. */
export const envSchema = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"], { message: "must be development, production or test (production refuses local mode)" })
    .default("development"),
  HOST: optionalText.refine((v) => v === undefined || /^[0-9a-f.:]+$/i.test(v) || /^[a-z0-9.-]+$/i.test(v), {
    message: "must be an interface address such as 127.0.0.1 or 0.0.0.0",
  }),
  PORT: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.coerce
    .number({ message: "must be a port number, e.g. 3978" })
    .int("must be a whole number, e.g. 3978")
    .min(0, "must be between 0 and 65535 (0: any free port, used by tests)")
    .max(65535, "must be between 0 and 65535 (0: any free port, used by tests)")
    .default(3978)),
  BOT_ID: optionalGuid("copy the Microsoft App ID of the Azure Bot, or leave it empty for local mode"),
  BOT_PASSWORD: optionalText,
  BOT_TYPE: z
    .enum(["MultiTenant", "SingleTenant", "UserAssignedMsi"], {
      message: "must be MultiTenant, SingleTenant or UserAssignedMsi (the Azure Bot's app type)",
    })
    .default("MultiTenant"),
  BOT_TENANT_ID: optionalGuid("use the Entra tenant ID that owns the bot's app registration or managed identity"),
  TENANTS_FILE: optionalText,
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      message: "must be one of fatal, error, warn, info, debug, trace, silent",
    })
    .default("info"),
  TAB_ENDPOINT: httpsOrigin,
  TEAMS_APP_ID: optionalGuid("copy the Teams app id (manifest `id`) or leave it empty"),
  AAD_APP_CLIENT_ID: optionalGuid("copy the client id of the tab's Entra app registration (SSO) or leave it empty"),
  AAD_APP_TENANT_ID: optionalGuid("use the tenant of the tab's Entra app, or leave it empty for a multi-tenant app"),
  STORAGE: z
    .enum(["sqlite", "azure-tables"], { message: "must be sqlite (one instance, file in DATA_DIR) or azure-tables (several instances)" })
    .default("sqlite"),
  DATA_DIR: optionalText,
  AZURE_TABLES_CONNECTION_STRING: optionalText.refine((v) => v === undefined || /(^|;)\s*(TableEndpoint|AccountName)=/i.test(v), {
    message: "must be a storage connection string (DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…;EndpointSuffix=… or one with TableEndpoint=…)",
  }),
  AZURE_TABLES_ACCOUNT_URL: optionalText.refine((v) => v === undefined || /^https:\/\/[^/?#]+\/?$/.test(v), {
    message: "must be the table endpoint of the storage account, e.g. https://<account>.table.core.windows.net",
  }),
  AZURE_TABLES_TABLE: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9]{2,62}$/, { message: "must be 3 to 63 letters or digits, starting with a letter (Azure table name rules)" })
    .default("usagecounts"),
  AZURE_CLIENT_ID: optionalGuid("use the client id of the user-assigned managed identity that may write the table, or leave it empty"),
  USAGE_RETENTION_DAYS: z.coerce
    .number({ message: "must be a number of days, e.g. 400" })
    .int("must be a whole number of days, e.g. 400")
    .min(1, "must be between 1 and 3650 days")
    .max(3650, "must be between 1 and 3650 days")
    .default(400),
  USAGE_FLUSH_SECONDS: z.coerce
    .number({ message: "must be a number of seconds, e.g. 30" })
    .int("must be a whole number of seconds, e.g. 30")
    .min(1, "must be between 1 and 3600 seconds")
    .max(3600, "must be between 1 and 3600 seconds")
    .default(30),
  RATE_LIMIT_PER_TENANT: z.coerce
    .number({ message: "must be a number of turns, e.g. 500" })
    .int("must be a whole number of turns, e.g. 500")
    .min(1, "must be between 1 and 1000000 turns per window")
    .max(1_000_000, "must be between 1 and 1000000 turns per window")
    .default(500),
  HEAP_GROWTH_PERCENT: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.coerce
    .number({ message: "must be a percentage, e.g. 25 (or 0 for V8's own heap sizing)" })
    .int("must be a whole percentage, e.g. 25 (or 0 for V8's own heap sizing)")
    .refine((v) => v === 0 || (v >= 10 && v <= 100), "must be 0 (V8's own heap sizing) or a percentage from 10 to 100, e.g. 25")
    .default(25)),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce
    .number({ message: "must be a number of seconds, e.g. 10" })
    .int("must be a whole number of seconds, e.g. 10")
    .min(1, "must be between 1 and 3600 seconds")
    .max(3600, "must be between 1 and 3600 seconds")
    .default(10),
});

/** Parsed environment. */
export type Env = z.infer<typeof envSchema>;
