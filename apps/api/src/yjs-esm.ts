import { useYjsEsmBuild } from './collab/yjs-build';

// Imported first by main.ts, before anything loads Yjs (see collab/yjs-build.ts).
useYjsEsmBuild();
