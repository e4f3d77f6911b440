/* One pack mounted: a folder as it is, a zip through a PhysicsFS stream over the very
 * descriptor that was checked (or over bytes in memory, for the fuzzers). */
#define _XOPEN_SOURCE 700

#include "app/platform/packs.h"

#include "app/platform/fsutil.h"
#include "app/platform/os.h"
#include "app/platform/realfile.h"
#include "app/platform/vfs.h"
#include "app/platform/zipdir.h"

#include <physfs.h>

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

/* A PhysicsFS stream over a descriptor we opened and checked ourselves: PhysicsFS never
 * opens the path again, so what it mounts is what was checked. Positioned reads, so
 * duplicates share the descriptor and keep their own position. The fuzzers give it bytes
 * in memory instead (fd -1): the same stream, and PhysicsFS 3.0.2's own memory stream
 * leaks on every unmount. */
typedef struct FdStream {
    int fd;
    const unsigned char *mem;
    int *refs;
    PHYSFS_uint64 pos, len;
} FdStream;

static PHYSFS_sint64 fd_read(PHYSFS_Io *io, void *buf, PHYSFS_uint64 len) {
    FdStream *f = io->opaque;
    if (f->pos >= f->len) return 0;
    if (len > f->len - f->pos) len = f->len - f->pos;
    size_t done = 0;
    if (f->mem) {
        memcpy(buf, f->mem + f->pos, (size_t)len);
        done = (size_t)len;
    }
    while (done < len) {
        int64_t k = os_pread(f->fd, (char *)buf + done, (size_t)(len - done), f->pos + done);
        if (k < 0) {
            PHYSFS_setErrorCode(PHYSFS_ERR_IO);
            return done ? (PHYSFS_sint64)done : -1;
        }
        if (k == 0) break; /* the file shrank */
        done += (size_t)k;
    }
    f->pos += done;
    return (PHYSFS_sint64)done;
}

static int fd_seek(PHYSFS_Io *io, PHYSFS_uint64 offset) {
    FdStream *f = io->opaque;
    if (offset > f->len) {
        PHYSFS_setErrorCode(PHYSFS_ERR_PAST_EOF);
        return 0;
    }
    f->pos = offset;
    return 1;
}

static PHYSFS_sint64 fd_tell(PHYSFS_Io *io) { return (PHYSFS_sint64)((FdStream *)io->opaque)->pos; }
static PHYSFS_sint64 fd_length(PHYSFS_Io *io) { return (PHYSFS_sint64)((FdStream *)io->opaque)->len; }
static int fd_flush(PHYSFS_Io *io) {
    (void)io;
    return 1;
}

static void fd_destroy(PHYSFS_Io *io) {
    FdStream *f = io->opaque;
    if (--*f->refs == 0) {
        if (f->fd >= 0) close(f->fd);
        free(f->refs);
    }
    free(f);
    free(io);
}

static PHYSFS_Io *fd_duplicate(PHYSFS_Io *io);

static PHYSFS_Io *fd_stream(int fd, const unsigned char *mem, int *refs, PHYSFS_uint64 len) {
    PHYSFS_Io *io = calloc(1, sizeof *io);
    FdStream *f = calloc(1, sizeof *f);
    if (!io || !f) {
        free(io);
        free(f);
        PHYSFS_setErrorCode(PHYSFS_ERR_OUT_OF_MEMORY);
        return NULL;
    }
    *f = (FdStream){.fd = fd, .mem = mem, .refs = refs, .len = len};
    (*refs)++;
    io->opaque = f;
    io->read = fd_read;
    io->seek = fd_seek;
    io->tell = fd_tell;
    io->length = fd_length;
    io->duplicate = fd_duplicate;
    io->flush = fd_flush;
    io->destroy = fd_destroy;
    return io;
}

static PHYSFS_Io *fd_duplicate(PHYSFS_Io *io) {
    FdStream *f = io->opaque;
    return fd_stream(f->fd, f->mem, f->refs, f->len);
}

static bool fd_read_at(void *ctx, uint64_t offset, void *buf, size_t len) {
    int fd = *(int *)ctx;
    size_t done = 0;
    while (done < len) {
        int64_t k = os_pread(fd, (char *)buf + done, len - done, offset + done);
        if (k <= 0) return false;
        done += (size_t)k;
    }
    return true;
}

typedef struct Memory {
    const unsigned char *bytes;
    size_t len;
} Memory;

static bool mem_read_at(void *ctx, uint64_t offset, void *buf, size_t len) {
    const Memory *m = ctx;
    if (offset > m->len || len > m->len - offset) return false;
    memcpy(buf, m->bytes + offset, len);
    return true;
}

