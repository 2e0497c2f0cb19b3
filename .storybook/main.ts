import type { StorybookConfig } from '@storybook/web-components-vite';
import type { PluginOption } from 'vite';

/** The demo's own plugins (inline article JSON, bundle post-processing) have no place here. */
const isDemoPlugin = (plugin: PluginOption) =>
  !!plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name.startsWith('news-widgets:');

/*
 * Decorators: Vite's oxc transform reads `experimentalDecorators` and `useDefineForClassFields`
 * from tsconfig.json. Checked on this setup: the build emits legacy `__decorate(...)` calls and no
 * class-field definitions that would shadow Lit's reactive accessors, so nothing is set here.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  staticDirs: [{ from: '../stories/assets', to: '/story-assets' }],
  viteFinal(config) {
    config.plugins = [...(config.plugins ?? []).flat().filter((p) => !isDemoPlugin(p))];
    // The demo server opens a browser tab; Storybook must not. Test runs write coverage reports and
    // builds write dist/: none of that is a reason to reload the stories.
    config.server = {
      ...config.server,
      open: false,
      watch: {
        ...config.server?.watch,
        ignored: ['**/coverage/**', '**/dist/**', '**/storybook-static/**', '**/.wtr/**'],
      },
    };
    return config;
  },
};

export default config;
