import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served under /app/ by the examples launcher, so assets resolve there.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: true },
});