/* The checks every zip pack passes before PhysicsFS sees it, on disk or in memory. */
static bool zip_acceptable(ZipDirRead read, void *ctx, uint64_t size, char *err, size_t n) {
    unsigned char sig[4] = {0};
    if (size == 0) {
        seterr(err, n, "the file is empty; a pack is a zip of .yaml decks");
        return false;
    }
    /* A local file header, or the end record of an empty archive. */
    if (size < 4 || !read(ctx, 0, sig, 4) || sig[0] != 'P' || sig[1] != 'K' ||
        !((sig[2] == 3 && sig[3] == 4) || (sig[2] == 5 && sig[3] == 6))) {
        seterr(err, n, "this is not a .zip file; a pack is a zip of .yaml decks or a folder");
        return false;
    }
    return zipdir_check(read, ctx, size, err, n);
}

/* Mounts a checked zip from its descriptor (closed on failure) or from memory (fd -1). */
static bool mount_stream(int fd, const void *mem, uint64_t len, const char *name, const char *mount_point, char *err,
                         size_t n) {
    int *refs = calloc(1, sizeof *refs);
    PHYSFS_Io *io = refs ? fd_stream(fd, mem, refs, len) : NULL;
    if (!io) {
        free(refs);
        if (fd >= 0) close(fd);
        seterr(err, n, "out of memory");
        return false;
    }
    if (!PHYSFS_mountIo(io, name, mount_point, 1)) {
        seterr(err, n, "it could not be opened (%s)", physfs_error());
        io->destroy(io);
        return false;
    }
    return true;
}

static bool mount_zip(const char *real_path, const char *mount_point, char *err, size_t n) {
    char why[VFS_ERR_LEN];
    int fd = vfs_open_file(real_path, false, why, sizeof why);
    if (fd < 0) {
        seterr(err, n, "%s", why);
        return false;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !zip_acceptable(fd_read_at, &fd, (uint64_t)st.st_size, err, n)) {
        close(fd);
        return false;
    }
    return mount_stream(fd, NULL, (uint64_t)st.st_size, real_path, mount_point, err, n);
}

bool vfs_mount_pack(const char *real_path, const char *mount_point, char *err, size_t n) {
    OsKind kind = os_kind(real_path);
    if (kind == OS_MISSING) {
        seterr(err, n, "%s", strerror(errno));
        return false;
    }
    if (kind != OS_DIR) return mount_zip(real_path, mount_point, err, n);
    if (!PHYSFS_mount(real_path, mount_point, 1)) {
        seterr(err, n, "it could not be opened (%s)", physfs_error());
        return false;
    }
    return true;
}

bool vfs_mount_pack_memory(const void *bytes, size_t len, const char *name, const char *mount_point, char *err,
                           size_t n) {
    Memory m = {bytes, len};
    if (!zip_acceptable(mem_read_at, &m, len, err, n)) return false;
    return mount_stream(-1, bytes, len, name, mount_point, err, n);
}

bool ends_with_zip(const char *s) {
    size_t n = strlen(s);
    return n > 4 && (s[n - 4] == '.') && (s[n - 3] | 32) == 'z' && (s[n - 2] | 32) == 'i' && (s[n - 1] | 32) == 'p';
}

bool vfs_mount_pack_in(const char *dir, const char *name, const char *mount_point, char *err, size_t n) {
    char real[VFS_PATH_MAX];
    if (!join(real, sizeof real, dir, name)) {
        seterr(err, n, "its path is too long");
        return false;
    }
    if (os_is_link(real)) {
        /* A link is followed only while it stays inside the folder it is in. */
        char target[VFS_PATH_MAX], inside[VFS_PATH_MAX];
        if (!os_real_path(real, target, sizeof target) || !os_real_path(dir, inside, sizeof inside)) {
            seterr(err, n, "it is a link that leads nowhere");
            return false;
        }
        size_t k = strlen(inside);
        if (strncmp(target, inside, k) != 0 || !os_is_sep(target[k]) || os_last_sep(target + k + 1)) {
            seterr(err, n, "it is a link to a place outside the packs folder; copy the pack here instead");
            return false;
        }
    }
    OsKind kind = os_kind(real);
    if (kind == OS_MISSING) {
        seterr(err, n, "%s", strerror(errno));
        return false;
    }
    if (kind != OS_DIR && !ends_with_zip(name)) {
        seterr(err, n, "a pack is a folder or a .zip file");
        return false;
    }
    return vfs_mount_pack(real, mount_point, err, n);
}
