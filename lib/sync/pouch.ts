import PouchDB from 'pouchdb-core';
import indexeddb from 'pouchdb-adapter-indexeddb';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

// Only what sync needs: the IndexedDB replica (the `indexeddb` adapter: one store and one request
// per document, where `idb` spread each over several), the HTTP client for CouchDB, and replication.
PouchDB.plugin(indexeddb).plugin(http).plugin(replication);

export { PouchDB };
