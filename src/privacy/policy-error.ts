/**
 * The one error type of the privacy room: a policy file that cannot be used, with the file named
 * in the message so an operator knows which tenant's document to fix.
 *
 * @example new PolicyError("policies/acme.txt", "no recognizable structure …").message
 * // "policies/acme.txt: no recognizable structure …"
 */
export class PolicyError extends Error {
  /** The file (or source label) the error is about. */
  readonly file: string;

  constructor(file: string, problem: string, options?: { cause?: unknown }) {
    super(`${file}: ${problem}`, options);
    this.name = "PolicyError";
    this.file = file;
  }
}
