import { createTokenValidator, issuerTenant, TokenError, acceptedAudiences } from "../../src/api/sso-token";
import { CLIENT_ID, startJwks, type JwksFixture } from "./jwks-fixture";

const TENANT = "5b7c9d2e-1f3a-4c6b-8d9e-0a1b2c3d4e5f";
const OTHER = "c0ffee00-1234-4abc-9def-00000000beef";
const HOST = "tabs.example.test";

let jwks: JwksFixture;
beforeAll(async () => {
  jwks = await startJwks();
});
afterAll(() => jwks.close());

const validator = () => createTokenValidator({ clientId: CLIENT_ID, jwksUrl: jwks.jwksUrl });

async function refusal(token: string, host = HOST): Promise<TokenError> {
  const err = await validator().tenantOf(token, host).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(TokenError);
  return err as TokenError;
}

describe("createTokenValidator", () => {
  it("returns the tid of a v2 token for the app's client id, lower-cased", async () => {
    const token = await jwks.sign({ tid: TENANT.toUpperCase(), iss: `https://login.microsoftonline.com/${TENANT.toUpperCase()}/v2.0` });
    await expect(validator().tenantOf(token, HOST)).resolves.toBe(TENANT);
    expect(jwks.hits()).toBeGreaterThan(0);
  });

  it("accepts a v1 token whose audience is the Application ID URI api://<host>/<client id>", async () => {
    const token = await jwks.sign({ tid: TENANT, iss: `https://sts.windows.net/${TENANT}/`, aud: `api://${HOST}/${CLIENT_ID}` });
    await expect(validator().tenantOf(token, HOST)).resolves.toBe(TENANT);
  });

  it("refuses an Application ID URI for another host", async () => {
    const token = await jwks.sign({ tid: TENANT, aud: `api://elsewhere.example/${CLIENT_ID}` });
    expect((await refusal(token)).reason).toBe("audience");
  });

  it("refuses a token issued for another application", async () => {
    const token = await jwks.sign({ tid: TENANT, aud: "99999999-2222-4333-8444-555555555555" });
    expect((await refusal(token)).reason).toBe("audience");
  });

  it("accepts only the app registration's tenant when AAD_APP_TENANT_ID makes it single-tenant", async () => {
    const single = createTokenValidator({ clientId: CLIENT_ID, jwksUrl: jwks.jwksUrl, singleTenantId: TENANT.toUpperCase() });
    await expect(single.tenantOf(await jwks.sign({ tid: TENANT }), HOST)).resolves.toBe(TENANT);
    const other = await jwks.sign({ tid: OTHER, iss: `https://login.microsoftonline.com/${OTHER}/v2.0` });
    const err = await single.tenantOf(other, HOST).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(TokenError);
    expect((err as TokenError).reason).toBe("issuer");
  });

  it("refuses an expired token", async () => {
    const past = Math.floor(Date.now() / 1000) - 7200;
    const token = await jwks.sign({ tid: TENANT, iat: past - 3600, nbf: past - 3600, exp: past });
    expect((await refusal(token)).reason).toBe("expired");
  });

  it("refuses a token not valid yet", async () => {
    const future = Math.floor(Date.now() / 1000) + 7200;
    const token = await jwks.sign({ tid: TENANT, nbf: future, exp: future + 3600 });
    expect((await refusal(token)).reason).toBe("claims");
  });

  it("refuses a token signed by a key Entra does not publish", async () => {
    const token = await jwks.sign({ tid: TENANT }, { key: "unpublished" });
    expect((await refusal(token)).reason).toBe("signature");
  });

  it("refuses a token whose payload was changed after signing", async () => {
    const token = await jwks.sign({ tid: TENANT });
    const [header, , signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ tid: OTHER, iss: `https://login.microsoftonline.com/${OTHER}/v2.0`, aud: CLIENT_ID, exp: 9999999999 })).toString("base64url");
    expect((await refusal(`${header}.${forged}.${signature}`)).reason).toBe("signature");
  });

  it("refuses an unsigned token (alg none)", async () => {
    const header = Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url");
    const body = Buffer.from(JSON.stringify({ tid: TENANT, iss: `https://login.microsoftonline.com/${TENANT}/v2.0`, aud: CLIENT_ID, exp: 9999999999 })).toString("base64url");
    expect((await refusal(`${header}.${body}.`)).reason).toMatch(/signature|malformed/);
  });

  it("refuses an issuer that is not Microsoft Entra ID", async () => {
    const token = await jwks.sign({ tid: TENANT, iss: `https://login.example.com/${TENANT}/v2.0` });
    expect((await refusal(token)).reason).toBe("issuer");
  });

  it("refuses a tid that differs from the issuer's tenant", async () => {
    const token = await jwks.sign({ tid: OTHER, iss: `https://login.microsoftonline.com/${TENANT}/v2.0` });
    expect((await refusal(token)).reason).toBe("issuer");
  });

  it("refuses a token without tid", async () => {
    const token = await jwks.sign({ iss: `https://login.microsoftonline.com/${TENANT}/v2.0` });
    expect((await refusal(token)).reason).toBe("claims");
  });

  it("refuses text that is not a JWT", async () => {
    expect((await refusal("not-a-token")).reason).toBe("malformed");
  });

  it("says the keys are unavailable when the JWKS endpoint cannot be reached", async () => {
    const offline = createTokenValidator({ clientId: CLIENT_ID, jwksUrl: "http://127.0.0.1:9/keys" });
    const token = await jwks.sign({ tid: TENANT });
    const err = await offline.tenantOf(token, HOST).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(TokenError);
    expect((err as TokenError).reason).toBe("unavailable");
  });

  it("never puts the token or its claims in an error message", async () => {
    const token = await jwks.sign({ tid: OTHER, iss: `https://login.microsoftonline.com/${TENANT}/v2.0`, name: "Jane Example", upn: "jane@example.test" });
    const err = await refusal(token);
    expect(err.message).not.toContain(OTHER);
    expect(err.message).not.toContain(token.slice(0, 20));
    expect(err.message).not.toMatch(/jane/i);
  });
});

describe("issuerTenant", () => {
  it("reads the tenant of v2 and v1 Entra issuers only", () => {
    expect(issuerTenant(`https://login.microsoftonline.com/${TENANT}/v2.0`)).toBe(TENANT);
    expect(issuerTenant(`https://sts.windows.net/${TENANT}/`)).toBe(TENANT);
    expect(issuerTenant(`https://login.microsoftonline.com/common/v2.0`)).toBeUndefined();
    expect(issuerTenant(`https://sts.windows.net.evil.test/${TENANT}/`)).toBeUndefined();
    expect(issuerTenant(42)).toBeUndefined();
  });
});

describe("acceptedAudiences", () => {
  it("lists the client id and, with a host, the Application ID URI", () => {
    expect(acceptedAudiences(CLIENT_ID, undefined)).toEqual([CLIENT_ID]);
    expect(acceptedAudiences(CLIENT_ID, "a.example:8443")).toEqual([CLIENT_ID, `api://a.example:8443/${CLIENT_ID}`]);
  });
});
