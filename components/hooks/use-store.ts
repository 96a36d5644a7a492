import { openDatabase } from '../../lib/adapters/storage/database';
import { createStore, type Store } from '../../lib/adapters/storage/store';

let store: Store | undefined;

/** The extension pages read the same IndexedDB as the background, through the repositories. */
export function pageStore(): Store {
  store ??= createStore(openDatabase(), () => Date.now());
  return store;
}
