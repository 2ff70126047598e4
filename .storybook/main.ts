import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  viteFinal(viteConfig) {
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = [
      '@paperframe/source',
      ...defaultClientConditions,
    ];
    viteConfig.define = {
      ...viteConfig.define,
      'process.env.NODE_ENV': JSON.stringify('development'),
    };
    return viteConfig;
  },
};

export default config;
