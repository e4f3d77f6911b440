/* Reads a zip's central directory the way PhysicsFS 3.0.2 finds it, and names the first
 * entry that PhysicsFS would fail to list or read (see zipdir.h). */
#include "app/platform/zipdir.h"

#include "core/deck.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    EOCD_SIZE = 22,
    EOCD_SEARCH = 65557, /* the record plus the longest comment */
    LOCATOR_SIZE = 20,
    ZIP64_EOCD_SIZE = 56,
    ENTRY_SIZE = 46,
    NAME_MAX_SHOWN = 80,
};

#define SIG_EOCD 0x06054b50u
#define SIG_ZIP64_EOCD 0x06064b50u
#define SIG_LOCATOR 0x07064b50u
#define SIG_ENTRY 0x02014b50u

static uint32_t u16(const unsigned char *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8; }
static uint32_t u32(const unsigned char *p) { return u16(p) | u16(p + 2) << 16; }
static uint64_t u64(const unsigned char *p) { return (uint64_t)u32(p) | (uint64_t)u32(p + 4) << 32; }

const char *zipdir_method_name(unsigned method, char *buf, size_t size) {
    switch (method) {
    case 0: return "no compression";
    case 8: return "Deflate";
    case 9: return "Deflate64";
    case 12: return "bzip2";
    case 14: return "LZMA";
    case 93: return "Zstandard";
    case 95: return "XZ";
    case 98: return "PPMd";
    case 99: return "AES encryption";
    default: snprintf(buf, size, "compression method %u", method); return buf;
    }
}

typedef struct Dir {
    uint64_t offset, count;
} Dir;

/* Finds the central directory as PhysicsFS does: the last end record within 64 KiB of the
 * end, a Zip64 locator just before it, and any bytes before the first entry (a
 * self-extracting stub) accounted for. */
static bool find_dir(ZipDirRead read, void *ctx, uint64_t size, Dir *dir) {
    static unsigned char tail[EOCD_SEARCH];
    if (size < EOCD_SIZE) return false;
    size_t n = size < EOCD_SEARCH ? (size_t)size : EOCD_SEARCH;
    uint64_t base = size - n;
    if (!read(ctx, base, tail, n)) return false;
    size_t at = n - 4 + 1;
    bool found = false;
    while (at-- > 0) {
        if (u32(tail + at) == SIG_EOCD) {
            found = true;
            break;
        }
    }
    if (!found) return false;
    uint64_t pos = base + at;
    unsigned char e[EOCD_SIZE];
    if (pos + EOCD_SIZE > size || !read(ctx, pos, e, EOCD_SIZE)) return false;

    unsigned char loc[LOCATOR_SIZE];
    if (pos >= LOCATOR_SIZE && read(ctx, pos - LOCATOR_SIZE, loc, LOCATOR_SIZE) && u32(loc) == SIG_LOCATOR) {
        uint64_t want = u64(loc + 8), at64 = 0;
        unsigned char z[ZIP64_EOCD_SIZE];
        if (u32(loc + 4) != 0 || u32(loc + 16) != 1) return false;
        /* Where the locator says, else just before the locator (a stub moved it). */
        if (want + ZIP64_EOCD_SIZE <= size && read(ctx, want, z, ZIP64_EOCD_SIZE) && u32(z) == SIG_ZIP64_EOCD)
            at64 = want;
        else if (pos >= LOCATOR_SIZE + ZIP64_EOCD_SIZE &&
                 read(ctx, pos - LOCATOR_SIZE - ZIP64_EOCD_SIZE, z, ZIP64_EOCD_SIZE) && u32(z) == SIG_ZIP64_EOCD)
            at64 = pos - LOCATOR_SIZE - ZIP64_EOCD_SIZE;
        else
            return false;
        if (at64 < want || u32(z + 16) != 0 || u32(z + 20) != 0 || u64(z + 24) != u64(z + 32)) return false;
        dir->count = u64(z + 32);
        dir->offset = u64(z + 48) + (at64 - want);
        return dir->offset <= size;
    }
    if (u16(e + 4) != 0 || u16(e + 6) != 0 || u16(e + 8) != u16(e + 10)) return false;
    if (pos + EOCD_SIZE + u16(e + 20) != size) return false;
    uint64_t cd_size = u32(e + 12), cd_ofs = u32(e + 16);
    if (pos < cd_ofs + cd_size) return false;
    dir->count = u16(e + 10);
    dir->offset = cd_ofs + (pos - (cd_ofs + cd_size));
    return true;
}

/* Whether the system that made an entry can store symbolic links (as PhysicsFS decides). */
static bool symlinks_possible(unsigned host) {
    static const unsigned NONE[] = {0, 1, 2, 4, 6, 11, 13, 14, 15, 18}; /* FAT, Amiga, VMS, NTFS... */
    for (size_t i = 0; i < sizeof NONE / sizeof NONE[0]; i++)
        if (host == NONE[i]) return false;
    return true;
}

/* Why PhysicsFS cannot list a path with this name, or NULL. */
static const char *bad_path(const char *name, size_t len) {
    if (len == 0) return "has no name";
    if (name[0] == '/') return "is an absolute path";
    for (size_t i = 0, start = 0; i <= len; i++) {
        if (i < len && name[i] != '/') continue;
        size_t part = i - start;
        /* One trailing '/' marks a folder. */
        if (part == 0 && i < len) return "has an empty folder name ('//')";
        if ((part == 1 && name[start] == '.') || (part == 2 && name[start] == '.' && name[start + 1] == '.'))
            return "points outside the pack";
        start = i + 1;
    }
    return NULL;
}

