// CSQLite: the system SQLite (apt `libsqlite3-dev`), exposed to Swift.
#include <sqlite3.h>
