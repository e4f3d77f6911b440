/* POSIX and Windows behind one small set of calls (see os.h). */
#ifdef _WIN32
#define _CRT_RAND_S /* rand_s, for temporary file names */
#else
#define _XOPEN_SOURCE 700
#endif

#include "app/platform/os.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifdef _WIN32

#include <direct.h>
#include <io.h>
#include <windows.h>
/* After windows.h, which it needs. */
#include <shellapi.h>
#include <wchar.h>

/* UTF-8 -> UTF-16, in a new buffer. NULL and errno EINVAL on text that is not UTF-8. */
static wchar_t *wide(const char *s) {
    int n = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s, -1, NULL, 0);
    if (n <= 0) {
        errno = EINVAL;
        return NULL;
    }
    wchar_t *w = malloc((size_t)n * sizeof *w);
    if (!w) {
        errno = ENOMEM;
        return NULL;
    }
    MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s, -1, w, n);
    return w;
}

/* UTF-16 -> UTF-8 into out; false when it does not fit. */
static bool narrow_into(const wchar_t *w, char *out, size_t size) {
    if (size == 0 || size > INT_MAX) return false;
    int n = WideCharToMultiByte(CP_UTF8, 0, w, -1, out, (int)size, NULL, NULL);
    if (n <= 0) {
        out[0] = '\0';
        return false;
    }
    return true;
}

static char *narrow(const wchar_t *w) {
    int n = WideCharToMultiByte(CP_UTF8, 0, w, -1, NULL, 0, NULL, NULL);
    if (n <= 0) return NULL;
    char *s = malloc((size_t)n);
    if (s) WideCharToMultiByte(CP_UTF8, 0, w, -1, s, n, NULL, NULL);
    return s;
}

static int errno_from_win32(DWORD e) {
    switch (e) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_NAME:
    case ERROR_BAD_NETPATH: return ENOENT;
    case ERROR_ACCESS_DENIED:
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION: return EACCES;
    case ERROR_ALREADY_EXISTS:
    case ERROR_FILE_EXISTS: return EEXIST;
    case ERROR_NOT_SAME_DEVICE: return EXDEV;
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL: return ENOSPC;
    case ERROR_DIRECTORY: return ENOTDIR;
    case ERROR_NOT_ENOUGH_MEMORY:
    case ERROR_OUTOFMEMORY: return ENOMEM;
    case ERROR_FILENAME_EXCED_RANGE: return ENAMETOOLONG;
    default: return EIO;
    }
}

static bool valid_handle(HANDLE h) { return h != NULL && h != INVALID_HANDLE_VALUE; }

void os_init(int *argc, char ***argv) {
    /* Started from a console (cmd, PowerShell): print there. Started from Explorer or a
     * shortcut there is none, and nothing is printed. Redirected output stays redirected. */
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        if (!valid_handle(GetStdHandle(STD_OUTPUT_HANDLE))) freopen("CONOUT$", "w", stdout);
        if (!valid_handle(GetStdHandle(STD_ERROR_HANDLE))) freopen("CONOUT$", "w", stderr);
        SetConsoleOutputCP(CP_UTF8);
    }
    int n = 0;
    wchar_t **w = CommandLineToArgvW(GetCommandLineW(), &n);
    if (!w) return;
    /* Kept for the whole run, like the argv it replaces. */
    char **out = calloc((size_t)n + 1, sizeof *out);
    bool ok = out != NULL;
    for (int i = 0; ok && i < n; i++) ok = (out[i] = narrow(w[i])) != NULL;
    LocalFree(w);
    if (!ok) {
        if (out)
            for (int i = 0; i < n; i++) free(out[i]);
        free(out);
        return; /* keep the system's argv rather than none */
    }
    *argc = n;
    *argv = out;
}

OsKind os_kind(const char *path) {
    wchar_t *w = wide(path);
    if (!w) return OS_MISSING;
    DWORD a = GetFileAttributesW(w);
    DWORD e = GetLastError();
    free(w);
    if (a == INVALID_FILE_ATTRIBUTES) {
        errno = errno_from_win32(e);
        return OS_MISSING;
    }
    if (a & FILE_ATTRIBUTE_DIRECTORY) return OS_DIR;
    return (a & FILE_ATTRIBUTE_DEVICE) ? OS_OTHER : OS_FILE;
}

FILE *os_fopen(const char *path, const char *mode) {
    wchar_t *w = wide(path), *m = wide(mode);
    FILE *f = (w && m) ? _wfopen(w, m) : NULL;
    free(w);
    free(m);
    return f;
}

int os_open_read(const char *path) {
    wchar_t *w = wide(path);
    int fd = w ? _wopen(w, _O_RDONLY | _O_BINARY) : -1;
    free(w);
    return fd;
}

