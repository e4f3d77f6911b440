/* The few file-system and process calls that differ between POSIX and Windows.
 *
 * Every path here is UTF-8. On Windows it is turned into UTF-16 for the wide (W) calls at
 * this boundary, so folders under a user name like "Zoë" or "Łukasz" work; on POSIX the
 * calls are the usual ones. Functions that return int give 0 on success and -1 with errno
 * set, like the POSIX calls they stand for. */
#ifndef GA_APP_PLATFORM_OS_H
#define GA_APP_PLATFORM_OS_H

#include <stdbool.h>
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

/* Reading a folder: every entry's name in UTF-8, "." and ".." included, in no order. */
typedef struct OsDir OsDir;
OsDir *os_dir_open(const char *path);
const char *os_dir_next(OsDir *d);
void os_dir_close(OsDir *d);

#endif
