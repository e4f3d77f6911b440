/* PhysicsFS as the game uses it: the mounts (assets, scenarios, each pack of the packs
 * folder), virtual files read and listed, and the files of the user's data folder. */
#define _XOPEN_SOURCE 700

#include "app/platform/vfs.h"

#include "app/platform/fsutil.h"
#include "app/platform/os.h"
#include "app/platform/packs.h"
#include "app/platform/realfile.h"
#include "core/util.h"

#include <physfs.h>

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    NOTICE_MAX = 16,
    NOTICE_LEN = 300,
    PACK_MAX = 100, /* more than anyone installs; keeps a runaway folder from stalling start */
};

/* PhysicsFS itself is process-global, so the little state that goes with it is too. */
static struct {
    bool up;                     /* PhysicsFS is running */
    bool has_data;               /* and the data folder is set (not in --check) */
    char data_dir[VFS_PATH_MAX]; /* ends with a separator */
    char notices[NOTICE_MAX][NOTICE_LEN];
    int n_notices;
} vfs;

static void add_notice(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;
static void add_notice(const char *fmt, ...) {
    if (vfs.n_notices >= NOTICE_MAX) return;
    va_list ap;
    va_start(ap, fmt);
    utf8_vsnprintf(vfs.notices[vfs.n_notices++], NOTICE_LEN, fmt, ap);
    va_end(ap);
}

static bool is_dir(const char *path) { return os_kind(path) == OS_DIR; }

/* mkdir -p; folders we create get 0700 (set explicitly, since mkdir's mode is
 * filtered through the umask). *created says whether the last one is new. */
static bool make_dirs(const char *path, bool *created, char *err, size_t n) {
    char buf[VFS_PATH_MAX];
    if (snprintf(buf, sizeof buf, "%s", path) >= (int)sizeof buf) {
        seterr(err, n, "%s: path too long", path);
        return false;
    }
    if (created) *created = false;
    size_t len = strlen(buf);
    while (len > 1 && os_is_sep(buf[len - 1])) buf[--len] = '\0';
    for (char *p = buf + 1;; p++) {
        if (!os_is_sep(*p) && *p != '\0') continue;
        char saved = *p;
        *p = '\0';
        if (os_mkdir_private(buf) == 0) {
            if (created && saved == '\0') *created = true;
        } else {
            /* A folder that is there is fine, whatever mkdir said (EEXIST, or EACCES for
             * a drive like C: on Windows). */
            int e = errno;
            if (!is_dir(buf)) {
                seterr(err, n, "cannot create folder %s: %s", buf, strerror(e == EEXIST ? ENOTDIR : e));
                return false;
            }
        }
        *p = saved;
        if (saved == '\0') break;
    }
    return true;
}

/* Keeps only the ZIP archiver: PhysicsFS picks an archiver by content, and the others
 * (7z, GRP, WAD, ISO...) are attack surface we never need. */
static void keep_only_zip(void) {
    char exts[32][16];
    int n = 0;
    for (const PHYSFS_ArchiveInfo **i = PHYSFS_supportedArchiveTypes(); i && *i && n < 32; i++) {
        if (strcmp((*i)->extension, "ZIP") != 0) snprintf(exts[n++], sizeof exts[0], "%s", (*i)->extension);
    }
    for (int i = 0; i < n; i++) PHYSFS_deregisterArchiver(exts[i]);
}

/* The folder holding assets/ and scenarios/: beside the executable first (the Windows
 * zip), then ../share/grayarea from it (an installed or relocated copy finds its own
 * data, even when built from a tree that is still there), then the source tree, so a
 * fresh build runs in place, then the install prefix. */
static bool find_game_root(char *out, size_t n) {
    const char *candidates[4];
    char rel[VFS_PATH_MAX] = "", here[VFS_PATH_MAX] = "";
    int k = 0;
    const char *base = PHYSFS_getBaseDir();
    if (base && join(here, sizeof here, base, "")) candidates[k++] = here;
    if (base && join(rel, sizeof rel, base, "../share/grayarea")) candidates[k++] = rel;
#ifdef GA_SOURCE_DIR
    candidates[k++] = GA_SOURCE_DIR;
#endif
#ifdef GA_INSTALL_DATA_DIR
    candidates[k++] = GA_INSTALL_DATA_DIR;
#endif
    for (int i = 0; i < k; i++) {
        char probe[VFS_PATH_MAX];
        if (join(probe, sizeof probe, candidates[i], "assets/fonts") && is_dir(probe)) {
            if (!os_absolute(candidates[i], out, n)) snprintf(out, n, "%s", candidates[i]);
            return true;
        }
    }
    return false;
}

bool vfs_game_root(char *out, size_t size) { return find_game_root(out, size); }

void vfs_unmount(const char *real_path) {
    if (vfs.up) PHYSFS_unmount(real_path);
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void mount_packs(void) {
    char dir[VFS_PATH_MAX];
    if (!join(dir, sizeof dir, vfs.data_dir, "packs")) return;
    OsDir *d = os_dir_open(dir);
    if (!d) return; /* no packs folder: nothing to do */
    char *names[PACK_MAX];
    int n = 0;
    bool too_many = false;
    for (const char *e; (e = os_dir_next(d)) != NULL;) {
        if (e[0] == '.') continue;
        if (n == PACK_MAX) {
            too_many = true;
            break;
        }
        names[n] = strdup(e);
        if (names[n]) n++;
    }
    os_dir_close(d);
    if (too_many) add_notice("Only the first %d packs were read from %s.", PACK_MAX, dir);
    /* Sorted, so the mount order (and which deck wins a clash) is the same everywhere. */
    qsort(names, (size_t)n, sizeof names[0], cmp_str);
    for (int i = 0; i < n; i++) {
        const char *name = names[i];
        char mount[VFS_PATH_MAX], why[VFS_ERR_LEN];
        size_t base_len = strlen(name) - (ends_with_zip(name) ? 4 : 0);
        /* PhysicsFS refuses these in virtual paths. */
        if (strpbrk(name, ":\\") || base_len == 0) {
            add_notice("Skipped pack %s: rename it without ':' or '\\'.", name);
            continue;
        }
        snprintf(mount, sizeof mount, "/packs/%.*s", (int)base_len, name);
        if (vfs_exists(mount)) {
            add_notice("Skipped pack %s: another pack has the same name.", name);
            continue;
        }
        if (!vfs_mount_pack_in(dir, name, mount, why, sizeof why)) add_notice("Skipped pack %s: %s.", name, why);
    }
    for (int i = 0; i < n; i++) free(names[i]);
}

/* PhysicsFS as the game uses it: only the ZIP archiver, symbolic links never followed. */
static bool physfs_start(const char *argv0, char *err, size_t n) {
    if (!PHYSFS_init(argv0)) {
        seterr(err, n, "cannot start PhysicsFS: %s", physfs_error());
        return false;
    }
    vfs.up = true;
    keep_only_zip();
    PHYSFS_permitSymbolicLinks(0);
    return true;
}

bool vfs_init_packs_only(char *err, size_t n) {
    if (vfs.up) vfs_shutdown();
    memset(&vfs, 0, sizeof vfs);
    return physfs_start(NULL, err, n);
}

bool vfs_init(const char *argv0, const char *data_dir, const char *decks_dir, char *err, size_t n) {
    if (vfs.up) vfs_shutdown();
    memset(&vfs, 0, sizeof vfs);
    if (!physfs_start(argv0, err, n)) return false;

    char dir[VFS_PATH_MAX];
    if (data_dir) {
        bool created = false;
        if (!make_dirs(data_dir, &created, err, n)) goto fail;
        /* Absolute, so the path shown to the player means something anywhere. */
        if (!os_absolute(data_dir, dir, sizeof dir)) snprintf(dir, sizeof dir, "%s", data_dir);
    } else {
        const char *pref = PHYSFS_getPrefDir("grayarea", "grayarea");
        if (!pref) {
            seterr(err, n, "cannot find or create your data folder: %s", physfs_error());
            goto fail;
        }
        snprintf(dir, sizeof dir, "%s", pref);
        /* Our own folder, and it may hold session results: keep it private even when
         * PhysicsFS created it under a loose umask. */
        os_make_private(dir, true);
    }
    if (!join(vfs.data_dir, sizeof vfs.data_dir, dir, "") || strlen(vfs.data_dir) + 256 >= VFS_PATH_MAX) {
        seterr(err, n, "%s: path too long", dir);
        goto fail;
    }
    vfs.has_data = true;
    if (!PHYSFS_setWriteDir(vfs.data_dir)) {
        seterr(err, n, "cannot use %s as the data folder: %s", vfs.data_dir, physfs_error());
        goto fail;
    }

    char root[VFS_PATH_MAX], path[VFS_PATH_MAX];
    if (!find_game_root(root, sizeof root)) {
        seterr(err, n, "cannot find the game's assets (looked in the source tree and in %s)",
#ifdef GA_INSTALL_DATA_DIR
               GA_INSTALL_DATA_DIR
#else
               "the install prefix"
#endif
        );
        goto fail;
    }
    join(path, sizeof path, root, "assets");
    if (!PHYSFS_mount(path, "/assets", 1)) {
        seterr(err, n, "cannot read %s: %s", path, physfs_error());
        goto fail;
    }
    /* The compiled catalogues: beside assets/ when installed, else in the build tree. */
    join(path, sizeof path, root, "locale");
    const char *locale = is_dir(path) ? path : NULL;
#ifdef GA_BUILD_LOCALE_DIR
    if (!locale && is_dir(GA_BUILD_LOCALE_DIR)) locale = GA_BUILD_LOCALE_DIR;
#endif
    if (locale && !PHYSFS_mount(locale, "/locale", 1))
        add_notice("Could not read the game's translations in %s: %s.", locale, physfs_error());
    if (decks_dir) {
        /* --decks: play these instead of the shipped decks (deck authors, tests). */
        if (!is_dir(decks_dir) || !PHYSFS_mount(decks_dir, "/scenarios", 1)) {
            seterr(err, n, "cannot read the decks folder %s", decks_dir);
            goto fail;
        }
    } else {
        join(path, sizeof path, root, "scenarios");
        if (is_dir(path) && !PHYSFS_mount(path, "/scenarios", 1))
            add_notice("Could not read the shipped decks in %s: %s.", path, physfs_error());
    }
    mount_packs();
    return true;
fail:
    vfs_shutdown();
    return false;
}

void vfs_shutdown(void) {
    if (vfs.up) PHYSFS_deinit();
    vfs.up = vfs.has_data = false;
}

int vfs_notice_count(void) { return vfs.n_notices; }

const char *vfs_notice(int i) { return (i >= 0 && i < vfs.n_notices) ? vfs.notices[i] : ""; }

char *vfs_read(const char *vpath, size_t max_bytes, size_t *len, char *err, size_t n) {
    if (len) *len = 0;
    PHYSFS_File *f = PHYSFS_openRead(vpath);
    if (!f) {
        seterr(err, n, "%s", physfs_error());
        return NULL;
    }
    /* The declared size (from a ZIP directory, say) may be anything: check it first. */
    PHYSFS_sint64 size = PHYSFS_fileLength(f);
    if (size < 0) {
        PHYSFS_close(f);
        seterr(err, n, "cannot tell its size");
        return NULL;
    }
    if ((PHYSFS_uint64)size > max_bytes) {
        PHYSFS_close(f);
        seterr(err, n, "it is too large (%lld bytes; the limit is %zu)", (long long)size, max_bytes);
        return NULL;
    }
    char *buf = malloc((size_t)size + 1);
    if (!buf) {
        PHYSFS_close(f);
        seterr(err, n, "out of memory");
        return NULL;
    }
    PHYSFS_sint64 got = PHYSFS_readBytes(f, buf, (PHYSFS_uint64)size);
    PHYSFS_close(f);
    if (got != size) {
        free(buf);
        if (got < 0)
            seterr(err, n, "cannot read it: %s", physfs_error());
        else
            seterr(err, n, "it is damaged: it holds %lld bytes, not the %lld its pack says", (long long)got,
                   (long long)size);
        return NULL;
    }
    buf[size] = '\0';
    if (len) *len = (size_t)size;
    return buf;
}

bool vfs_exists(const char *vpath) { return PHYSFS_exists(vpath) != 0; }

const char *vfs_origin(const char *vpath) { return PHYSFS_getRealDir(vpath); }

static int cmp_entry(const void *a, const void *b) {
    return strcmp(((const VfsEntry *)a)->name, ((const VfsEntry *)b)->name);
}

int vfs_list(const char *vdir, VfsEntry **entries, char *err, size_t n) {
    *entries = NULL;
    PHYSFS_Stat st;
    if (!PHYSFS_stat(vdir, &st) || st.filetype != PHYSFS_FILETYPE_DIRECTORY) {
        seterr(err, n, "%s: no such folder", vdir);
        return -1;
    }
    char **names = PHYSFS_enumerateFiles(vdir);
    if (!names) {
        seterr(err, n, "%s: %s", vdir, physfs_error());
        return -1;
    }
    int count = 0;
    for (char **i = names; *i; i++) count++;
    VfsEntry *out = calloc((size_t)count + 1, sizeof *out);
    if (!out) {
        PHYSFS_freeList(names);
        seterr(err, n, "%s: out of memory", vdir);
        return -1;
    }
    int k = 0;
    for (char **i = names; *i; i++) {
        char full[VFS_PATH_MAX];
        if (!join(full, sizeof full, vdir, *i) || !PHYSFS_stat(full, &st)) continue;
        out[k].name = strdup(*i);
        if (!out[k].name) break;
        out[k].kind = st.filetype == PHYSFS_FILETYPE_DIRECTORY ? VFS_FOLDER
                      : st.filetype == PHYSFS_FILETYPE_REGULAR ? VFS_FILE
                                                               : VFS_OTHER;
        k++;
    }
    PHYSFS_freeList(names);
    qsort(out, (size_t)k, sizeof *out, cmp_entry);
    *entries = out;
    return k;
}

void vfs_list_free(VfsEntry *entries, int count) {
    if (!entries) return;
    for (int i = 0; i < count; i++) free(entries[i].name);
    free(entries);
}

/* Relative, no "." or ".." parts, no empty parts: a name can only land inside the folder. */
static bool safe_name(const char *name) {
    if (!name || !*name || name[0] == '/') return false;
    const char *p = name;
    while (*p) {
        const char *e = strchr(p, '/');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len == 0 || (len == 1 && p[0] == '.') || (len == 2 && p[0] == '.' && p[1] == '.')) return false;
        if (!e) break;
        p = e + 1;
    }
    return true;
}

static bool data_real(const char *name, char *out, size_t n, char *err, size_t en) {
    if (!vfs.has_data) {
        seterr(err, en, "the data folder is not set up");
        return false;
    }
    if (!safe_name(name)) {
        seterr(err, en, "'%s' is not a valid file name in the data folder", name ? name : "");
        return false;
    }
    if (!join(out, n, vfs.data_dir, name)) {
        seterr(err, en, "%s: path too long", name);
        return false;
    }
    return true;
}

bool vfs_data_path(const char *name, char *out, size_t n) {
    if (!vfs.has_data) return false;
    int k = snprintf(out, n, "%s%s", vfs.data_dir, name ? name : "");
    return k >= 0 && (size_t)k < n;
}

bool vfs_data_exists(const char *name) {
    char path[VFS_PATH_MAX];
    return data_real(name, path, sizeof path, NULL, 0) && os_kind(path) != OS_MISSING;
}

char *vfs_read_data(const char *name, size_t max_bytes, size_t *len, char *err, size_t n) {
    char path[VFS_PATH_MAX];
    if (!data_real(name, path, sizeof path, err, n)) return NULL;
    return vfs_read_real(path, max_bytes, len, err, n);
}

bool vfs_write_atomic(const char *name, const void *data, size_t len, char *err, size_t n) {
    char path[VFS_PATH_MAX], folder[VFS_PATH_MAX];
    if (!data_real(name, path, sizeof path, err, n)) return false;
    snprintf(folder, sizeof folder, "%s", path);
    char *slash = os_last_sep(folder);
    if (!slash) {
        seterr(err, n, "%s: not inside the data folder", name);
        return false;
    }
    *slash = '\0';
    if (!make_dirs(folder, NULL, err, n)) return false;
    return vfs_write_real_atomic(path, data, len, 0600, err, n);
}

bool vfs_remove(const char *name, char *err, size_t n) {
    char path[VFS_PATH_MAX];
    if (!data_real(name, path, sizeof path, err, n)) return false;
    if (os_unlink(path) != 0 && errno != ENOENT) {
        seterr(err, n, "cannot delete %s: %s", path, strerror(errno));
        return false;
    }
    return true;
}

bool vfs_set_aside(const char *name, char *kept, size_t kept_size, char *err, size_t n) {
    char from[VFS_PATH_MAX], to[VFS_PATH_MAX], rel[VFS_PATH_MAX];
    if (!data_real(name, from, sizeof from, err, n)) return false;
    if (!os_is_link(from) && os_kind(from) == OS_MISSING) {
        seterr(err, n, "cannot set %s aside: %s", from, strerror(errno));
        return false;
    }
    for (int i = 0; i < VFS_ASIDE_MAX; i++) {
        if (i == 0)
            snprintf(rel, sizeof rel, "%s.bad", name);
        else
            snprintf(rel, sizeof rel, "%s.bad.%d", name, i);
        if (!data_real(rel, to, sizeof to, err, n)) return false;
        /* Never over what has the name already (os_rename_keep). */
        if (os_rename_keep(from, to) == 0) {
            utf8_snprintf(kept, kept_size, "%s", rel);
            return true;
        }
        if (errno != EEXIST) {
            seterr(err, n, "cannot set %s aside as %s: %s", from, rel, strerror(errno));
            return false;
        }
    }
    seterr(err, n, "cannot set %s aside: %s.bad to %s.bad.%d are all taken", from, name, name, VFS_ASIDE_MAX - 1);
    return false;
}

bool vfs_rename_data(const char *from, const char *to, char *err, size_t n) {
    char a[VFS_PATH_MAX], b[VFS_PATH_MAX];
    if (!data_real(from, a, sizeof a, err, n) || !data_real(to, b, sizeof b, err, n)) return false;
    if (os_rename_replace(a, b) != 0) {
        seterr(err, n, "cannot rename %s to %s: %s", a, to, strerror(errno));
        return false;
    }
    return true;
}
