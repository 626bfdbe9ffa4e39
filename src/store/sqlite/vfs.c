/*
 * A VFS over the system's that writes a commit's WAL frames in a few large
 * writes.
 *
 * SQLite appends each frame to the WAL with two write calls, its 24-byte
 * header and then its page. A report ingested alone dirties some 700 pages
 * (its rows land on random pages of a dozen B-trees), so its commit made
 * about 1,400 pwrite calls. Here the WAL file keeps the bytes of
 * consecutive writes in a buffer (the run) and hands them to the real file
 * in pieces of SQ_WAL_PIECE: when the page of a commit frame (a header
 * whose "database size after commit" field is not zero) has been added,
 * before a read, sync, size, truncate, unlock, file control or close of the
 * file, when a write does not continue the run, and when the run reaches
 * SQ_WAL_RUN bytes. All other files, and every other method, go straight to
 * the system's VFS.
 *
 * Why that keeps SQLite's guarantees: a commit is published to readers by
 * the WAL index header, which SQLite writes only after the last frame's
 * write returned, and that write is the one that hands the whole run to the
 * file, so a reader (or another process, or the checkpointer) never sees a
 * frame that is not in the file; an error of that write (a full disk) is the
 * error of the commit, which SQLite rolls back as before. Frames not
 * followed by a commit frame (a large transaction spilling pages, then
 * rolled back) lie past the committed end of the WAL, where SQLite ignores
 * them anyway. A process killed with frames still buffered had not finished
 * that commit. The file format is SQLite's own: stores stay readable by any
 * SQLite, with or without this VFS.
 */
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "base/alloc.h"
#include "store/sqlite/sqlite_int.h"

#define SQ_VFS_NAME "fener-wal"
/* A run is handed over when it reaches SQ_WAL_RUN bytes, in writes of at
 * most SQ_WAL_PIECE: the unix VFS writes at most 128 KiB - 1 a call (it
 * masks the length with 0x1ffff) and reports the rest as a full disk. */
#define SQ_WAL_RUN   (8u << 20)
#define SQ_WAL_PIECE (124u << 10)
#define SQ_FRAME_HDR 24

typedef struct wal_file {
    sqlite3_file base;
    sqlite3_file *real; /* the system VFS's file, allocated after this struct */
    bool is_wal;
    bool commit; /* the last write was a commit frame's header */
    unsigned char *run;
    size_t run_len, run_cap;
    sqlite3_int64 run_off; /* file offset of run[0] */
} wal_file;

static sqlite3_vfs shim;
static sqlite3_io_methods shim_io;
static pthread_once_t shim_once = PTHREAD_ONCE_INIT;
static int shim_rc = SQLITE_ERROR;

#define REAL_VFS ((sqlite3_vfs *)shim.pAppData)
#define REAL(f)  (((wal_file *)(f))->real)

static int run_flush(wal_file *w)
{
    int rc = SQLITE_OK;
    for (size_t at = 0; at < w->run_len && rc == SQLITE_OK; at += SQ_WAL_PIECE) {
        size_t n = w->run_len - at < SQ_WAL_PIECE ? w->run_len - at : SQ_WAL_PIECE;
        rc =
            w->real->pMethods->xWrite(w->real, w->run + at, (int)n, w->run_off + (sqlite3_int64)at);
    }
    w->run_len = 0;
    return rc;
}

/* Room for n more bytes in the run; false when there is no memory. */
static bool run_room(wal_file *w, size_t n)
{
    if (w->run_len + n <= w->run_cap)
        return true;
    size_t cap = w->run_cap ? w->run_cap : 256u << 10;
    while (cap < w->run_len + n)
        cap *= 2;
    unsigned char *nr = fnr_realloc(w->run, cap);
    if (!nr)
        return false;
    w->run = nr;
    w->run_cap = cap;
    return true;
}

static int f_write(sqlite3_file *f, const void *data, int amt, sqlite3_int64 off)
{
    wal_file *w = (wal_file *)f;
    if (!w->is_wal)
        return w->real->pMethods->xWrite(w->real, data, amt, off);
    size_t n = (size_t)amt;
    const unsigned char *b = data;
    /* A frame header: bytes 4-7 hold the database size after the commit,
     * big-endian, and are zero in every frame but a commit's. The write
     * after a commit frame's header is its page, which ends the commit. */
    bool ends_commit = w->commit;
    w->commit = n == SQ_FRAME_HDR && (b[4] | b[5] | b[6] | b[7]) != 0;
    int rc = SQLITE_OK;
    if (w->run_len && (off != w->run_off + (sqlite3_int64)w->run_len ||
                       w->run_len + n > SQ_WAL_RUN || n > SQ_WAL_PIECE)) {
        rc = run_flush(w);
        if (rc != SQLITE_OK)
            return rc;
    }
    if (n > SQ_WAL_PIECE || !run_room(w, n)) {
        /* Too large for one piece, or no memory: written through, as the
         * system's VFS would, after the run; nothing is left buffered. */
        rc = run_flush(w);
        return rc != SQLITE_OK ? rc : w->real->pMethods->xWrite(w->real, data, amt, off);
    }
    if (!w->run_len)
        w->run_off = off;
    memcpy(w->run + w->run_len, data, n);
    w->run_len += n;
    return ends_commit ? run_flush(w) : SQLITE_OK;
}

