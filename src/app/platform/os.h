/* The few file-system and process calls that differ between POSIX and Windows.
 *
 * Every path here is UTF-8. On Windows it is turned into UTF-16 for the wide (W) calls at
 * this boundary, so folders under a user name like "Zoë" or "Łukasz" work; on POSIX the
 * calls are the usual ones. Functions that return int give 0 on success and -1 with errno
 * set, like the POSIX calls they stand for. */
#ifndef GA_APP_PLATFORM_OS_H
#define GA_APP_PLATFORM_OS_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

/* Call first thing in main. On Windows: replaces argv with UTF-8 (from the UTF-16 command
 * line) and, for this windowed program, attaches to the console it was started from so
 * --help and --check print there. Elsewhere: does nothing. */
void os_init(int *argc, char ***argv);

/* A folder separator: '/' everywhere, and '\\' too on Windows. */
static inline bool os_is_sep(char c) {
#ifdef _WIN32
    if (c == '\\') return true;
#endif
    return c == '/';
}

/* The last separator in path, or NULL when there is none. */
static inline char *os_last_sep(char *path) {
    char *last = NULL;
    for (char *p = path; *p; p++)
        if (os_is_sep(*p)) last = p;
    return last;
}

typedef enum { OS_MISSING, OS_FILE, OS_DIR, OS_OTHER } OsKind;

/* What is at path (symbolic links followed). OS_MISSING sets errno. */
OsKind os_kind(const char *path);

FILE *os_fopen(const char *path, const char *mode);
/* open(path, O_RDONLY), binary on Windows. */
int os_open_read(const char *path);

/* What is at a path that os_open_checked refused as not a regular file. */
typedef enum {
    OS_SPECIAL_NONE,
    OS_SPECIAL_FOLDER,
    OS_SPECIAL_PIPE,
    OS_SPECIAL_SOCKET,
    OS_SPECIAL_DEVICE,
    OS_SPECIAL_OTHER
} OsSpecial;

/* Opens a file named from outside without ever blocking: anything but a regular file is
 * refused (-1, and *special says what it is). The type is checked before opening (a
 * device is never opened) and again on the descriptor, which is opened non-blocking on
 * POSIX (a named pipe swapped in meanwhile cannot stall) and then made blocking again.
 * write: created when missing (0666 less the umask) and emptied. Any other failure gives
 * -1 with errno and *special OS_SPECIAL_NONE. Binary, and not inherited by children. */
int os_open_checked(const char *path, bool write, OsSpecial *special);
/* Reads up to len bytes at offset, whatever the descriptor's position (pread; on Windows
 * the position moves, so never mix it with read on one descriptor): the count read, 0 at
 * the end of the file, or -1 with errno. */
int64_t os_pread(int fd, void *buf, size_t len, uint64_t offset);

/* mkdir, then private to the user (0700 whatever the umask; on Windows the profile's
 * own permissions already keep it to the user). */
int os_mkdir_private(const char *path);
/* chmod 0700 for a folder or 0600 for a file; nothing to do on Windows. */
int os_make_private(const char *path, bool folder);

/* A new file from a template ending in "XXXXXX" (replaced in place), created exclusively,
 * private to the user, open for writing. Returns the descriptor, or -1 and errno. */
int os_create_temp(char *path_template);
int os_fsync(int fd);
/* Makes a rename in folder durable (POSIX: fsync on the folder). */
void os_sync_folder(const char *folder);
/* Renames, replacing an existing target in one step (MoveFileExW on Windows). */
int os_rename_replace(const char *from, const char *to);
int os_unlink(const char *path);

/* Absolute form of path into out. False when it does not exist or does not fit. */
bool os_absolute(const char *path, char *out, size_t size);
/* The same with every symbolic link on the way resolved (realpath; on Windows the final
 * path of what is opened, junctions and links followed). */
bool os_real_path(const char *path, char *out, size_t size);
/* Whether path itself is a symbolic link (on Windows: a reparse point, such as a link or
 * a junction), not following it. */
bool os_is_link(const char *path);
/* Renames from (a file, a link or a folder) to to only when nothing is called to yet:
 * -1 with errno EEXIST when something is, and nothing is ever replaced. */
int os_rename_keep(const char *from, const char *to);

/* Reading a folder: every entry's name in UTF-8, "." and ".." included, in no order. */
typedef struct OsDir OsDir;
OsDir *os_dir_open(const char *path);
const char *os_dir_next(OsDir *d);
void os_dir_close(OsDir *d);

#endif
