/* Files by their real path: opened without blocking, read whole, written atomically. */
#define _XOPEN_SOURCE 700

#include "app/platform/realfile.h"

#include "app/platform/fsutil.h"
#include "app/platform/os.h"
#include "app/platform/vfs.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

static const char *kind_of(OsSpecial k) {
    switch (k) {
    case OS_SPECIAL_FOLDER: return "a folder";
    case OS_SPECIAL_PIPE: return "a named pipe";
    case OS_SPECIAL_SOCKET: return "a socket";
    case OS_SPECIAL_DEVICE: return "a device";
    default: return "not a plain file";
    }
}

int vfs_open_file(const char *path, bool write, char *why, size_t n) {
    /* The type checks and the non-blocking open are the platform's (os.h). */
    OsSpecial special;
    int fd = os_open_checked(path, write, &special);
    if (fd >= 0) return fd;
    if (special != OS_SPECIAL_NONE)
        seterr(why, n, "not a regular file (it is %s)", kind_of(special));
    else
        seterr(why, n, "%s", strerror(errno));
    return -1;
}

FILE *vfs_fopen_file(const char *path, bool write, char *why, size_t n) {
    int fd = vfs_open_file(path, write, why, n);
    if (fd < 0) return NULL;
    FILE *f = fdopen(fd, write ? "wb" : "rb");
    if (!f) {
        seterr(why, n, "%s", strerror(errno));
        close(fd);
    }
    return f;
}

char *vfs_read_real(const char *path, size_t max_bytes, size_t *len, char *err, size_t n) {
    if (len) *len = 0;
    char why[VFS_ERR_LEN];
    int fd = vfs_open_file(path, false, why, sizeof why);
    if (fd < 0) {
        seterr(err, n, "%s", why);
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        seterr(err, n, "%s", strerror(errno));
        close(fd);
        return NULL;
    }
    if ((uintmax_t)st.st_size > max_bytes) {
        close(fd);
        seterr(err, n, "it is too large (%lld bytes; the limit is %zu)", (long long)st.st_size, max_bytes);
        return NULL;
    }
    size_t size = (size_t)st.st_size, have = 0;
    char *buf = malloc(size + 1);
    if (!buf) {
        close(fd);
        seterr(err, n, "out of memory");
        return NULL;
    }
    while (have < size) {
        ssize_t k = read(fd, buf + have, size - have);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) break; /* shrank while reading: keep what is there */
        have += (size_t)k;
    }
    close(fd);
    buf[have] = '\0';
    if (len) *len = have;
    return buf;
}

bool vfs_write_real_atomic(const char *path, const void *data, size_t len, int mode, char *err, size_t n) {
    char folder[VFS_PATH_MAX], tmp[VFS_PATH_MAX];
    const char *base = os_last_sep((char *)path);
    if (base)
        snprintf(folder, sizeof folder, "%.*s", (int)(base - path), path);
    else
        snprintf(folder, sizeof folder, ".");
    base = base ? base + 1 : path;
    /* Same folder as the target, so the rename cannot cross file systems. */
    if (snprintf(tmp, sizeof tmp, "%s/.%s.tmp-XXXXXX", folder[0] ? folder : "/", base) >= (int)sizeof tmp) {
        seterr(err, n, "%s: path too long", path);
        return false;
    }
    int fd = os_create_temp(tmp);
    if (fd < 0) {
        seterr(err, n, "cannot write %s: %s", path, strerror(errno));
        return false;
    }
#ifndef _WIN32
    fchmod(fd, (mode_t)mode); /* the data folder's files are private; a translation file is not */
#else
    (void)mode;
#endif
    const char *p = data;
    size_t left = len;
    bool ok = true;
    while (left > 0 && ok) {
        ssize_t k = write(fd, p, left);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0)
            ok = false;
        else {
            p += k;
            left -= (size_t)k;
        }
    }
    if (ok && os_fsync(fd) != 0) ok = false;
    int saved = errno;
    if (close(fd) != 0 && ok) {
        ok = false;
        saved = errno;
    }
    if (ok && os_rename_replace(tmp, path) != 0) {
        ok = false;
        saved = errno;
    }
    if (!ok) {
        os_unlink(tmp);
        seterr(err, n, "cannot write %s: %s", path, strerror(saved));
        return false;
    }
    os_sync_folder(folder); /* make the rename itself durable */
    return true;
}
