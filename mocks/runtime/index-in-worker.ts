import type { SearchIndexSnapshot } from '../domain/search/search-index';
import type { IndexBuilder } from './catalogue-index';

/** Builds the search index in a Web Worker of its own (catalogue-index-worker.ts), which ends itself once it has kept the index. */
export const buildIndexInWorker: IndexBuilder = (request) =>
  new Promise<SearchIndexSnapshot>((resolve, reject) => {
    const worker = new Worker(new URL('./catalogue-index-worker.ts', import.meta.url), { type: 'module', name: 'shiori-search-index' });
    worker.onmessage = (event: MessageEvent<SearchIndexSnapshot>) => resolve(event.data);
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The search index could not be built in a worker: ${event.message}`));
    };
    worker.postMessage(request);
  });
