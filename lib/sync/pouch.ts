import PouchDB from 'pouchdb-core';
import idb from 'pouchdb-adapter-idb';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

// Only what sync needs: the IndexedDB replica, the HTTP client for CouchDB, and replication.
PouchDB.plugin(idb).plugin(http).plugin(replication);

export { PouchDB };