int os_open_checked(const char *path, bool write, OsSpecial *special) {
    *special = OS_SPECIAL_NONE;
    wchar_t *w = wide(path);
    if (!w) return -1;
    /* The type first, so a device is never even opened... */
    DWORD a = GetFileAttributesW(w);
    if (a == INVALID_FILE_ATTRIBUTES) {
        int e = errno_from_win32(GetLastError());
        if (!write || e != ENOENT) {
            free(w);
            errno = e;
            return -1;
        }
    } else if (a & (FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_DEVICE)) {
        free(w);
        *special = (a & FILE_ATTRIBUTE_DIRECTORY) ? OS_SPECIAL_FOLDER : OS_SPECIAL_DEVICE;
        return -1;
    }
    int flags = (write ? _O_WRONLY | _O_CREAT : _O_RDONLY) | _O_BINARY | _O_NOINHERIT;
    int fd = _wopen(w, flags, _S_IREAD | _S_IWRITE);
    free(w);
    if (fd < 0) return -1;
    /* ...and the type again, of what was actually opened (a device name such as NUL or
     * CON, a pipe). */
    struct stat st;
    memset(&st, 0, sizeof st);
    if (fstat(fd, &st) != 0 || (st.st_mode & _S_IFMT) != _S_IFREG) {
        unsigned m = (unsigned)st.st_mode & _S_IFMT;
        *special = m == _S_IFDIR   ? OS_SPECIAL_FOLDER
                   : m == _S_IFCHR ? OS_SPECIAL_DEVICE
                   : m == _S_IFIFO ? OS_SPECIAL_PIPE
                                   : OS_SPECIAL_OTHER;
        _close(fd);
        return -1;
    }
    if (write && _chsize(fd, 0) != 0) {
        int e = errno;
        _close(fd);
        errno = e;
        return -1;
    }
    return fd;
}

int64_t os_pread(int fd, void *buf, size_t len, uint64_t offset) {
    HANDLE h = (HANDLE)_get_osfhandle(fd);
    if (!valid_handle(h)) {
        errno = EBADF;
        return -1;
    }
    /* A positioned read: on a handle opened for synchronous use it moves the handle's own
     * position too, which nothing here relies on. */
    OVERLAPPED at;
    memset(&at, 0, sizeof at);
    at.Offset = (DWORD)(offset & 0xFFFFFFFFu);
    at.OffsetHigh = (DWORD)(offset >> 32);
    DWORD want = len > 0x40000000u ? 0x40000000u : (DWORD)len, got = 0;
    if (!ReadFile(h, buf, want, &got, &at)) {
        DWORD e = GetLastError();
        if (e == ERROR_HANDLE_EOF) return 0;
        errno = errno_from_win32(e);
        return -1;
    }
    return (int64_t)got;
}

/* fn(path) for the CRT's wide calls that take one path and answer like POSIX. */
static int on_wide_path(const char *path, int (*fn)(const wchar_t *)) {
    wchar_t *w = wide(path);
    int r = w ? fn(w) : -1;
    free(w);
    return r;
}

int os_mkdir_private(const char *path) { return on_wide_path(path, _wmkdir); }

int os_make_private(const char *path, bool folder) {
    /* Under the user's profile (%APPDATA%) the inherited permissions already give the
     * files to the user alone (and the system and administrators). */
    (void)path;
    (void)folder;
    return 0;
}

int os_create_temp(char *tmpl) {
    size_t len = strlen(tmpl);
    if (len < 6 || strcmp(tmpl + len - 6, "XXXXXX") != 0) {
        errno = EINVAL;
        return -1;
    }
    static const char letters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int attempt = 0; attempt < 100; attempt++) {
        for (size_t i = len - 6; i < len; i++) {
            unsigned int r = 0;
            if (rand_s(&r) != 0) r = (unsigned int)GetTickCount() * 2654435761u + (unsigned int)(i * 7919 + attempt);
            tmpl[i] = letters[r % (sizeof letters - 1)];
        }
        wchar_t *w = wide(tmpl);
        if (!w) return -1;
        int fd = _wopen(w, _O_CREAT | _O_EXCL | _O_WRONLY | _O_BINARY, _S_IREAD | _S_IWRITE);
        free(w);
        if (fd >= 0 || errno != EEXIST) return fd;
    }
    errno = EEXIST;
    return -1;
}

int os_fsync(int fd) { return _commit(fd); }

void os_sync_folder(const char *folder) { (void)folder; /* MOVEFILE_WRITE_THROUGH covers it */ }

