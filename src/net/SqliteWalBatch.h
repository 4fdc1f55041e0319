#pragma once

#include <QtGlobal>

namespace hooksmith::sqlitewal {

/// Makes SQLite's default file system layer ("VFS") one that hands a transaction's write-ahead log to the
/// operating system in one write.
///
/// SQLite writes each frame of the log with two calls, its 24-byte header and then its page: a group commit
/// of the outbox that changes 40 pages makes 80 `pwrite` calls. This layer wraps the default one and keeps
/// the frames a connection appends to its log in memory until the frame that commits the transaction (its
/// header carries the database's size) has been handed over, and writes them then, with one call, before
/// that write returns to SQLite. So a commit is in the file, as before, when SQLite says it is; a write that
/// fails (a full disk) fails the commit, as before. Anything else done with the log (a read, a sync, a
/// truncation, a write elsewhere in it, its size asked for, closing it) first writes what is kept. Files
/// other than logs go straight to the default layer.
///
/// Installed once per process, before the first connection is opened (the outbox calls it); the wrapped
/// layer is whatever was the default then.
void install();

/// What the layer has done in this process, for tests and benchmarks.
struct Counts
{
    quint64 framesKept = 0; ///< frames that were appended to a log through the layer
    quint64 logWrites = 0;  ///< write calls the layer made to the wrapped layer for logs
};
Counts counts();

} // namespace hooksmith::sqlitewal
