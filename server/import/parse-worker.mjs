// The entry of the worker thread that parses context files (see parse-off-thread.ts). Plain
// JavaScript, because a worker starts without the parent's TypeScript loader: tsx's is
// registered here, then the parser itself is loaded.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker-body.ts');
