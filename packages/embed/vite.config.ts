import { defineConfig } from 'vite';

export default defineConfig({
  // nanostores reads process.env.NODE_ENV; a plain page has no `process`.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    lib: {
      entry: 'src/paperframe.ts',
      formats: ['es'],
      fileName: () => 'paperframe.js',
    },
    target: 'es2022',
    sourcemap: true,
    emptyOutDir: false,
    rolldownOptions: {
      output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
    },
  },
});
