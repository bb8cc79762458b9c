import { defineConfig } from 'wxt';
import { HOST_MATCHES } from './lib/sites/catalog';

// Least privilege: the sites' hosts, local storage and nothing that reaches the network.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: 'Resonance',
    description:
      'Do people care about this post? Your own posts’ engagement against your usual, at the same age. Local only.',
    permissions: ['storage', 'unlimitedStorage'],
    host_permissions: HOST_MATCHES,
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
  }),
});
