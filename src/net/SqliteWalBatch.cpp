#include "SqliteWalBatch.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <mutex>
#include <sqlite3.h>
#include <type_traits>
#include <utility>
#include <vector>

namespace hooksmith::sqlitewal {

namespace {

/// A frame of the log is a header of this size, then a page.
constexpr int kFrameHeaderBytes = 24;
/// A transaction that appends more than this to its log is handed over in parts of about this size.
constexpr std::size_t kMaxKeptBytes = std::size_t(1) << 20;
/// The most one write call hands to the wrapped layer: SQLite's Unix layer writes at most 128 KB less a
/// byte per call (it masks the size to 17 bits).
constexpr std::size_t kMaxWriteBytes = 0x1ffff;

std::atomic<quint64> g_framesKept{0};
std::atomic<quint64> g_logWrites{0};
sqlite3_vfs* g_wrapped = nullptr;
sqlite3_vfs g_vfs{};

/// What a log's handle keeps: frames that follow each other in the file, from `offset` on.
struct Kept
{
    std::vector<char> bytes;
    sqlite3_int64 offset = 0;
    bool pageNext = false; ///< a frame's header is the last thing kept: its page comes next
    bool commits = false;  ///< that frame commits a transaction
};

/// A log opened through this layer: the wrapped layer's handle lives after it, in the same allocation.
struct LogFile
{
    sqlite3_file base;
    sqlite3_file* real;
    Kept* kept;
};

constexpr std::size_t realOffset()
{
    return (sizeof(LogFile) + alignof(std::max_align_t) - 1) & ~(alignof(std::max_align_t) - 1);
}

LogFile* asLog(sqlite3_file* file)
{
    return reinterpret_cast<LogFile*>(file);
}

const sqlite3_io_methods& realMethods(LogFile* f)
{
    return *f->real->pMethods;
}

int writeKept(LogFile* f)
{
    Kept& k = *f->kept;
    k.pageNext = false;
    k.commits = false;
    if (k.bytes.empty())
        return SQLITE_OK;
    int rc = SQLITE_OK;
    for (std::size_t done = 0; done < k.bytes.size() && rc == SQLITE_OK;) {
        const std::size_t part = std::min(kMaxWriteBytes, k.bytes.size() - done);
        g_logWrites.fetch_add(1, std::memory_order_relaxed);
        rc = realMethods(f).xWrite(f->real, k.bytes.data() + done, int(part), k.offset + sqlite3_int64(done));
        done += part;
    }
    // Written or not, it is not kept: a failed write fails what SQLite was doing, which starts again from
    // its own state.
    k.bytes.clear();
    return rc;
}

int logClose(sqlite3_file* file)
{
    LogFile* f = asLog(file);
    writeKept(f); // what is kept here was never committed: nothing depends on it
    delete f->kept;
    f->kept = nullptr;
    return realMethods(f).xClose(f->real);
}

/// What SQLite asks of a log other than appending to it: what the log keeps is written first, then the wrapped
/// handle does it.
template <auto Method, typename Signature>
struct AfterKept;

template <auto Method, typename... Args>
struct AfterKept<Method, int (*)(sqlite3_file*, Args...)>
{
    static int call(sqlite3_file* file, Args... args)
    {
        LogFile* f = asLog(file);
        if (const int rc = writeKept(f); rc != SQLITE_OK)
            return rc;
        return (realMethods(f).*Method)(f->real, args...);
    }
};

template <auto Method>
constexpr auto afterKept =
    &AfterKept<Method, std::remove_cvref_t<decltype(std::declval<sqlite3_io_methods>().*Method)>>::call;

int logWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset)
{
    LogFile* f = asLog(file);
    Kept& k = *f->kept;
    const bool follows = k.bytes.empty() || offset == k.offset + sqlite3_int64(k.bytes.size());
    const auto* bytes = static_cast<const char*>(data);
    if (follows && !k.pageNext && amount == kFrameHeaderBytes) {
        if (k.bytes.empty())
            k.offset = offset;
        // Bytes 4 to 7 of a frame's header: the database's size in pages after a commit, 0 in other frames.
        const auto* u = reinterpret_cast<const unsigned char*>(bytes);
        k.commits = (u[4] | u[5] | u[6] | u[7]) != 0;
        k.bytes.insert(k.bytes.end(), bytes, bytes + amount);
        k.pageNext = true;
        return SQLITE_OK;
    }
    if (follows && k.pageNext) {
        k.bytes.insert(k.bytes.end(), bytes, bytes + amount);
        k.pageNext = false;
        g_framesKept.fetch_add(1, std::memory_order_relaxed);
        // The commit is in the file before SQLite takes it for done and tells other connections of it.
        if (k.commits || k.bytes.size() >= kMaxKeptBytes)
            return writeKept(f);
        return SQLITE_OK;
    }
    if (const int rc = writeKept(f); rc != SQLITE_OK)
        return rc;
    return realMethods(f).xWrite(f->real, data, amount, offset);
}

int logCheckReservedLock(sqlite3_file* file, int* out)
{
    LogFile* f = asLog(file);
    return realMethods(f).xCheckReservedLock(f->real, out);
}

int logSectorSize(sqlite3_file* file)
{
    LogFile* f = asLog(file);
    return realMethods(f).xSectorSize(f->real);
}

int logDeviceCharacteristics(sqlite3_file* file)
{
    LogFile* f = asLog(file);
    return realMethods(f).xDeviceCharacteristics(f->real);
}

int logShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** out)
{
    LogFile* f = asLog(file);
    if (realMethods(f).iVersion < 2 || !realMethods(f).xShmMap)
        return SQLITE_IOERR_SHMMAP;
    return realMethods(f).xShmMap(f->real, region, size, extend, out);
}

int logShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    LogFile* f = asLog(file);
    if (realMethods(f).iVersion < 2 || !realMethods(f).xShmLock)
        return SQLITE_IOERR_SHMLOCK;
    return realMethods(f).xShmLock(f->real, offset, n, flags);
}

void logShmBarrier(sqlite3_file* file)
{
    LogFile* f = asLog(file);
    if (realMethods(f).iVersion >= 2 && realMethods(f).xShmBarrier)
        realMethods(f).xShmBarrier(f->real);
}

int logShmUnmap(sqlite3_file* file, int deleteFlag)
{
    LogFile* f = asLog(file);
    if (realMethods(f).iVersion < 2 || !realMethods(f).xShmUnmap)
        return SQLITE_OK;
    return realMethods(f).xShmUnmap(f->real, deleteFlag);
}

int logFetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out)
{
    LogFile* f = asLog(file);
    *out = nullptr;
    if (const int rc = writeKept(f); rc != SQLITE_OK)
        return rc;
    if (realMethods(f).iVersion < 3 || !realMethods(f).xFetch)
        return SQLITE_OK; // no mapping: SQLite reads instead
    return realMethods(f).xFetch(f->real, offset, amount, out);
}

int logUnfetch(sqlite3_file* file, sqlite3_int64 offset, void* p)
{
    LogFile* f = asLog(file);
    if (realMethods(f).iVersion < 3 || !realMethods(f).xUnfetch)
        return SQLITE_OK;
    return realMethods(f).xUnfetch(f->real, offset, p);
}

const sqlite3_io_methods kLogMethods = {
    3,
    logClose,
    afterKept<&sqlite3_io_methods::xRead>,
    logWrite,
    afterKept<&sqlite3_io_methods::xTruncate>,
    afterKept<&sqlite3_io_methods::xSync>,
    afterKept<&sqlite3_io_methods::xFileSize>,
    afterKept<&sqlite3_io_methods::xLock>,
    afterKept<&sqlite3_io_methods::xUnlock>,
    logCheckReservedLock,
    afterKept<&sqlite3_io_methods::xFileControl>,
    logSectorSize,
    logDeviceCharacteristics,
    logShmMap,
    logShmLock,
    logShmBarrier,
    logShmUnmap,
    logFetch,
    logUnfetch,
};

int vfsOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    // Everything but a log is the wrapped layer's own handle, in the same place.
    if (!(flags & SQLITE_OPEN_WAL))
        return g_wrapped->xOpen(g_wrapped, name, file, flags, outFlags);
    LogFile* f = asLog(file);
    f->base.pMethods = nullptr;
    f->kept = nullptr;
    f->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + realOffset());
    f->real->pMethods = nullptr;
    const int rc = g_wrapped->xOpen(g_wrapped, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        // SQLite calls no method of a handle whose opening failed: the wrapped one is closed here if it
        // asks to be.
        if (f->real->pMethods)
            f->real->pMethods->xClose(f->real);
        return rc;
    }
    f->kept = new Kept;
    f->base.pMethods = &kLogMethods;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return g_wrapped->xDelete(g_wrapped, name, syncDir);
}

int vfsAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_wrapped->xAccess(g_wrapped, name, flags, out);
}

int vfsFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return g_wrapped->xFullPathname(g_wrapped, name, size, out);
}

void* vfsDlOpen(sqlite3_vfs*, const char* name)
{
    return g_wrapped->xDlOpen(g_wrapped, name);
}

void vfsDlError(sqlite3_vfs*, int size, char* out)
{
    g_wrapped->xDlError(g_wrapped, size, out);
}

void (*vfsDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return g_wrapped->xDlSym(g_wrapped, handle, symbol);
}

void vfsDlClose(sqlite3_vfs*, void* handle)
{
    g_wrapped->xDlClose(g_wrapped, handle);
}

int vfsRandomness(sqlite3_vfs*, int size, char* out)
{
    return g_wrapped->xRandomness(g_wrapped, size, out);
}

int vfsSleep(sqlite3_vfs*, int microseconds)
{
    return g_wrapped->xSleep(g_wrapped, microseconds);
}

int vfsCurrentTime(sqlite3_vfs*, double* out)
{
    return g_wrapped->xCurrentTime(g_wrapped, out);
}

int vfsGetLastError(sqlite3_vfs*, int size, char* out)
{
    return g_wrapped->xGetLastError ? g_wrapped->xGetLastError(g_wrapped, size, out) : 0;
}

int vfsCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return g_wrapped->xCurrentTimeInt64(g_wrapped, out);
}

int vfsSetSystemCall(sqlite3_vfs*, const char* name, sqlite3_syscall_ptr call)
{
    return g_wrapped->xSetSystemCall(g_wrapped, name, call);
}

sqlite3_syscall_ptr vfsGetSystemCall(sqlite3_vfs*, const char* name)
{
    return g_wrapped->xGetSystemCall(g_wrapped, name);
}

const char* vfsNextSystemCall(sqlite3_vfs*, const char* name)
{
    return g_wrapped->xNextSystemCall(g_wrapped, name);
}

} // namespace

void install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sqlite3_initialize() != SQLITE_OK)
            return;
        g_wrapped = sqlite3_vfs_find(nullptr);
        if (!g_wrapped)
            return;
        g_vfs.iVersion = g_wrapped->iVersion < 3 ? g_wrapped->iVersion : 3;
        const int ownSize = int(realOffset()) + g_wrapped->szOsFile;
        g_vfs.szOsFile = ownSize > g_wrapped->szOsFile ? ownSize : g_wrapped->szOsFile;
        g_vfs.mxPathname = g_wrapped->mxPathname;
        g_vfs.zName = "hooksmith-log-batch";
        g_vfs.xOpen = vfsOpen;
        g_vfs.xDelete = vfsDelete;
        g_vfs.xAccess = vfsAccess;
        g_vfs.xFullPathname = vfsFullPathname;
        g_vfs.xDlOpen = g_wrapped->xDlOpen ? vfsDlOpen : nullptr;
        g_vfs.xDlError = g_wrapped->xDlError ? vfsDlError : nullptr;
        g_vfs.xDlSym = g_wrapped->xDlSym ? vfsDlSym : nullptr;
        g_vfs.xDlClose = g_wrapped->xDlClose ? vfsDlClose : nullptr;
        g_vfs.xRandomness = vfsRandomness;
        g_vfs.xSleep = vfsSleep;
        g_vfs.xCurrentTime = vfsCurrentTime;
        g_vfs.xGetLastError = vfsGetLastError;
        if (g_vfs.iVersion >= 2)
            g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
        if (g_vfs.iVersion >= 3) {
            g_vfs.xSetSystemCall = vfsSetSystemCall;
            g_vfs.xGetSystemCall = vfsGetSystemCall;
            g_vfs.xNextSystemCall = vfsNextSystemCall;
        }
        sqlite3_vfs_register(&g_vfs, 1);
    });
}

Counts counts()
{
    return {g_framesKept.load(std::memory_order_relaxed), g_logWrites.load(std::memory_order_relaxed)};
}

} // namespace hooksmith::sqlitewal