static void quote_name(const char *name, char *out, size_t n) {
    size_t len = strlen(name);
    if (len > NAME_MAX_SHOWN)
        snprintf(out, n, "%.*s...", utf8_cut(name, NAME_MAX_SHOWN), name);
    else
        snprintf(out, n, "%s", name);
}

/* Names seen so far, by a 64-bit hash of each (a clash of two different names is
 * vanishingly unlikely, and would only refuse a pack, never let one through). */
typedef struct Seen {
    uint64_t *slots; /* 0: empty */
    size_t mask;
} Seen;

static uint64_t name_hash(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h ? h : 1;
}

/* Adds a name; false when it was there already. */
static bool seen_add(Seen *t, const char *name, size_t n) {
    uint64_t h = name_hash(name, n);
    for (size_t i = (size_t)h & t->mask;; i = (i + 1) & t->mask) {
        if (t->slots[i] == h) return false;
        if (t->slots[i] == 0) {
            t->slots[i] = h;
            return true;
        }
    }
}

static bool check_entries(ZipDirRead read, void *ctx, uint64_t size, const Dir *dir, Seen *seen, char *why,
                          size_t why_size);

bool zipdir_check(ZipDirRead read, void *ctx, uint64_t size, char *why, size_t why_size) {
    Dir dir;
    if (!find_dir(read, ctx, size, &dir)) {
        snprintf(why, why_size, "it is damaged: its table of contents cannot be read");
        return false;
    }
    if (dir.count > ZIPDIR_MAX_ENTRIES) {
        snprintf(why, why_size, "it holds more than %d files", ZIPDIR_MAX_ENTRIES);
        return false;
    }
    /* A table at most half full. */
    size_t slots = 16;
    while (slots < 2 * dir.count) slots *= 2;
    Seen seen = {calloc(slots, sizeof(uint64_t)), slots - 1};
    if (!seen.slots) {
        snprintf(why, why_size, "out of memory");
        return false;
    }
    bool ok = check_entries(read, ctx, size, &dir, &seen, why, why_size);
    free(seen.slots);
    return ok;
}

static bool check_entries(ZipDirRead read, void *ctx, uint64_t size, const Dir *dir, Seen *seen, char *why,
                          size_t why_size) {
    uint64_t at = dir->offset;
    static char name[65536];
    char shown[NAME_MAX_SHOWN * 2], method[40];
    for (uint64_t i = 0; i < dir->count; i++) {
        unsigned char h[ENTRY_SIZE];
        if (at + ENTRY_SIZE > size || !read(ctx, at, h, ENTRY_SIZE) || u32(h) != SIG_ENTRY) {
            snprintf(why, why_size, "it is damaged: its table of contents is cut short");
            return false;
        }
        unsigned host = u16(h + 4) >> 8, flags = u16(h + 8), how = u16(h + 10);
        size_t name_len = u16(h + 28);
        uint64_t next = at + ENTRY_SIZE + name_len + u16(h + 30) + u16(h + 32);
        uint32_t unix_mode = u32(h + 38) >> 16;
        if (next > size || (name_len && !read(ctx, at + ENTRY_SIZE, name, name_len))) {
            snprintf(why, why_size, "it is damaged: its table of contents is cut short");
            return false;
        }
        name[name_len] = '\0';
        if (memchr(name, '\0', name_len)) {
            snprintf(why, why_size, "an entry's name holds a NUL byte; re-create the zip");
            return false;
        }
        /* PhysicsFS turns '\' into '/' in names written on DOS and Windows. */
        if (host == 0)
            for (size_t k = 0; k < name_len; k++)
                if (name[k] == '\\') name[k] = '/';
        bool folder = name_len > 0 && name[name_len - 1] == '/';
        const char *bad = bad_path(name, folder ? name_len - 1 : name_len);
        quote_name(name, shown, sizeof shown);
        if (name_len == 0) {
            snprintf(why, why_size, "an entry has no name; re-create the zip from the deck files alone");
            return false;
        }
        if (bad) {
            snprintf(why, why_size,
                     "the entry '%s' %s, so the pack cannot be listed; re-create the zip from the deck files", shown,
                     bad);
            return false;
        }
        /* PhysicsFS refuses a pack that names the same file or folder twice. */
        if (!seen_add(seen, name, folder ? name_len - 1 : name_len)) {
            snprintf(why, why_size, "the name '%s' appears twice in it; re-create the zip", shown);
            return false;
        }
        const char *base = strrchr(name, '/');
        base = base ? base + 1 : name;
        if (!folder && deck_is_file_name(base)) {
            const char *problem = NULL;
            char buf[200];
            if (strpbrk(name, ":\\"))
                problem = "has ':' or '\\' in its name, which the game cannot open; rename it";
            else if (how == 99 || (flags & 1))
                problem = "is encrypted; save the zip without a password";
            else if (how != 0 && how != 8) {
                snprintf(buf, sizeof buf, "uses %s; re-save the zip with Deflate",
                         zipdir_method_name(how, method, sizeof method));
                problem = buf;
            } else if (symlinks_possible(host) && (unix_mode & 0170000) == 0120000)
                problem = "is a symbolic link; put the deck itself in the zip";
            if (problem) {
                snprintf(why, why_size, "the deck '%s' %s", shown, problem);
                return false;
            }
        }
        at = next;
    }
    return true;
}
