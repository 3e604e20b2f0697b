// The forecast's worker thread, where the thread pool looks for it; the bundle loads as the bin does.
import { createRequire } from 'node:module';

createRequire(import.meta.url)('./code-cache.cjs').load('forecast-worker.cjs');
