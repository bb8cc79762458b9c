// The few `chrome.*` calls Node-side scripts make inside the browser (Playwright `evaluate`).
declare const chrome: {
  runtime: {
    sendMessage(message: unknown): Promise<{ ok: boolean; data?: any; error?: string } | undefined>;
    getManifest(): {
      content_scripts?: { js?: string[]; matches?: string[] }[];
      host_permissions?: string[];
      optional_host_permissions?: string[];
      permissions?: string[];
    };
  };
  tabs: { query(q: { url: string | string[] }): Promise<{ id?: number; url?: string }[]> };
  action: { getPopup(details: { tabId: number }): Promise<string> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
};
