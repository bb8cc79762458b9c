// What every check shares: one error type whose message is a reason a person can act on.
export class InvalidInput extends Error {
  override name = 'InvalidInput';
}

export function fail(reason: string): never {
  throw new InvalidInput(reason);
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function checkString(x: unknown, what: string, max: number, pattern?: RegExp): string {
  if (typeof x !== 'string' || x.length === 0) fail(`${what} must be a non-empty string`);
  if (x.length > max) fail(`${what} is longer than ${max} characters`);
  if (pattern && !pattern.test(x)) fail(`${what} has an unexpected form`);
  return x;
}

export function checkList(x: unknown, what: string, max: number): unknown[] {
  if (!Array.isArray(x)) fail(`${what} must be a list`);
  if (x.length > max) fail(`${what} holds more than ${max} entries`);
  return x;
}

/** Runs `check`, prefixing its reason with where the bad value was (`posts[3]: …`). */
export function at<T>(where: string, check: () => T): T {
  try {
    return check();
  } catch (e) {
    if (e instanceof InvalidInput) throw new InvalidInput(`${where}: ${e.message}`);
    throw e;
  }
}
