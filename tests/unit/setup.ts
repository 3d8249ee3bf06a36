// fake-indexeddb gives Dexie a real IndexedDB implementation in happy-dom.
import 'fake-indexeddb/auto';
