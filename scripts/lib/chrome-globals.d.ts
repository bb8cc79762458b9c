// The few `chrome.*` calls Node-side scripts make inside the browser (Playwright `evaluate`).
declare const chrome: {
  runtime: {
    sendMessage(message: unknown): Promise<{ ok: boolean; data?: any; error?: string } | undefined>;
  };
  tabs: { query(q: { url: string | string[] }): Promise<{ id?: number; url?: string }[]> };
};
