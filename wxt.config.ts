import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';
import { defineConfig } from 'wxt';
import { inlinePopupStyle } from './scripts/build/inline-popup-style';
import { polyfillAsModule } from './scripts/build/polyfill-as-module';
import { stripSelectorEvidence } from './scripts/build/strip-selector-evidence';

const root = fileURLToPath(new URL('.', import.meta.url));

// The config loader knows no `@/` alias: the site list is read with one that does.
async function sites() {
  const jiti = createJiti(import.meta.url, { alias: { '@': root } });
  const { SITES } = await jiti.import<typeof import('./lib/sites/catalog')>('./lib/sites/catalog');
  const { hostMatches } = await jiti.import<typeof import('./lib/sites/site')>('./lib/sites/site');
  return SITES.map((site) => ({ site, matches: hostMatches(site) }));
}

/**
 * One script per site (entrypoints/site-<id>.ts), run on its site's hosts from lib/sites/<id>/site.ts.
 * A self-hosted site's script (Mastodon) is not listed: it is registered for each instance the user adds.
 */
async function siteScripts() {
  return (await sites()).filter(
    ({ site, matches }) => matches.length > 0 && existsSync(`${root}entrypoints/site-${site.id}.ts`),
  );
}

// Least privilege: the host permissions are exactly the hosts of the sites' scripts, so the extension can
// never ask for more than the sites it reads. A self-hosted instance is an optional host permission,
// asked for when the user adds it. `alarms` runs the daily upkeep; `scripting` registers instances' scripts.
const OPTIONAL_HOSTS = ['https://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // A separate output folder lets two builds run side by side (RESONANCE_OUT_DIR); .output when unset or empty.
  outDir: process.env.RESONANCE_OUT_DIR || '.output',
  vite: () => ({ plugins: [polyfillAsModule(), stripSelectorEvidence(), inlinePopupStyle()] }),
  hooks: {
    // The popup is built on its own, into one script and one stylesheet (which inlinePopupStyle writes
    // into its page): opened with the dashboard's shared chunk it loaded four files, and one of each
    // painted it 7–20 ms sooner (docs/architecture.md).
    'entrypoints:grouped': (_wxt, groups) => {
      const pages = groups.find((g) => Array.isArray(g) && g.some((e) => e.name === 'popup'));
      if (!Array.isArray(pages) || pages.length < 2) return;
      const popup = pages.filter((e) => e.name === 'popup');
      groups.splice(
        groups.indexOf(pages),
        1,
        popup,
        pages.filter((e) => e.name !== 'popup'),
      );
    },
  },
  manifest: async ({ browser, manifestVersion }) => {
    const scripts = await siteScripts();
    const hosts = [...new Set(scripts.flatMap((s) => s.matches))].sort();
    return {
      name: 'Resonance',
      description:
        'Do people care about this post? Your own posts’ engagement against your usual, at the same age. Local only.',
      permissions: ['unlimitedStorage', 'alarms', 'scripting', ...(manifestVersion === 2 ? hosts : [])],
      ...(manifestVersion === 3
        ? { host_permissions: hosts, optional_host_permissions: OPTIONAL_HOSTS }
        : { optional_permissions: OPTIONAL_HOSTS }),
      content_scripts: scripts.map(({ site, matches }) => ({
        matches,
        js: [`site-${site.id}.js`],
        run_at: 'document_idle' as const,
      })),
      action: { default_title: 'Resonance' },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'resonance@resonance.local',
                // data_collection_permissions (required on addons.mozilla.org) needs Firefox 140, Android 142.
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
    };
  },
});
