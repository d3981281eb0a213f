import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';

/** Called after a read-write transaction of this page committed, with the tables it wrote. */
export type CommitListener = (tables: ReadonlySet<string>) => void;

/**
 * A Dexie middleware that reports which tables each committed read-write transaction wrote.
 * Only this page's own writes (other pages report theirs), and only once IndexedDB says the
 * transaction is complete — a rolled-back import reports nothing.
 */
export function commitReporter(report: CommitListener): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'commitReporter',
    create: (down) => {
      const written = new WeakMap<DBCoreTransaction, Set<string>>();
      return {
        ...down,
        transaction(stores, mode, options) {
          const tx = down.transaction(stores, mode, options);
          if (mode === 'readwrite' && tx instanceof IDBTransaction) {
            const tables = new Set<string>();
            written.set(tx, tables);
            tx.addEventListener('complete', () => {
              if (tables.size > 0) report(tables);
            });
          }
          return tx;
        },
        table(name) {
          const table = down.table(name);
          return {
            ...table,
            mutate(req) {
              // bulkPut([]) writes nothing: an import that leaves a table alone does not report it.
              const rows = req.type === 'put' || req.type === 'add' ? req.values.length : req.type === 'delete' ? req.keys.length : 1;
              if (rows > 0) written.get(req.trans)?.add(name);
              return table.mutate(req);
            },
          };
        },
      };
    },
  };
}
