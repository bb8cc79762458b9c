// One handler per request of a group: it receives the untrusted payload and answers the typed response.
export type Handlers<Group> = {
  [T in keyof Group]: (
    payload: Record<string, unknown>,
  ) => Promise<Group[T] extends [unknown, infer R] ? R : never>;
};
