import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { corpusPlugin } from './scripts/build/corpus-plugin';

// Permissions, each justified in README ("Permissions"): only `storage`, for the per-tab result
// cache that must outlive the background being stopped. Content scripts run on http(s) pages only.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), corpusPlugin()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // Icons: public/icon/<size>.png (rendered by scripts/build/icons.sh from assets/icon/), which WXT
    // lists as the manifest's `icons`; the toolbar button's come from the popup's manifest.default_icon.
    action: { default_title: 'Recoupe' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'recoupe@recoupe.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions exists on Android from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
