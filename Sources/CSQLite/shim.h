// CSQLite: the system SQLite (apt `libsqlite3-dev`), exposed to Swift.
#include <sqlite3.h>

// Variadic sqlite3_db_config cannot be called from Swift; this wrapper sets one flag.
// NO_CKPT_ON_CLOSE: closing the writer never takes the exclusive lock that would make a concurrent reader see
// "database is locked"; the WAL is checkpointed while running (auto-checkpoint) instead.
static inline int gaprun_sqlite_no_checkpoint_on_close(sqlite3 *db) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, (int *)0);
}
