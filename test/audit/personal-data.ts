/**
 * Generated personal data for the privacy audit (fast-check arbitraries): a person with a display
 * name, e-mail address, UPN, Teams user id (`29:…`), personal-chat conversation id (`a:…`),
 * aadObjectId, phone number and postal address, and the list of values that must never show up in
 * anything the app writes.
 *
 * Names are built from syllables so they look like names without being common words; any value that
 * happens to occur in the app's own data (catalog, policy, interface strings: {@link appCorpus}) is
 * filtered out, because the app may legitimately print its own data.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { en } from "../../src/i18n/strings/en";
import { fr } from "../../src/i18n/strings/fr";
import { REPO_ROOT, SHARED_POLICY } from "../helpers/paths";

/** A generated person. */
export interface Persona {
  first: string;
  last: string;
  name: string;
  email: string;
  upn: string;
  /** Teams user id (`29:1…`). */
  userId: string;
  /** Personal-chat conversation id (`a:1…`). */
  personalChatId: string;
  aadObjectId: string;
  /** As typed, e.g. "+33 6 12 34 56 78". */
  phone: string;
  /** e.g. "17 Zorvak Street, Belcor". */
  address: string;
  street: string;
}

const SYLLABLES = ["zor", "vak", "nel", "quo", "bri", "tav", "lum", "dex", "fyr", "gal", "hesk", "jov", "kir", "mor", "pex", "rul", "syl", "thu", "wen", "yxa", "bel", "cor", "dru", "fen", "osk", "ulm"];

const word = (min: number, max: number) => fc.array(fc.constantFrom(...SYLLABLES), { minLength: min, maxLength: max }).map((p) => p.join(""));
const capital = (s: string) => s[0].toUpperCase() + s.slice(1);
const idTail = fc.stringMatching(/^[A-Za-z0-9_-]{28,44}$/);

/** The app's own text (lower-cased): a generated value found in it is not a personal datum to look for. */
export const appCorpus: string = [
  readFileSync(join(REPO_ROOT, "test", "fixtures", "example-catalog.json"), "utf8"),
  readFileSync(join(REPO_ROOT, "test", "fixtures", "tenants.json"), "utf8"),
  readFileSync(SHARED_POLICY, "utf8"),
  JSON.stringify(en),
  JSON.stringify(fr),
]
  .join("\n")
  .toLowerCase();

const phoneArb = fc.oneof(
  fc.tuple(fc.integer({ min: 10, max: 99 }), fc.integer({ min: 10, max: 99 }), fc.integer({ min: 10, max: 99 }), fc.integer({ min: 10, max: 99 })).map(([a, b, c, d]) => `+33 6 ${a} ${b} ${c} ${d}`),
  fc.integer({ min: 100_000, max: 999_999 }).map((n) => `+44 7700 ${n}`),
  fc.integer({ min: 1_000_000, max: 9_999_999 }).map((n) => `+1 415 ${String(n).slice(0, 3)} ${String(n).slice(3)}`),
);

/** A person whose every value is at least 8 characters and absent from {@link appCorpus}. */
export const personaArb: fc.Arbitrary<Persona> = fc
  .record({
    first: word(2, 3).map(capital),
    last: word(2, 3).map(capital),
    n: fc.integer({ min: 10, max: 9999 }),
    mailDomain: word(2, 2),
    orgDomain: word(2, 3),
    userTail: idTail,
    chatTail: idTail,
    aadObjectId: fc.uuid({ version: 4 }),
    phone: phoneArb,
    houseNumber: fc.integer({ min: 1, max: 299 }),
    streetWord: word(2, 2).map(capital),
    city: word(2, 3).map(capital),
  })
  .map((r): Persona => {
    const street = `${r.streetWord} Street`;
    return {
      first: r.first,
      last: r.last,
      name: `${r.first} ${r.last}`,
      email: `${r.first.toLowerCase()}.${r.last.toLowerCase()}${r.n}@${r.mailDomain}.example`,
      upn: `${r.first.toLowerCase()}${r.last.toLowerCase()}@${r.orgDomain}.onmicrosoft.com`,
      userId: `29:1${r.userTail}`,
      personalChatId: `a:1${r.chatTail}`,
      aadObjectId: r.aadObjectId,
      phone: r.phone,
      address: `${r.houseNumber} ${street}, ${r.city}`,
      street,
    };
  })
  .filter((p) => personalValues(p).every((v) => !appCorpus.includes(v.toLowerCase())));

/** Digits of a phone number as a machine might store them ("33612345678"). */
export const phoneDigits = (phone: string) => phone.replace(/\D/g, "");

/**
 * Every value of `p` to search for: each whole value, the name's parts, the e-mail's local part,
 * the id tails without their prefix, the phone's digits and the street.
 */
export function personalValues(p: Persona): string[] {
  return [
    p.name,
    p.first,
    p.last,
    p.email,
    p.email.split("@")[0],
    p.upn,
    p.userId,
    p.userId.slice(4),
    p.personalChatId,
    p.personalChatId.slice(3),
    p.aadObjectId,
    p.phone,
    phoneDigits(p.phone),
    p.address,
    p.street,
  ];
}

/** Pieces a person may type into a message, a search or a question. */
export function typedPieces(p: Persona): string[] {
  return [p.name, p.email, p.upn, p.phone, p.address, p.userId, p.aadObjectId, `my name is ${p.first}`, `call me at ${p.phone}`, `I live at ${p.address}`];
}