int os_rename_replace(const char *from, const char *to) {
    wchar_t *a = wide(from), *b = wide(to);
    int r = -1;
    if (a && b) {
        if (MoveFileExW(a, b, MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
            r = 0;
        else
            errno = errno_from_win32(GetLastError());
    }
    free(a);
    free(b);
    return r;
}

int os_unlink(const char *path) { return on_wide_path(path, _wunlink); }

bool os_absolute(const char *path, char *out, size_t size) {
    if (os_kind(path) == OS_MISSING) return false;
    wchar_t *w = wide(path);
    wchar_t *full = w ? _wfullpath(NULL, w, 0) : NULL;
    bool ok = full && narrow_into(full, out, size);
    free(full);
    free(w);
    return ok;
}

bool os_real_path(const char *path, char *out, size_t size) {
    wchar_t *w = wide(path);
    if (!w) return false;
    /* Backup semantics, so a folder opens too; no access asked, only the name. */
    HANDLE h = CreateFileW(w, 0, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL, OPEN_EXISTING,
                           FILE_FLAG_BACKUP_SEMANTICS, NULL);
    free(w);
    if (!valid_handle(h)) {
        errno = errno_from_win32(GetLastError());
        return false;
    }
    DWORD n = GetFinalPathNameByHandleW(h, NULL, 0, FILE_NAME_NORMALIZED | VOLUME_NAME_DOS);
    wchar_t *full = n ? malloc((size_t)n * sizeof *full) : NULL;
    bool ok = full && GetFinalPathNameByHandleW(h, full, n, FILE_NAME_NORMALIZED | VOLUME_NAME_DOS) < n;
    CloseHandle(h);
    if (ok) {
        /* \\?\C:\x -> C:\x and \\?\UNC\server\share -> \\server\share */
        const wchar_t *p = full;
        if (!wcsncmp(p, L"\\\\?\\UNC\\", 8)) {
            p += 6;
            full[6] = L'\\';
        } else if (!wcsncmp(p, L"\\\\?\\", 4)) {
            p += 4;
        }
        ok = narrow_into(p, out, size);
    }
    free(full);
    return ok;
}

bool os_is_link(const char *path) {
    wchar_t *w = wide(path);
    if (!w) return false;
    DWORD a = GetFileAttributesW(w);
    free(w);
    return a != INVALID_FILE_ATTRIBUTES && (a & FILE_ATTRIBUTE_REPARSE_POINT);
}

int os_rename_keep(const char *from, const char *to) {
    wchar_t *a = wide(from), *b = wide(to);
    int r = -1;
    if (a && b) {
        /* Without MOVEFILE_REPLACE_EXISTING an existing target fails the move. */
        if (MoveFileExW(a, b, MOVEFILE_WRITE_THROUGH))
            r = 0;
        else
            errno = errno_from_win32(GetLastError());
    }
    free(a);
    free(b);
    return r;
}

struct OsDir {
    HANDLE h;
    WIN32_FIND_DATAW found;
    bool first;
    char name[MAX_PATH * 3 + 1];
};

OsDir *os_dir_open(const char *path) {
    size_t len = strlen(path);
    char *pattern = malloc(len + 3);
    if (!pattern) {
        errno = ENOMEM;
        return NULL;
    }
    memcpy(pattern, path, len);
    size_t k = len;
    if (k == 0 || (path[k - 1] != '/' && path[k - 1] != '\\')) pattern[k++] = '\\';
    pattern[k++] = '*';
    pattern[k] = '\0';
    wchar_t *w = wide(pattern);
    free(pattern);
    OsDir *d = w ? calloc(1, sizeof *d) : NULL;
    if (!d) {
        if (w) errno = ENOMEM;
        free(w);
        return NULL;
    }
    d->h = FindFirstFileW(w, &d->found);
    DWORD e = GetLastError();
    free(w);
    if (d->h == INVALID_HANDLE_VALUE) {
        free(d);
        errno = errno_from_win32(e);
        return NULL;
    }
    d->first = true;
    return d;
}

const char *os_dir_next(OsDir *d) {
    for (;;) {
        if (!d->first && !FindNextFileW(d->h, &d->found)) return NULL;
        d->first = false;
        if (narrow_into(d->found.cFileName, d->name, sizeof d->name)) return d->name;
    }
}

void os_dir_close(OsDir *d) {
    if (!d) return;
    FindClose(d->h);
    free(d);
}

#else /* POSIX */

#include <dirent.h>
#include <unistd.h>

void os_init(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
}

OsKind os_kind(const char *path) {
    struct stat st;
    if (stat(path, &st) != 0) return OS_MISSING;
    if (S_ISDIR(st.st_mode)) return OS_DIR;
    return S_ISREG(st.st_mode) ? OS_FILE : OS_OTHER;
}

FILE *os_fopen(const char *path, const char *mode) { return fopen(path, mode); }

int os_open_read(const char *path) { return open(path, O_RDONLY); }

static OsSpecial special_of(mode_t m) {
    if (S_ISDIR(m)) return OS_SPECIAL_FOLDER;
    if (S_ISFIFO(m)) return OS_SPECIAL_PIPE;
    if (S_ISSOCK(m)) return OS_SPECIAL_SOCKET;
    if (S_ISCHR(m) || S_ISBLK(m)) return OS_SPECIAL_DEVICE;
    return OS_SPECIAL_OTHER;
}

int os_open_checked(const char *path, bool write, OsSpecial *special) {
    *special = OS_SPECIAL_NONE;
    struct stat st;
    memset(&st, 0, sizeof st);
    /* The type first, so a device is never even opened (opening some has effects)... */
    if (stat(path, &st) == 0) {
        if (!S_ISREG(st.st_mode)) {
            *special = special_of(st.st_mode);
            return -1;
        }
    } else if (!write || errno != ENOENT) {
        return -1;
    }
    /* ...then non-blocking, so a named pipe swapped in meanwhile cannot stall us... */
    int flags = (write ? O_WRONLY | O_CREAT : O_RDONLY) | O_NONBLOCK | O_NOCTTY | O_CLOEXEC;
    int fd = open(path, flags, 0666);
    if (fd < 0) {
        int e = errno;
        if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) *special = special_of(st.st_mode);
        errno = e;
        return -1;
    }
    /* ...and the type again, of what was actually opened. */
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        *special = special_of(st.st_mode);
        close(fd);
        return -1;
    }
    int fl = fcntl(fd, F_GETFL);
    if (fl != -1) fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
    if (write && ftruncate(fd, 0) != 0) {
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    return fd;
}

int64_t os_pread(int fd, void *buf, size_t len, uint64_t offset) {
    for (;;) {
        ssize_t k = pread(fd, buf, len, (off_t)offset);
        if (k < 0 && errno == EINTR) continue;
        return (int64_t)k;
    }
}

int os_mkdir_private(const char *path) {
    if (mkdir(path, 0700) != 0) return -1;
    chmod(path, 0700); /* mkdir's mode went through the umask */
    return 0;
}

int os_make_private(const char *path, bool folder) { return chmod(path, folder ? 0700 : 0600); }

int os_create_temp(char *tmpl) {
    int fd = mkstemp(tmpl);
    if (fd >= 0) fchmod(fd, 0600);
    return fd;
}

int os_fsync(int fd) { return fsync(fd); }

void os_sync_folder(const char *folder) {
    /* Non-blocking: whatever is there now, opening it cannot stall. */
    int fd = open(folder, O_RDONLY | O_DIRECTORY | O_NONBLOCK | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
}

int os_rename_replace(const char *from, const char *to) { return rename(from, to); }

int os_unlink(const char *path) { return unlink(path); }

bool os_absolute(const char *path, char *out, size_t size) {
    char *full = realpath(path, NULL);
    if (!full) return false;
    bool ok = strlen(full) < size;
    if (ok) memcpy(out, full, strlen(full) + 1);
    free(full);
    return ok;
}

bool os_real_path(const char *path, char *out, size_t size) { return os_absolute(path, out, size); }

bool os_is_link(const char *path) {
    struct stat st;
    return lstat(path, &st) == 0 && S_ISLNK(st.st_mode);
}

int os_rename_keep(const char *from, const char *to) {
    struct stat st;
    if (lstat(from, &st) != 0) return -1;
    if (S_ISDIR(st.st_mode)) {
        /* A folder has no links: renamed once nothing has the name (the data folder is
         * the user's alone, so nothing takes it in between). */
        struct stat there;
        if (lstat(to, &there) == 0) {
            errno = EEXIST;
            return -1;
        }
        return rename(from, to);
    }
    /* A new link never replaces what is there. */
    if (link(from, to) != 0) return -1;
    unlink(from);
    return 0;
}

struct OsDir {
    DIR *d;
};

OsDir *os_dir_open(const char *path) {
    DIR *dir = opendir(path);
    if (!dir) return NULL;
    OsDir *d = malloc(sizeof *d);
    if (!d) {
        closedir(dir);
        errno = ENOMEM;
        return NULL;
    }
    d->d = dir;
    return d;
}

const char *os_dir_next(OsDir *d) {
    struct dirent *e = readdir(d->d);
    return e ? e->d_name : NULL;
}

void os_dir_close(OsDir *d) {
    if (!d) return;
    closedir(d->d);
    free(d);
}

#endif