/* Every method but the write hands the buffered run over first. */
#define FLUSH_OR_RETURN(f)              \
    do {                                \
        wal_file *w_ = (wal_file *)(f); \
        if (w_->run_len) {              \
            int rc_ = run_flush(w_);    \
            if (rc_ != SQLITE_OK)       \
                return rc_;             \
        }                               \
    } while (0)

static int f_close(sqlite3_file *f)
{
    wal_file *w = (wal_file *)f;
    int rc = run_flush(w);
    int rc2 = w->real->pMethods ? w->real->pMethods->xClose(w->real) : SQLITE_OK;
    fnr_free(w->run);
    w->run = NULL;
    w->run_cap = 0;
    return rc != SQLITE_OK ? rc : rc2;
}

static int f_read(sqlite3_file *f, void *data, int amt, sqlite3_int64 off)
{
    FLUSH_OR_RETURN(f);
    return REAL(f)->pMethods->xRead(REAL(f), data, amt, off);
}

static int f_truncate(sqlite3_file *f, sqlite3_int64 size)
{
    FLUSH_OR_RETURN(f);
    return REAL(f)->pMethods->xTruncate(REAL(f), size);
}

static int f_sync(sqlite3_file *f, int flags)
{
    FLUSH_OR_RETURN(f);
    return REAL(f)->pMethods->xSync(REAL(f), flags);
}

static int f_file_size(sqlite3_file *f, sqlite3_int64 *out)
{
    FLUSH_OR_RETURN(f);
    return REAL(f)->pMethods->xFileSize(REAL(f), out);
}

static int f_lock(sqlite3_file *f, int lock)
{
    return REAL(f)->pMethods->xLock(REAL(f), lock);
}

static int f_unlock(sqlite3_file *f, int lock)
{
    FLUSH_OR_RETURN(f);
    return REAL(f)->pMethods->xUnlock(REAL(f), lock);
}

static int f_check_reserved(sqlite3_file *f, int *out)
{
    return REAL(f)->pMethods->xCheckReservedLock(REAL(f), out);
}

static int f_file_control(sqlite3_file *f, int op, void *arg)
{
    FLUSH_OR_RETURN(f);
    return REAL(f)->pMethods->xFileControl(REAL(f), op, arg);
}

static int f_sector_size(sqlite3_file *f)
{
    return REAL(f)->pMethods->xSectorSize(REAL(f));
}

static int f_device(sqlite3_file *f)
{
    return REAL(f)->pMethods->xDeviceCharacteristics(REAL(f));
}

/* The shared-memory and memory-map methods exist from versions 2 and 3 of
 * a file's methods on; a file of the system's VFS without them (none on
 * Linux) answers as SQLite's own code does for such a file. */
static int f_shm_map(sqlite3_file *f, int pg, int pgsz, int extend, void volatile **out)
{
    const sqlite3_io_methods *m = REAL(f)->pMethods;
    if (m->iVersion < 2 || !m->xShmMap) {
        *out = NULL;
        return SQLITE_IOERR_SHMMAP;
    }
    return m->xShmMap(REAL(f), pg, pgsz, extend, out);
}

static int f_shm_lock(sqlite3_file *f, int offset, int n, int flags)
{
    const sqlite3_io_methods *m = REAL(f)->pMethods;
    return m->iVersion < 2 || !m->xShmLock ? SQLITE_IOERR_SHMLOCK
                                           : m->xShmLock(REAL(f), offset, n, flags);
}

static void f_shm_barrier(sqlite3_file *f)
{
    const sqlite3_io_methods *m = REAL(f)->pMethods;
    if (m->iVersion >= 2 && m->xShmBarrier)
        m->xShmBarrier(REAL(f));
}

static int f_shm_unmap(sqlite3_file *f, int del)
{
    const sqlite3_io_methods *m = REAL(f)->pMethods;
    return m->iVersion < 2 || !m->xShmUnmap ? SQLITE_OK : m->xShmUnmap(REAL(f), del);
}

static int f_fetch(sqlite3_file *f, sqlite3_int64 off, int amt, void **out)
{
    const sqlite3_io_methods *m = REAL(f)->pMethods;
    if (m->iVersion < 3 || !m->xFetch) {
        *out = NULL;
        return SQLITE_OK;
    }
    return m->xFetch(REAL(f), off, amt, out);
}

static int f_unfetch(sqlite3_file *f, sqlite3_int64 off, void *p)
{
    const sqlite3_io_methods *m = REAL(f)->pMethods;
    return m->iVersion < 3 || !m->xUnfetch ? SQLITE_OK : m->xUnfetch(REAL(f), off, p);
}

