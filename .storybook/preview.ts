import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../packages/elements/custom-elements.json';
import '@paperframe/elements/define.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // Every story is checked; a violation fails `pnpm test` (test/e2e).
    a11y: { test: 'error' },
  },
};

export default preview;
