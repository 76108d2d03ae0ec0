// Real IndexedDB semantics for every unit test, installed before Dexie looks for indexedDB.
import 'fake-indexeddb/auto';