static int v_open(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *f, int flags, int *out)
{
    (void)vfs;
    wal_file *w = (wal_file *)f;
    memset(w, 0, sizeof *w);
    w->real = (sqlite3_file *)(w + 1);
    int rc = REAL_VFS->xOpen(REAL_VFS, name, w->real, flags, out);
    if (rc != SQLITE_OK || !w->real->pMethods) {
        w->base.pMethods = NULL; /* SQLite calls no xClose then */
        return rc;
    }
    w->is_wal = (flags & SQLITE_OPEN_WAL) != 0;
    w->base.pMethods = &shim_io;
    return SQLITE_OK;
}

static int v_delete(sqlite3_vfs *vfs, const char *name, int sync_dir)
{
    (void)vfs;
    return REAL_VFS->xDelete(REAL_VFS, name, sync_dir);
}

static int v_access(sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
    (void)vfs;
    return REAL_VFS->xAccess(REAL_VFS, name, flags, out);
}

static int v_full_pathname(sqlite3_vfs *vfs, const char *name, int n, char *out)
{
    (void)vfs;
    return REAL_VFS->xFullPathname(REAL_VFS, name, n, out);
}

static void *v_dlopen(sqlite3_vfs *vfs, const char *name)
{
    (void)vfs;
    return REAL_VFS->xDlOpen(REAL_VFS, name);
}

static void v_dlerror(sqlite3_vfs *vfs, int n, char *out)
{
    (void)vfs;
    REAL_VFS->xDlError(REAL_VFS, n, out);
}

static void (*v_dlsym(sqlite3_vfs *vfs, void *lib, const char *sym))(void)
{
    (void)vfs;
    return REAL_VFS->xDlSym(REAL_VFS, lib, sym);
}

static void v_dlclose(sqlite3_vfs *vfs, void *lib)
{
    (void)vfs;
    REAL_VFS->xDlClose(REAL_VFS, lib);
}

static int v_randomness(sqlite3_vfs *vfs, int n, char *out)
{
    (void)vfs;
    return REAL_VFS->xRandomness(REAL_VFS, n, out);
}

static int v_sleep(sqlite3_vfs *vfs, int us)
{
    (void)vfs;
    return REAL_VFS->xSleep(REAL_VFS, us);
}

static int v_current_time(sqlite3_vfs *vfs, double *out)
{
    (void)vfs;
    return REAL_VFS->xCurrentTime(REAL_VFS, out);
}

static int v_last_error(sqlite3_vfs *vfs, int n, char *out)
{
    (void)vfs;
    return REAL_VFS->xGetLastError(REAL_VFS, n, out);
}

static int v_current_time64(sqlite3_vfs *vfs, sqlite3_int64 *out)
{
    (void)vfs;
    return REAL_VFS->xCurrentTimeInt64(REAL_VFS, out);
}

static void shim_register(void)
{
    sqlite3_vfs *real = sqlite3_vfs_find(NULL);
    /* The shim needs the methods of version 3 VFSes and files (the unix
     * VFS's); with anything older the system's VFS is used as is. */
    if (!real || real->iVersion < 2 || !real->xCurrentTimeInt64)
        return;
    shim = (sqlite3_vfs){
        .iVersion = 2,
        .szOsFile = (int)sizeof(wal_file) + real->szOsFile,
        .mxPathname = real->mxPathname,
        .zName = SQ_VFS_NAME,
        .pAppData = real,
        .xOpen = v_open,
        .xDelete = v_delete,
        .xAccess = v_access,
        .xFullPathname = v_full_pathname,
        .xDlOpen = v_dlopen,
        .xDlError = v_dlerror,
        .xDlSym = v_dlsym,
        .xDlClose = v_dlclose,
        .xRandomness = v_randomness,
        .xSleep = v_sleep,
        .xCurrentTime = v_current_time,
        .xGetLastError = v_last_error,
        .xCurrentTimeInt64 = v_current_time64,
    };
    shim_io = (sqlite3_io_methods){
        .iVersion = 3,
        .xClose = f_close,
        .xRead = f_read,
        .xWrite = f_write,
        .xTruncate = f_truncate,
        .xSync = f_sync,
        .xFileSize = f_file_size,
        .xLock = f_lock,
        .xUnlock = f_unlock,
        .xCheckReservedLock = f_check_reserved,
        .xFileControl = f_file_control,
        .xSectorSize = f_sector_size,
        .xDeviceCharacteristics = f_device,
        .xShmMap = f_shm_map,
        .xShmLock = f_shm_lock,
        .xShmBarrier = f_shm_barrier,
        .xShmUnmap = f_shm_unmap,
        .xFetch = f_fetch,
        .xUnfetch = f_unfetch,
    };
    shim_rc = sqlite3_vfs_register(&shim, 0);
}

const char *fnr__sq_vfs_name(void)
{
    pthread_once(&shim_once, shim_register);
    return shim_rc == SQLITE_OK ? SQ_VFS_NAME : NULL;
}
