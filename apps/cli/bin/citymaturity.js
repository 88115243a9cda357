#!/usr/bin/env node
// The citymaturity command. The TypeScript sources are compiled to dist/ by `npm run build`
// (run automatically by `npm ci` / `npm install` through the root "prepare" script).
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2));
